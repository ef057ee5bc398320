import { Audience, PriorityLevel } from '@entraide/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A priority item of the plan's commitment 14 (hygiene kit, socks, shoes…). */
@Entity({ name: 'catalogue_item' })
export class CatalogueItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'name_fr', type: 'text' })
  nameFr: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ type: 'text' })
  priority: PriorityLevel;

  @Column({ name: 'sort_order', type: 'smallint' })
  sortOrder: number;
}

/** What people handing items out tell apart: size, women / men / children. */
@Entity({ name: 'catalogue_variant' })
export class CatalogueVariantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ name: 'label_fr', type: 'text' })
  labelFr: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ type: 'text' })
  audience: Audience;

  @Column({ name: 'sort_order', type: 'smallint' })
  sortOrder: number;
}
