export { CatalogueModule } from './lib/catalogue.module';
export { CatalogueItemEntity, CatalogueVariantEntity } from './lib/entities/catalogue-item.entity';
export { CatalogueService } from './lib/services/catalogue.service';
export { CatalogueItemModel, CatalogueVariantModel, OfVariantModel } from './lib/models/catalogue-item.model';
export { itemFromRow, ofVariantFromRow, VARIANT_COLUMNS, variantFromRow } from './lib/utils/variant-row.util';
export type { VariantRow } from './lib/utils/variant-row.util';
