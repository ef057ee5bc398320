export { CollectionPointEntity } from './lib/entities/collection-point.entity';
export { DistrictEntity } from './lib/entities/district.entity';
export { OpeningSlotEntity } from './lib/entities/opening-slot.entity';
export { GeographyModule } from './lib/geography.module';
export { GeographyService } from './lib/services/geography.service';
