import { groupByKeys, RequestLoaders } from '@entraide/api-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';

import { CatalogueItemEntity, CatalogueVariantEntity } from '../entities/catalogue-item.entity';
import { CatalogueItemModel, CatalogueVariantModel } from '../models/catalogue-item.model';

@Injectable()
export class CatalogueService {
  constructor(
    @InjectRepository(CatalogueItemEntity) private readonly items: Repository<CatalogueItemEntity>,
    @InjectRepository(CatalogueVariantEntity) private readonly variants: Repository<CatalogueVariantEntity>,
  ) {}

  /** Every priority item, in the catalogue's order (most needed first). */
  async listItems(): Promise<CatalogueItemModel[]> {
    const rows = await this.items.find({ order: { sortOrder: 'ASC' } });
    return rows.map(({ id, code, priority, nameFr, nameEn }) => ({ id, code, priority, nameFr, nameEn }));
  }

  variantsOf(itemId: string, loaders: RequestLoaders): Promise<CatalogueVariantModel[]> {
    return loaders
      .get<string, CatalogueVariantModel[]>('catalogue.variants', async (itemIds) => {
        const rows = await this.variants.find({
          where: { itemId: In([...itemIds]) },
          order: { sortOrder: 'ASC' },
        });
        return groupByKeys(itemIds, rows, (row) => row.itemId).map((group) =>
          group.map(({ id, code, audience, labelFr, labelEn }) => ({ id, code, audience, labelFr, labelEn })),
        );
      })
      .load(itemId);
  }
}
