import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { MetricsService } from './metrics.service';

/**
 * Times every answer by its route pattern (`/public/needs/:id`, never the raw URL, so the label set stays
 * bounded); requests no route matched count under "unmatched".
 */
export function registerHttpMetrics(app: NestFastifyApplication): void {
  const metrics = app.get(MetricsService);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      metrics.recordRequest(
        {
          method: request.method,
          route,
          status: reply.statusCode,
          operation: route === '/graphql' ? metrics.operationFor(request) : '',
        },
        reply.elapsedTime / 1000,
      );
    });
}
