export { CatalogueModule } from './lib/catalogue.module';
export { CatalogueItemEntity, CatalogueVariantEntity } from './lib/entities/catalogue-item.entity';
export { CatalogueService } from './lib/services/catalogue.service';
