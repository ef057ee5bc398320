import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { AppConfig, BODY_LIMIT_BYTES, configureHttp, requestIdOf } from '@entraide/api-core';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';

import { AppModule } from './app.module';

const API_PREFIXES = ['/graphql', '/health', '/metrics', '/stripe', '/public'];

/** Builds the Nest application on Fastify; used by `main.ts` and by the end-to-end tests. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register({ config, databaseUrl }),
    new FastifyAdapter({ trustProxy: true, bodyLimit: BODY_LIMIT_BYTES, genReqId: requestIdOf }),
    // Nest's start-up chatter stays quiet; from then on logs are pino's JSON lines.
    { rawBody: true, logger: ['error', 'warn'] },
  );
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      void reply.header('x-request-id', request.id);
    });
  await configureHttp(app);
  await serveWebApp(app, config.webDistDir);
  await app.init();
  app.useLogger(app.get(Logger));
  return app;
}

/** The built web app at `/`, with client-side routes falling back to `index.html`. */
async function serveWebApp(app: NestFastifyApplication, webDistDir: string): Promise<void> {
  const indexFile = join(webDistDir, 'index.html');
  if (!existsSync(indexFile)) return;
  const indexHtml = await readFile(indexFile, 'utf8');
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: false });
  fastify.get('/', (_request, reply) => reply.type('text/html').send(indexHtml));
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (API_PREFIXES.some((prefix) => path.startsWith(prefix)) || /\.[a-z0-9]+$/i.test(path)) {
      return reply.code(404).send({ message: `Not found: ${path}` });
    }
    return reply.type('text/html').send(indexHtml);
  });
}
