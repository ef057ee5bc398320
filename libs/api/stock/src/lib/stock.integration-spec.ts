import { CatalogueModule } from '@entraide/api-catalogue';
import { GeographyModule } from '@entraide/api-geography';
import { IdentityModule } from '@entraide/api-identity';
import { createTestApp, errorCode, Staff, TestApp, TestWorld } from '@entraide/api-testing';
import request from 'supertest';

import { StockModule } from './stock.module';

const COUNT = `mutation ($input: StockCountInput!) { recordStockCount(input: $input) { level { quantity openNeedQuantity short } } }`;
const WRITE_OFF = `mutation ($input: WriteOffInput!) { writeOffStock(input: $input) { level { quantity } } }`;
const SEND = `mutation ($input: SendTransferInput!) { sendStockTransfer(input: $input) {
  transfer { id status from { code } to { code } lines { variant { code } quantity } } } }`;
const RECEIVE = `mutation ($id: ID!) { receiveStockTransfer(input: { transferId: $id }) { transfer { status receivedAt } } }`;
const LEVELS = `query ($id: ID!) { stockLevels(collectionPointId: $id) { variant { code } quantity openNeedQuantity short } }`;

describe('stock: counts, write-offs, transfers, levels, exports, and an append-only ledger', () => {
  let api: TestApp;
  let world: TestWorld;
  let staff18: Staff;
  let staff19: Staff;
  let shoes: string;

  beforeAll(async () => {
    api = await createTestApp({ imports: [IdentityModule, GeographyModule, CatalogueModule, StockModule] });
    world = new TestWorld(api);
    staff18 = await world.staffOf('p-75018');
    staff19 = await world.staffOf('p-75019');
    shoes = await world.variantId('shoes/men-42');
    await world.stock(staff18, shoes, 10);
  });

  afterAll(() => api.close());

  it('turns a count into an adjustment with its reason; the level stays the sum of movements', async () => {
    const counted = await api.graphql(
      COUNT,
      {
        input: {
          collectionPointId: staff18.pointId,
          variantId: shoes,
          countedQuantity: 8,
          reason: 'Inventaire mensuel',
        },
      },
      staff18.headers,
    );
    expect(counted.data).toEqual({
      recordStockCount: { level: { quantity: 8, openNeedQuantity: 0, short: false } },
    });
    const [adjustment] = await world.sql(
      `SELECT kind, quantity, reason FROM stock_movement WHERE variant_id = $1 ORDER BY id DESC LIMIT 1`,
      [shoes],
    );
    expect(adjustment).toEqual({ kind: 'ADJUSTMENT', quantity: -2, reason: 'Inventaire mensuel' });
    expect(await world.level(staff18.pointId, shoes)).toEqual({ level: 8, movements: 8 });

    const before = await world.footprint();
    const count = (input: Record<string, unknown>, who: Staff = staff18) =>
      api.graphql(
        COUNT,
        {
          input: {
            collectionPointId: staff18.pointId,
            variantId: shoes,
            countedQuantity: 1,
            reason: 'x',
            ...input,
          },
        },
        who.headers,
      );
    expect(errorCode(await count({ countedQuantity: -1 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await count({ reason: '  ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await count({}, staff19))).toBe('FORBIDDEN');
    expect(await world.footprint()).toEqual(before);
  });

  it('writes off with a reason, never below zero', async () => {
    const writeOff = (quantity: number, reason = 'Abîmées par l’eau') =>
      api.graphql(
        WRITE_OFF,
        { input: { collectionPointId: staff18.pointId, variantId: shoes, quantity, reason } },
        staff18.headers,
      );
    const before = await world.footprint();
    expect(errorCode(await writeOff(9))).toBe('CONFLICT');
    expect(errorCode(await writeOff(0))).toBe('BAD_USER_INPUT');
    expect(errorCode(await writeOff(1, ''))).toBe('BAD_USER_INPUT');
    expect(await world.footprint()).toEqual(before);
    expect((await writeOff(1)).data).toEqual({ writeOffStock: { level: { quantity: 7 } } });
    expect(await world.level(staff18.pointId, shoes)).toEqual({ level: 7, movements: 7 });
  });

  it('moves stock out when a transfer is sent and in when it is received, once', async () => {
    const sent = await api.graphql<{ sendStockTransfer: { transfer: { id: string } } }>(
      SEND,
      {
        input: {
          fromPointId: staff18.pointId,
          toPointId: staff19.pointId,
          lines: [{ variantId: shoes, quantity: 5 }],
          note: 'Camion du mardi',
        },
      },
      staff18.headers,
    );
    expect(sent.data!.sendStockTransfer.transfer).toMatchObject({
      status: 'IN_TRANSIT',
      from: { code: 'p-75018' },
      to: { code: 'p-75019' },
      lines: [{ variant: { code: 'shoes/men-42' }, quantity: 5 }],
    });
    const transferId = sent.data!.sendStockTransfer.transfer.id;
    expect(await world.level(staff18.pointId, shoes)).toEqual({ level: 2, movements: 2 });
    expect(await world.level(staff19.pointId, shoes)).toEqual({ level: 0, movements: 0 });

    expect(errorCode(await api.graphql(RECEIVE, { id: transferId }, staff18.headers))).toBe('FORBIDDEN');
    expect((await api.graphql(RECEIVE, { id: transferId }, staff19.headers)).data).toMatchObject({
      receiveStockTransfer: { transfer: { status: 'RECEIVED' } },
    });
    expect(errorCode(await api.graphql(RECEIVE, { id: transferId }, staff19.headers))).toBe('CONFLICT');
    expect(await world.level(staff19.pointId, shoes)).toEqual({ level: 5, movements: 5 });

    const before = await world.footprint();
    const send = (input: Record<string, unknown>) =>
      api.graphql(
        SEND,
        {
          input: {
            fromPointId: staff18.pointId,
            toPointId: staff19.pointId,
            lines: [{ variantId: shoes, quantity: 1 }],
            ...input,
          },
        },
        staff18.headers,
      );
    expect(errorCode(await send({ lines: [{ variantId: shoes, quantity: 3 }] }))).toBe('CONFLICT');
    expect(errorCode(await send({ toPointId: staff18.pointId }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await send({ lines: [] }))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await send({
          lines: [
            { variantId: shoes, quantity: 1 },
            { variantId: shoes, quantity: 1 },
          ],
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await send({ fromPointId: staff19.pointId }))).toBe('FORBIDDEN');
    expect(await world.footprint()).toEqual(before);
  });

  it('shows levels to the staff and coordinators only, flagging variants short of open needs', async () => {
    const association = await world.association();
    await world.sql(
      `INSERT INTO need (organisation_id, variant_id, quantity, district_code, urgency) VALUES ($1, $2, 4, '75018', 'HIGH')`,
      [association.id, shoes],
    );
    const levels = await api.graphql(LEVELS, { id: staff18.pointId }, staff18.headers);
    expect(levels.data).toEqual({
      stockLevels: [{ variant: { code: 'shoes/men-42' }, quantity: 2, openNeedQuantity: 4, short: true }],
    });
    expect(errorCode(await api.graphql(LEVELS, { id: staff18.pointId }, staff19.headers))).toBe('FORBIDDEN');
    expect(errorCode(await api.graphql(LEVELS, { id: staff18.pointId }))).toBe('UNAUTHENTICATED');
    const coordinator = await world.person('Coordinatrice');
    await world.sql(`INSERT INTO platform_role (user_id, role) VALUES ($1, 'COORDINATOR')`, [coordinator.id]);
    expect((await api.graphql(LEVELS, { id: staff18.pointId }, coordinator.headers)).errors).toBeUndefined();
  });

  it('exports a point’s movements and a snapshot per arrondissement as CSV', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const server = api.app.getHttpServer();
    const movements = await request(server)
      .get(`/exports/stock-movements.csv?collectionPointId=${staff18.pointId}&from=${today}&to=${today}`)
      .set(staff18.headers);
    expect(movements.status).toBe(200);
    expect(movements.headers['content-type']).toContain('text/csv');
    const lines = movements.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('id,created_at,kind,item,variant,label,quantity,reason,recorded_by');
    expect(lines.slice(1).map((line) => line.split(',')[2])).toEqual([
      'RECEIPT',
      'ADJUSTMENT',
      'WRITE_OFF',
      'TRANSFER_OUT',
    ]);

    const snapshot = await request(server)
      .get('/exports/stock-snapshot.csv?districtCode=75019')
      .set(staff19.headers);
    expect(snapshot.status).toBe(200);
    expect(
      snapshot.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toEqual([
      'district,collection_point,collection_point_name,item,variant,label,quantity',
      '75019,p-75019,Mairie du 19e arrondissement,shoes,shoes/men-42,Homme 42,5',
    ]);

    expect((await request(server).get('/exports/stock-snapshot.csv')).status).toBe(401);
    const citizen = await world.person();
    expect((await request(server).get('/exports/stock-snapshot.csv').set(citizen.headers)).status).toBe(403);
    expect(
      (
        await request(server)
          .get(`/exports/stock-movements.csv?collectionPointId=${staff18.pointId}&from=${today}&to=${today}`)
          .set(staff19.headers)
      ).status,
    ).toBe(403);
    expect(
      (
        await request(server)
          .get(`/exports/stock-movements.csv?collectionPointId=${staff18.pointId}&from=yesterday&to=${today}`)
          .set(staff18.headers)
      ).status,
    ).toBe(400);
  });

  it('keeps the ledger append-only and levels never below zero, in the database itself', async () => {
    await expect(world.sql(`UPDATE stock_movement SET quantity = quantity + 1`)).rejects.toThrow(
      'append-only',
    );
    await expect(world.sql(`DELETE FROM stock_movement`)).rejects.toThrow('append-only');
    await expect(
      world.sql(`UPDATE stock_level SET quantity = -1 WHERE collection_point_id = $1`, [staff18.pointId]),
    ).rejects.toThrow('stock_level_quantity_check');
  });
});
