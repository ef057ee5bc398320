import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { CatalogueResolver, CatalogueVariantResolver } from './catalogue.resolver';
import { CatalogueItemEntity, CatalogueVariantEntity } from './entities/catalogue-item.entity';
import { CatalogueService } from './services/catalogue.service';

/** The priority items of commitment 14 and their variants. */
@Module({
  imports: [TypeOrmModule.forFeature([CatalogueItemEntity, CatalogueVariantEntity])],
  providers: [CatalogueService, CatalogueResolver, CatalogueVariantResolver],
  exports: [CatalogueService],
})
export class CatalogueModule {}
