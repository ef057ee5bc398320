import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CollectionPointsResolver } from './collection-points.resolver';
import { DistrictsResolver } from './districts.resolver';
import { CollectionPointEntity } from './entities/collection-point.entity';
import { DistrictEntity } from './entities/district.entity';
import { OpeningSlotEntity } from './entities/opening-slot.entity';
import { GeographyService } from './services/geography.service';

/** The 20 arrondissements, their neighbours and distances, and the collection points. */
@Module({
  imports: [TypeOrmModule.forFeature([DistrictEntity, CollectionPointEntity, OpeningSlotEntity])],
  providers: [GeographyService, DistrictsResolver, CollectionPointsResolver],
  exports: [GeographyService],
})
export class GeographyModule {}
