import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { metricsAccess } from './metrics-access.util';
import { MetricsService } from './metrics.service';

/** Prometheus text exposition; see docs/operations.md for who may read it. */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  async scrape(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const access = metricsAccess(
      { remoteAddress: request.socket.remoteAddress, headers: request.headers },
      this.config.metricsToken,
    );
    if (access === 'token-required') {
      await reply
        .status(401)
        .header('www-authenticate', 'Bearer realm="metrics"')
        .send({ statusCode: 401, message: 'Metrics need the METRICS_TOKEN as a bearer token.' });
      return;
    }
    if (access === 'loopback-only') {
      await reply.status(403).send({
        statusCode: 403,
        message: 'Metrics are served to this machine only; set METRICS_TOKEN to scrape them from elsewhere.',
      });
      return;
    }
    const { contentType, body } = await this.metrics.exposition();
    await reply
      .status(200)
      .header('content-type', contentType)
      .header('cache-control', 'no-store')
      .send(body);
  }
}
