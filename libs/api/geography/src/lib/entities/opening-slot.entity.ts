import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'collection_point_opening_slot' })
export class OpeningSlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'collection_point_id', type: 'uuid' })
  collectionPointId: string;

  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  @Column({ type: 'smallint' })
  weekday: number;

  @Column({ name: 'opens_at', type: 'time' })
  opensAt: string;

  @Column({ name: 'closes_at', type: 'time' })
  closesAt: string;
}
