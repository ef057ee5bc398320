import type { PriorityLevel, Audience } from '@entraide/shared';

import type { CatalogueItemModel, CatalogueVariantModel } from '../models/catalogue-item.model';

/**
 * Columns to select, with `catalogue_variant v JOIN catalogue_item i ON i.id = v.item_id` in the query,
 * so that a row of another domain carries its variant and item without a query per row.
 */
export const VARIANT_COLUMNS = `v.id AS variant_id, v.code AS variant_code, v.audience AS variant_audience,
  v.label_fr AS variant_label_fr, v.label_en AS variant_label_en, i.id AS item_id, i.code AS item_code,
  i.priority AS item_priority, i.name_fr AS item_name_fr, i.name_en AS item_name_en`;

export interface VariantRow {
  variant_id: string;
  variant_code: string;
  variant_audience: Audience;
  variant_label_fr: string;
  variant_label_en: string;
  item_id: string;
  item_code: string;
  item_priority: PriorityLevel;
  item_name_fr: string;
  item_name_en: string;
}

export function variantFromRow(row: VariantRow): CatalogueVariantModel {
  return {
    id: row.variant_id,
    code: row.variant_code,
    audience: row.variant_audience,
    labelFr: row.variant_label_fr,
    labelEn: row.variant_label_en,
  };
}

export function itemFromRow(row: VariantRow): CatalogueItemModel {
  return {
    id: row.item_id,
    code: row.item_code,
    priority: row.item_priority,
    nameFr: row.item_name_fr,
    nameEn: row.item_name_en,
  };
}

/** The variant and item of a row selected with {@link VARIANT_COLUMNS}. */
export function ofVariantFromRow(row: VariantRow): {
  variant: CatalogueVariantModel;
  item: CatalogueItemModel;
} {
  return { variant: variantFromRow(row), item: itemFromRow(row) };
}
