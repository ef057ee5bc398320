import { groupByKeys, RequestLoaders } from '@entraide/api-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';

import { CollectionPointEntity } from '../entities/collection-point.entity';
import { DistrictEntity } from '../entities/district.entity';
import { OpeningSlotEntity } from '../entities/opening-slot.entity';
import { UnknownDistrictException } from '../geography.exception';
import { CollectionPointModel, OpeningSlotModel } from '../models/collection-point.model';
import { DistrictModel } from '../models/district.model';
import { toCollectionPointModel, toDistrictModel, toOpeningSlotModel } from '../utils/geography-mappers.util';

@Injectable()
export class GeographyService {
  constructor(
    @InjectRepository(DistrictEntity) private readonly districts: Repository<DistrictEntity>,
    @InjectRepository(CollectionPointEntity) private readonly points: Repository<CollectionPointEntity>,
    @InjectRepository(OpeningSlotEntity) private readonly slots: Repository<OpeningSlotEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async listDistricts(): Promise<DistrictModel[]> {
    const rows = await this.districts.find({ order: { number: 'ASC' } });
    return rows.map(toDistrictModel);
  }

  async getDistrict(code: string): Promise<DistrictModel> {
    const row = await this.districts.findOneBy({ code });
    if (!row) throw new UnknownDistrictException(code);
    return toDistrictModel(row);
  }

  async listCollectionPoints(districtCode?: string): Promise<CollectionPointModel[]> {
    if (districtCode === undefined) {
      const rows = await this.points.find({ order: { districtCode: 'ASC', name: 'ASC' } });
      return rows.map(toCollectionPointModel);
    }
    await this.getDistrict(districtCode);
    return this.collectionPointsServing(districtCode, new RequestLoaders());
  }

  neighboursOf(code: string, loaders: RequestLoaders): Promise<DistrictModel[]> {
    return loaders
      .get<string, DistrictModel[]>('geography.neighbours', async (codes) => {
        const rows: (DistrictEntity & { of: string })[] = await this.dataSource
          .createQueryBuilder()
          .select('n.district_code', 'of')
          .addSelect(['d.code AS code', 'd.insee AS insee', 'd.number AS number', 'd.name AS name'])
          .addSelect([
            'd.centroid_lat AS "centroidLat"',
            'd.centroid_lon AS "centroidLon"',
            'd.area_km2 AS "areaKm2"',
          ])
          .from('district_neighbour', 'n')
          .innerJoin('district', 'd', 'd.code = n.neighbour_code')
          .where('n.district_code = ANY(:codes)', { codes })
          .orderBy('d.number')
          .getRawMany();
        return groupByKeys(codes, rows, (row) => row.of).map((group) => group.map(toDistrictModel));
      })
      .load(code);
  }

  collectionPointsServing(districtCode: string, loaders: RequestLoaders): Promise<CollectionPointModel[]> {
    return loaders
      .get<string, CollectionPointModel[]>('geography.pointsServing', async (codes) => {
        const rows: (CollectionPointEntity & { served: string })[] = await this.points
          .createQueryBuilder('p')
          .select(['p.id AS id', 'p.code AS code', 'p.name AS name', 'p.address AS address'])
          .addSelect(['p.district_code AS "districtCode"', 's.district_code AS served'])
          .innerJoin('collection_point_district', 's', 's.collection_point_id = p.id')
          .where('s.district_code = ANY(:codes)', { codes })
          .orderBy('p.name')
          .getRawMany();
        return groupByKeys(codes, rows, (row) => row.served).map((group) =>
          group.map(toCollectionPointModel),
        );
      })
      .load(districtCode);
  }

  districtsServedBy(pointId: string, loaders: RequestLoaders): Promise<DistrictModel[]> {
    return loaders
      .get<string, DistrictModel[]>('geography.districtsServed', async (pointIds) => {
        const rows: (DistrictEntity & { point: string })[] = await this.dataSource
          .createQueryBuilder()
          .select('s.collection_point_id', 'point')
          .addSelect(['d.code AS code', 'd.insee AS insee', 'd.number AS number', 'd.name AS name'])
          .addSelect([
            'd.centroid_lat AS "centroidLat"',
            'd.centroid_lon AS "centroidLon"',
            'd.area_km2 AS "areaKm2"',
          ])
          .from('collection_point_district', 's')
          .innerJoin('district', 'd', 'd.code = s.district_code')
          .where('s.collection_point_id = ANY(:pointIds)', { pointIds })
          .orderBy('d.number')
          .getRawMany();
        return groupByKeys(pointIds, rows, (row) => row.point).map((group) => group.map(toDistrictModel));
      })
      .load(pointId);
  }

  districtByCode(code: string, loaders: RequestLoaders): Promise<DistrictModel> {
    return loaders
      .get<string, DistrictModel>('geography.district', async (codes) => {
        const rows = await this.districts.findBy({ code: In([...codes]) });
        return codes.map((key) => {
          const row = rows.find((candidate) => candidate.code === key);
          if (!row) throw new UnknownDistrictException(key);
          return toDistrictModel(row);
        });
      })
      .load(code);
  }

  openingSlotsOf(pointId: string, loaders: RequestLoaders): Promise<OpeningSlotModel[]> {
    return loaders
      .get<string, OpeningSlotModel[]>('geography.openingSlots', async (pointIds) => {
        const rows = await this.slots.find({
          where: { collectionPointId: In([...pointIds]) },
          order: { weekday: 'ASC', opensAt: 'ASC' },
        });
        return groupByKeys(pointIds, rows, (row) => row.collectionPointId).map((group) =>
          group.map(toOpeningSlotModel),
        );
      })
      .load(pointId);
  }

  /** Great-circle distance between the centroids of two arrondissements, in km; null for an unknown code. */
  distanceKm(fromCode: string, toCode: string, loaders: RequestLoaders): Promise<number | null> {
    return loaders
      .get<string, number | null>('geography.distance', async (pairs) => {
        const split = pairs.map((pair) => pair.split('>'));
        const rows: { from_code: string; to_code: string; km: string }[] = await this.dataSource.query(
          `SELECT from_code, to_code, km FROM district_distance
           WHERE (from_code, to_code) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
          [split.map(([from]) => from), split.map(([, to]) => to)],
        );
        const byPair = new Map(rows.map((row) => [`${row.from_code}>${row.to_code}`, Number(row.km)]));
        return pairs.map((pair) => byPair.get(pair) ?? null);
      })
      .load(`${fromCode}>${toCode}`);
  }
}
