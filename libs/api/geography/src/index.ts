export { CollectionPointEntity } from './lib/entities/collection-point.entity';
export { DistrictEntity } from './lib/entities/district.entity';
export { OpeningSlotEntity } from './lib/entities/opening-slot.entity';
export { GeographyModule } from './lib/geography.module';
export { GeographyService } from './lib/services/geography.service';
export { CollectionPointModel } from './lib/models/collection-point.model';
export { POINT_COLUMNS, pointFromRow } from './lib/utils/geography-mappers.util';
export type { PointRow } from './lib/utils/geography-mappers.util';
