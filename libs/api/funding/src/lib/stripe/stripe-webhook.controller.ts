import { Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import { StripeWebhookService, WebhookResult } from './stripe-webhook.service';

/** Stripe's webhook endpoint (`stripe listen --forward-to localhost:3000/stripe/webhook`). */
@Controller('stripe')
export class StripeWebhookController {
  constructor(private readonly webhooks: StripeWebhookService) {}

  @Post('webhook')
  @HttpCode(200)
  receive(
    @Req() request: RawBodyRequest<FastifyRequest>,
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<WebhookResult> {
    return this.webhooks.receive(request.rawBody, signature);
  }
}
