import type { CollectionPointEntity } from '../entities/collection-point.entity';
import type { DistrictEntity } from '../entities/district.entity';
import type { OpeningSlotEntity } from '../entities/opening-slot.entity';
import type { CollectionPointModel, OpeningSlotModel } from '../models/collection-point.model';
import type { DistrictModel } from '../models/district.model';

type DistrictRow = Pick<
  DistrictEntity,
  'code' | 'insee' | 'number' | 'name' | 'centroidLat' | 'centroidLon' | 'areaKm2'
>;

export function toDistrictModel(row: DistrictRow): DistrictModel {
  return {
    code: row.code,
    insee: row.insee,
    number: Number(row.number),
    name: row.name,
    centroid: { lat: Number(row.centroidLat), lon: Number(row.centroidLon) },
    areaKm2: Number(row.areaKm2),
  };
}

export function toCollectionPointModel(
  row: Pick<CollectionPointEntity, 'id' | 'code' | 'name' | 'address' | 'districtCode'>,
): CollectionPointModel {
  return { id: row.id, code: row.code, name: row.name, address: row.address, districtCode: row.districtCode };
}

export function toOpeningSlotModel(row: OpeningSlotEntity): OpeningSlotModel {
  return { weekday: row.weekday, opensAt: row.opensAt.slice(0, 5), closesAt: row.closesAt.slice(0, 5) };
}

/** Columns to select with `collection_point cp` in a query of another domain; see {@link pointFromRow}. */
export const POINT_COLUMNS = `cp.id AS point_id, cp.code AS point_code, cp.name AS point_name,
  cp.address AS point_address, cp.district_code AS point_district_code`;

export interface PointRow {
  point_id: string;
  point_code: string;
  point_name: string;
  point_address: string;
  point_district_code: string;
}

export function pointFromRow(row: PointRow): CollectionPointModel {
  return {
    id: row.point_id,
    code: row.point_code,
    name: row.point_name,
    address: row.point_address,
    districtCode: row.point_district_code,
  };
}
