import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { registerHttpMetrics } from '../metrics/http-metrics';
import { securityHeaders } from './security-headers';

/** The largest request body accepted, GraphQL and the Stripe webhook alike (Fastify's default, stated). */
export const BODY_LIMIT_BYTES = 1_048_576;

const BODY_TOO_LARGE = JSON.stringify({
  statusCode: 413,
  error: 'Payload Too Large',
  message: `Request bodies are limited to 1 MiB (${BODY_LIMIT_BYTES} bytes); this one is larger.`,
});

/**
 * Fastify plugins and hooks every Entraide server needs, in the app and in tests alike: cookies, security
 * headers, CORS for the app's own origin only, request metrics, and a clear answer to an oversized body. Create the adapter
 * with `bodyLimit: BODY_LIMIT_BYTES`.
 */
export async function configureHttp(app: NestFastifyApplication): Promise<void> {
  const config = app.get<AppConfig>(APP_CONFIG);
  registerHttpMetrics(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, securityHeaders(config.publicUrl));
  const appOrigin = new URL(config.publicUrl).origin;
  // Any other origin gets no CORS header at all, so browsers keep its scripts from reading the answers.
  app.enableCors({
    origin: (origin: string | undefined, allow: (error: Error | null, allowed: boolean) => void) =>
      allow(null, origin === appOrigin),
    credentials: true,
    methods: ['GET', 'HEAD', 'POST'],
  });
  // Fastify answers an oversized body before any route runs, with a message that does not say the limit.
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (_request, reply, payload) =>
      reply.statusCode === 413 ? BODY_TOO_LARGE : payload,
    );
}
