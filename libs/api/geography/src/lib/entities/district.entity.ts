import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An arrondissement; its postal code is the key everyone already uses. */
@Entity({ name: 'district' })
export class DistrictEntity {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code: string;

  @Column({ type: 'varchar', length: 5 })
  insee: string;

  @Column({ type: 'smallint' })
  number: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'centroid_lat', type: 'double precision' })
  centroidLat: number;

  @Column({ name: 'centroid_lon', type: 'double precision' })
  centroidLon: number;

  @Column({
    name: 'area_km2',
    type: 'numeric',
    precision: 7,
    scale: 3,
    transformer: { to: (v: number) => v, from: Number },
  })
  areaKm2: number;
}
