import { toCsv } from '@entraide/api-core';
import { NotSignedInException, SessionsService, sessionTokenOf } from '@entraide/api-identity';
import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { INDICATOR_LABELS_FR } from './council-report.labels';
import { CouncilReportService } from './council-report.service';

/** `GET /exports/council-report.csv?from=YYYY-MM-DD&to=YYYY-MM-DD` (coordinators): the report as a spreadsheet. */
@Controller('exports')
export class CouncilReportController {
  constructor(
    private readonly reports: CouncilReportService,
    private readonly sessions: SessionsService,
  ) {}

  @Get('council-report.csv')
  async csv(
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('from') from = '',
    @Query('to') to = '',
  ): Promise<void> {
    const session = await this.sessions.resolve(sessionTokenOf(request));
    if (!session) throw new NotSignedInException();
    const report = await this.reports.report(from, to, session.user.id);
    const csv = toCsv(report.figures, [
      ['commitment', (figure) => figure.commitment],
      ['indicator', (figure) => figure.indicator],
      ['label', (figure) => INDICATOR_LABELS_FR[figure.indicator] ?? figure.indicator],
      ['district', (figure) => figure.districtCode ?? 'Paris'],
      ['value', (figure) => figure.value],
    ]);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="rapport-conseil-${from}-${to}.csv"`)
      .header('cache-control', 'private, no-store')
      .send(`\uFEFF${csv}`);
  }
}
