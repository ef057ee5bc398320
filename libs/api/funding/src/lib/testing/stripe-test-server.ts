import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';

/** Checkout sessions for this amount are refused, as Stripe refuses a bad request. */
export const REFUSED_AMOUNT_CENTS = 999_900;

export interface RecordedStripeRequest {
  method: string;
  path: string;
  /** The form body, as Stripe's SDK encodes it (`line_items[0][price_data][unit_amount]` …). */
  form: Record<string, string>;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
}

/**
 * A local stand-in for api.stripe.com that answers the calls Entraide makes (Checkout sessions, subscription
 * cancellation, refunds) with objects shaped as Stripe's, and records each request, so that the real `stripe`
 * SDK can be exercised where the network is closed (`STRIPE_API_URL=http://127.0.0.1:<port>`).
 */
export class StripeTestServer {
  readonly requests: RecordedStripeRequest[] = [];
  private server?: Server;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<this> {
    this.server = createServer(async (request, response) => {
      const form = Object.fromEntries(new URLSearchParams(await bodyOf(request)));
      const path = (request.url ?? '').split('?')[0];
      this.requests.push({
        method: request.method ?? '',
        path,
        form,
        idempotencyKey: header(request, 'idempotency-key'),
        authorization: header(request, 'authorization'),
      });
      const [status, body] = answer(request.method ?? '', path, form);
      response.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${randomUUID()}` });
      response.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

function answer(method: string, path: string, form: Record<string, string>): [number, unknown] {
  const id = (prefix: string) => `${prefix}_test_${randomUUID().replace(/-/g, '').slice(0, 24)}`;
  if (method === 'POST' && path === '/v1/checkout/sessions') {
    if (form['line_items[0][price_data][unit_amount]'] === String(REFUSED_AMOUNT_CENTS))
      return [
        400,
        { error: { type: 'invalid_request_error', message: 'This amount is refused by the test server.' } },
      ];
    const session = id('cs');
    return [
      200,
      {
        id: session,
        object: 'checkout.session',
        mode: form['mode'],
        amount_total: Number(form['line_items[0][price_data][unit_amount]']),
        currency: form['line_items[0][price_data][currency]'],
        client_reference_id: form['client_reference_id'],
        metadata: { donationId: form['metadata[donationId]'] },
        status: 'open',
        payment_status: 'unpaid',
        url: `https://checkout.stripe.com/c/pay/${session}`,
      },
    ];
  }
  const subscription = /^\/v1\/subscriptions\/([^/]+)$/.exec(path);
  if (method === 'DELETE' && subscription)
    return [200, { id: subscription[1], object: 'subscription', status: 'canceled' }];
  if (method === 'POST' && path === '/v1/refunds')
    return [
      200,
      {
        id: id('re'),
        object: 'refund',
        amount: Number(form['amount']),
        payment_intent: form['payment_intent'],
        status: 'succeeded',
      },
    ];
  return [
    404,
    { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path})` } },
  ];
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
