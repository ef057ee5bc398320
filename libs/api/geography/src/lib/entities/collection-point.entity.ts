import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Where Parisians drop priority items: at least one per arrondissement, at the town hall. */
@Entity({ name: 'collection_point' })
export class CollectionPointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  address: string;

  /** The arrondissement the point stands in (it may serve others, see `collection_point_district`). */
  @Column({ name: 'district_code', type: 'varchar', length: 5 })
  districtCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
