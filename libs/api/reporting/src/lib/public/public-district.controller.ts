import { createHash } from 'node:crypto';

import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

import { DistrictHelpService } from './district-help.service';

/** Shared caches may keep a page a minute, and serve it stale for five more while they refresh it. */
const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** The public, cacheable data of an arrondissement's page: `GET /public/districts/75018`. */
@Controller('public/districts')
export class PublicDistrictController {
  constructor(private readonly help: DistrictHelpService) {}

  @Get(':code')
  async district(
    @Param('code') code: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const help = await this.help.forDistrict(code);
    const { generatedAt: _generatedAt, ...content } = help;
    const etag = `"${createHash('sha256').update(JSON.stringify(content)).digest('base64url').slice(0, 27)}"`;
    void reply.header('cache-control', CACHE_CONTROL).header('etag', etag).header('vary', 'accept-encoding');
    if (ifNoneMatch === etag) {
      await reply.code(304).send();
      return;
    }
    await reply.code(200).send(help);
  }
}
