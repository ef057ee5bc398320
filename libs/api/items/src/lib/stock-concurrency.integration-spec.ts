import { CatalogueModule } from '@entraide/api-catalogue';
import { GeographyModule } from '@entraide/api-geography';
import { IdentityModule } from '@entraide/api-identity';
import { StockModule } from '@entraide/api-stock';
import { createTestApp, errorCode, Staff, TestApp, TestWorld } from '@entraide/api-testing';
import fc from 'fast-check';

import { ItemsModule } from './items.module';

const DISPATCH = `mutation ($input: DispatchInput!) { dispatchToNeed(input: $input) { dispatch { id } } }`;
const WALK_IN = `mutation ($input: WalkInGiftInput!) { recordWalkInGift(input: $input) { received } }`;
const SEND = `mutation ($input: SendTransferInput!) { sendStockTransfer(input: $input) { transfer { id } } }`;
const RECEIVE = `mutation ($id: ID!) { receiveStockTransfer(input: { transferId: $id }) { transfer { id } } }`;
const COUNT = `mutation ($input: StockCountInput!) { recordStockCount(input: $input) { level { quantity } } }`;
const WRITE_OFF = `mutation ($input: WriteOffInput!) { writeOffStock(input: $input) { level { quantity } } }`;

describe('stock under concurrent clients', () => {
  let api: TestApp;
  let world: TestWorld;
  let staff: Staff[];
  let variants: string[];
  let organisationId: string;

  beforeAll(async () => {
    api = await createTestApp({
      imports: [IdentityModule, GeographyModule, CatalogueModule, StockModule, ItemsModule],
    });
    world = new TestWorld(api);
    staff = [await world.staffOf('p-75018'), await world.staffOf('p-75019')];
    variants = [await world.variantId('socks/men-43-46'), await world.variantId('backpack/adult')];
    organisationId = (await world.association()).id;
  });

  afterAll(() => api.close());

  async function need(variantId: string, quantity: number): Promise<string> {
    const [{ id }] = await world.sql(
      `INSERT INTO need (organisation_id, variant_id, quantity, district_code, urgency) VALUES ($1, $2, $3, '75018', 'HIGH') RETURNING id`,
      [organisationId, variantId, quantity],
    );
    return id;
  }

  /** Every (point, variant) level equals the sum of its movements and is not negative. */
  async function ledgerViolations(): Promise<unknown[]> {
    return world.sql(
      `WITH sums AS (SELECT collection_point_id, variant_id, sum(quantity)::int AS total FROM stock_movement GROUP BY 1, 2)
       SELECT coalesce(l.collection_point_id, s.collection_point_id) AS point, coalesce(l.variant_id, s.variant_id) AS variant,
              l.quantity AS level, s.total
       FROM stock_level l FULL JOIN sums s USING (collection_point_id, variant_id)
       WHERE coalesce(l.quantity, 0) <> coalesce(s.total, 0) OR l.quantity < 0`,
    );
  }

  it('lets exactly 100 of 200 concurrent one-unit dispatches through a stock of 100; the rest get CONFLICT', async () => {
    const [staff18] = staff;
    await world.stock(staff18, variants[0], 100);
    const needId = await need(variants[0], 1000);
    const responses = await Promise.all(
      Array.from({ length: 200 }, () =>
        api.graphql(
          DISPATCH,
          { input: { collectionPointId: staff18.pointId, needId, quantity: 1 } },
          staff18.headers,
        ),
      ),
    );
    const codes = responses.map((response) => errorCode(response) ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(100);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(100);
    expect(await world.level(staff18.pointId, variants[0])).toEqual({ level: 0, movements: 0 });
    const [{ dispatched }] = await world.sql(
      `SELECT sum(quantity)::int AS dispatched FROM dispatch WHERE need_id = $1`,
      [needId],
    );
    expect(dispatched).toBe(100);
    expect(await ledgerViolations()).toEqual([]);
  });

  type Operation =
    | { kind: 'receipt'; point: number; variant: number; quantity: number }
    | { kind: 'dispatch'; point: number; variant: number; quantity: number }
    | { kind: 'transfer'; point: number; variant: number; quantity: number }
    | { kind: 'receiveTransfers'; point: number }
    | { kind: 'count'; point: number; variant: number; quantity: number }
    | { kind: 'writeOff'; point: number; variant: number; quantity: number };

  const operation: fc.Arbitrary<Operation> = fc.oneof(
    ...(['receipt', 'dispatch', 'transfer', 'count', 'writeOff'] as const).map((kind) =>
      fc.record({
        kind: fc.constant(kind),
        point: fc.integer({ min: 0, max: 1 }),
        variant: fc.integer({ min: 0, max: 1 }),
        quantity: fc.integer({ min: kind === 'count' ? 0 : 1, max: 12 }),
      }),
    ),
    fc.record({ kind: fc.constant('receiveTransfers' as const), point: fc.integer({ min: 0, max: 1 }) }),
  );

  it('keeps every level equal to its movements and never negative, whatever concurrent clients interleave', async () => {
    const needs = [await need(variants[0], 100_000), await need(variants[1], 100_000)];
    const allowedRefusals = new Set(['CONFLICT']);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(operation, { minLength: 1, maxLength: 8 }), { minLength: 2, maxLength: 4 }),
        async (clients) => {
          const unexpected: string[] = [];
          const run = async (op: Operation) => {
            const who = staff[op.point];
            const other = staff[1 - op.point];
            let response;
            switch (op.kind) {
              case 'receipt':
                response = await api.graphql(
                  WALK_IN,
                  {
                    input: {
                      collectionPointId: who.pointId,
                      lines: [{ variantId: variants[op.variant], quantity: op.quantity }],
                    },
                  },
                  who.headers,
                );
                break;
              case 'dispatch':
                response = await api.graphql(
                  DISPATCH,
                  {
                    input: {
                      collectionPointId: who.pointId,
                      needId: needs[op.variant],
                      quantity: op.quantity,
                    },
                  },
                  who.headers,
                );
                break;
              case 'transfer':
                response = await api.graphql(
                  SEND,
                  {
                    input: {
                      fromPointId: who.pointId,
                      toPointId: other.pointId,
                      lines: [{ variantId: variants[op.variant], quantity: op.quantity }],
                    },
                  },
                  who.headers,
                );
                break;
              case 'receiveTransfers': {
                const pending = await world.sql(
                  `SELECT id FROM stock_transfer WHERE to_point_id = $1 AND status = 'IN_TRANSIT'`,
                  [who.pointId],
                );
                const results = await Promise.all(
                  pending.map(({ id }) => api.graphql(RECEIVE, { id }, who.headers)),
                );
                response = results.find((result) => result.errors) ?? { errors: undefined };
                break;
              }
              case 'count':
                response = await api.graphql(
                  COUNT,
                  {
                    input: {
                      collectionPointId: who.pointId,
                      variantId: variants[op.variant],
                      countedQuantity: op.quantity,
                      reason: 'Comptage',
                    },
                  },
                  who.headers,
                );
                break;
              case 'writeOff':
                response = await api.graphql(
                  WRITE_OFF,
                  {
                    input: {
                      collectionPointId: who.pointId,
                      variantId: variants[op.variant],
                      quantity: op.quantity,
                      reason: 'Abîmé',
                    },
                  },
                  who.headers,
                );
                break;
            }
            const code = errorCode(response);
            if (code && !allowedRefusals.has(code))
              unexpected.push(`${op.kind}: ${response.errors![0].message}`);
          };
          await Promise.all(
            clients.map(async (ops) => {
              for (const op of ops) await run(op);
            }),
          );
          expect(unexpected).toEqual([]);
          expect(await ledgerViolations()).toEqual([]);
          const [{ unmatched }] = await world.sql(
            `SELECT count(*)::int AS unmatched FROM stock_transfer t WHERE
             (SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE transfer_id = t.id) <> CASE WHEN t.status = 'RECEIVED' THEN 0 ELSE
             -(SELECT sum(quantity) FROM stock_transfer_line WHERE transfer_id = t.id) END`,
          );
          expect(unmatched).toBe(0);
        },
      ),
      { numRuns: 15 },
    );
  });
});
