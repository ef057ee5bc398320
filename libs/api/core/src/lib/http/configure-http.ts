import fastifyCookie from '@fastify/cookie';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Fastify plugins every Entraide server needs, in the app and in tests alike. */
export async function configureHttp(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyCookie);
}
