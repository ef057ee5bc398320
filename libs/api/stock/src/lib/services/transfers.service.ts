import { ConflictException, groupByKeys, NotFoundException, BadUserInputException } from '@entraide/api-core';
import { ofVariantFromRow, VARIANT_COLUMNS, VariantRow } from '@entraide/api-catalogue';
import { CollectionPointModel } from '@entraide/api-geography';
import { AccessService } from '@entraide/api-identity';
import { isUuid } from '@entraide/shared';
import { Injectable } from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import { EntityManager } from 'typeorm';

import { SendTransferInput } from '../dto/stock.inputs';
import { StockTransferModel } from '../models/stock.models';
import { MovementKind, TransferStatus } from '../stock.enums';
import { requireQuantity, requireText } from '@entraide/api-core';
import { requireVariants } from '../utils/validation.util';
import { LedgerService } from './ledger.service';

interface TransferRow {
  id: string;
  status: TransferStatus;
  note: string | null;
  sent_at: Date;
  received_at: Date | null;
  from_point: CollectionPointModel;
  to_point: CollectionPointModel;
}

/** Stock moved between points (e.g. a light utility vehicle run): out when sent, in when received. */
@Injectable()
export class TransfersService {
  constructor(
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly ledger: LedgerService,
    private readonly access: AccessService,
  ) {}

  async send(input: SendTransferInput, staffId: string): Promise<StockTransferModel> {
    await this.access.requireStaffOf(input.fromPointId, staffId);
    const [destination] = isUuid(input.toPointId)
      ? await this.manager.query(`SELECT 1 FROM collection_point WHERE id = $1`, [input.toPointId])
      : [];
    if (!destination) throw new BadUserInputException('Choose an existing collection point to send to.');
    if (input.toPointId === input.fromPointId)
      throw new BadUserInputException('A transfer goes to another collection point.');
    if (input.lines.length === 0 || input.lines.length > 100)
      throw new BadUserInputException('A transfer has 1 to 100 lines.');
    const variantIds = input.lines.map((line) => line.variantId);
    if (new Set(variantIds).size !== variantIds.length)
      throw new BadUserInputException('Give each variant once in a transfer.');
    await requireVariants(this.manager, variantIds);
    input.lines.forEach((line) => requireQuantity(line.quantity));
    const note = requireText(input.note, 'The note', 500, true);

    const id = await this.manager.transaction(async (tx) => {
      const [{ id: transferId }] = await tx.query(
        `INSERT INTO stock_transfer (from_point_id, to_point_id, note, sent_by) VALUES ($1, $2, $3, $4) RETURNING id`,
        [input.fromPointId, input.toPointId, note, staffId],
      );
      await tx.query(
        `INSERT INTO stock_transfer_line (transfer_id, variant_id, quantity)
         SELECT $1, * FROM unnest($2::uuid[], $3::int[])`,
        [transferId, variantIds, input.lines.map((line) => line.quantity)],
      );
      await this.ledger.record(
        tx,
        input.lines.map((line) => ({
          pointId: input.fromPointId,
          variantId: line.variantId,
          kind: MovementKind.TRANSFER_OUT,
          quantity: -line.quantity,
          actorId: staffId,
          transferId,
        })),
      );
      return transferId as string;
    });
    return (await this.byIds([id]))[0];
  }

  /** The receiving point takes the whole load in; a transfer is received once. */
  async receive(transferId: string, staffId: string): Promise<StockTransferModel> {
    const [transfer] = isUuid(transferId)
      ? await this.manager.query(`SELECT to_point_id FROM stock_transfer WHERE id = $1`, [transferId])
      : [];
    if (!transfer) throw new NotFoundException('No transfer has this id.');
    await this.access.requireStaffOf(transfer.to_point_id, staffId);
    await this.manager.transaction(async (tx) => {
      const [locked] = await tx.query(`SELECT status FROM stock_transfer WHERE id = $1 FOR UPDATE`, [
        transferId,
      ]);
      if (locked.status !== TransferStatus.IN_TRANSIT)
        throw new ConflictException('This transfer has already been received.');
      const lines: { variant_id: string; quantity: number }[] = await tx.query(
        `SELECT variant_id, quantity FROM stock_transfer_line WHERE transfer_id = $1`,
        [transferId],
      );
      await tx.query(
        `UPDATE stock_transfer SET status = 'RECEIVED', received_by = $2, received_at = now() WHERE id = $1`,
        [transferId, staffId],
      );
      await this.ledger.record(
        tx,
        lines.map((line) => ({
          pointId: transfer.to_point_id,
          variantId: line.variant_id,
          kind: MovementKind.TRANSFER_IN,
          quantity: line.quantity,
          actorId: staffId,
          transferId,
        })),
      );
    });
    return (await this.byIds([transferId]))[0];
  }

  /** Transfers in transit to or from the point, then those of the last 30 days. */
  async ofPoint(pointId: string, viewerId: string): Promise<StockTransferModel[]> {
    await this.access.requireStaffOf(pointId, viewerId, { coordinators: true });
    const rows: { id: string }[] = await this.manager.query(
      `SELECT id FROM stock_transfer WHERE (from_point_id = $1 OR to_point_id = $1)
         AND (status = 'IN_TRANSIT' OR sent_at > now() - interval '30 days')
       ORDER BY status = 'IN_TRANSIT' DESC, sent_at DESC LIMIT 100`,
      [pointId],
    );
    return this.byIds(rows.map((row) => row.id));
  }

  private async byIds(ids: string[]): Promise<StockTransferModel[]> {
    if (ids.length === 0) return [];
    const transfers: TransferRow[] = await this.manager.query(
      `SELECT t.id, t.status, t.note, t.sent_at, t.received_at,
              json_build_object('id', f.id, 'code', f.code, 'name', f.name, 'address', f.address, 'districtCode', f.district_code) AS from_point,
              json_build_object('id', d.id, 'code', d.code, 'name', d.name, 'address', d.address, 'districtCode', d.district_code) AS to_point
       FROM stock_transfer t JOIN collection_point f ON f.id = t.from_point_id JOIN collection_point d ON d.id = t.to_point_id
       WHERE t.id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], t.id)`,
      [ids],
    );
    const lines: (VariantRow & { transfer_id: string; quantity: number })[] = await this.manager.query(
      `SELECT l.transfer_id, l.quantity, ${VARIANT_COLUMNS}
       FROM stock_transfer_line l JOIN catalogue_variant v ON v.id = l.variant_id JOIN catalogue_item i ON i.id = v.item_id
       WHERE l.transfer_id = ANY($1::uuid[]) ORDER BY i.sort_order, v.sort_order`,
      [ids],
    );
    const linesByTransfer = groupByKeys(ids, lines, (line) => line.transfer_id);
    return transfers.map((row, index) => ({
      id: row.id,
      status: row.status,
      note: row.note ?? undefined,
      sentAt: row.sent_at,
      receivedAt: row.received_at ?? undefined,
      from: row.from_point,
      to: row.to_point,
      lines: linesByTransfer[index].map((line) => ({
        ...ofVariantFromRow(line),
        quantity: line.quantity,
      })),
    }));
  }
}
