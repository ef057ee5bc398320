import { BadUserInputException, ForbiddenException, toCsv } from '@entraide/api-core';
import { AccessService, NotSignedInException, SessionsService, sessionTokenOf } from '@entraide/api-identity';
import { isCalendarDay, isDistrictCode } from '@entraide/shared';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { StockService } from './services/stock.service';

/** CSV downloads for spreadsheets: a point's ledger over a period, and a stock snapshot per arrondissement. */
@Controller('exports')
export class StockExportsController {
  constructor(
    private readonly stock: StockService,
    private readonly sessions: SessionsService,
    private readonly access: AccessService,
  ) {}

  /** `?collectionPointId=…&from=YYYY-MM-DD&to=YYYY-MM-DD` (both days included, Paris time). */
  @Get('stock-movements.csv')
  async movements(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('collectionPointId') pointId = '',
    @Query('from') from = '',
    @Query('to') to = '',
  ): Promise<void> {
    const viewerId = await this.viewerOf(request);
    if (!isCalendarDay(from) || !isCalendarDay(to))
      throw new BadUserInputException('Give the period as from=YYYY-MM-DD and to=YYYY-MM-DD, real days.');
    const movements = await this.stock.movementsOfDays(pointId, from, to, viewerId);
    const csv = toCsv(movements, [
      ['id', (m) => m.id],
      ['created_at', (m) => m.createdAt],
      ['kind', (m) => m.kind],
      ['item', (m) => m.item.code],
      ['variant', (m) => m.variant.code],
      ['label', (m) => m.variant.labelFr],
      ['quantity', (m) => m.quantity],
      ['reason', (m) => m.reason],
      ['recorded_by', (m) => m.actorName],
    ]);
    this.sendCsv(reply, `mouvements-${from}-${to}.csv`, csv);
  }

  /** `?districtCode=75018` optionally: every point's positive stock levels (staff and coordinators). */
  @Get('stock-snapshot.csv')
  async snapshot(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('districtCode') districtCode?: string,
  ): Promise<void> {
    const viewerId = await this.viewerOf(request);
    if (!(await this.access.isCoordinator(viewerId)) && !(await this.access.isStaff(viewerId))) {
      throw new ForbiddenException('Only collection-point staff and coordinators may export stock.');
    }
    if (districtCode && !isDistrictCode(districtCode))
      throw new BadUserInputException(`Unknown arrondissement "${districtCode}".`);
    const rows = (await this.stock.snapshot()).filter(
      (row) => !districtCode || row.district_code === districtCode,
    );
    const csv = toCsv(rows, [
      ['district', (row) => row.district_code],
      ['collection_point', (row) => row.point_code],
      ['collection_point_name', (row) => row.point_name],
      ['item', (row) => row.item_code],
      ['variant', (row) => row.variant_code],
      ['label', (row) => row.variant_label_fr],
      ['quantity', (row) => row.quantity],
    ]);
    this.sendCsv(reply, `stock-${districtCode ?? 'paris'}-${new Date().toISOString().slice(0, 10)}.csv`, csv);
  }

  private async viewerOf(request: FastifyRequest): Promise<string> {
    const session = await this.sessions.resolve(sessionTokenOf(request));
    if (!session) throw new NotSignedInException();
    return session.user.id;
  }

  private sendCsv(reply: FastifyReply, filename: string, csv: string): void {
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'private, no-store')
      .send(`\uFEFF${csv}`);
  }
}
