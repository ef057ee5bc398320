/**
 * The bare baseline of `npm run bench:api`: `node:http` and a `pg` pool answering the benchmark's three
 * GraphQL requests with the SQL the API issues for them (captured from the API, written out by hand), in
 * the JSON the API answers. No framework, no GraphQL parsing: it reads the operation name and variables.
 * Run as a child process by api-bench.ts, like the API, so both get the same share of the machine; it
 * prints "ready" once listening. Env: BASELINE_DATABASE_URL, BASELINE_PORT.
 */
import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';

import { Pool, PoolClient } from 'pg';

interface GraphqlRequest {
  operationName?: string;
  variables?: Record<string, unknown>;
}

// The API's pool: TypeORM's `extra` in libs/api/core's DatabaseModule.
const pool = new Pool({
  connectionString: process.env['BASELINE_DATABASE_URL'],
  max: 10,
  options: '-c jit=off',
});

const SESSION_COOKIE = 'entraide_session';

/** NeedsService.open's query (libs/api/items), as the API sends it. */
const OPEN_NEEDS_SQL = `
  SELECT n.id, n.organisation_id, o.name AS organisation_name, n.quantity, n.district_code, n.urgency,
         to_char(n.deadline, 'YYYY-MM-DD') AS deadline, n.note, n.status, n.created_at,
         v.id AS variant_id, v.code AS variant_code, v.audience AS variant_audience,
         v.label_fr AS variant_label_fr, v.label_en AS variant_label_en, i.id AS item_id, i.code AS item_code,
         i.priority AS item_priority, i.name_fr AS item_name_fr, i.name_en AS item_name_en,
         coalesce(op.offered, 0)::int AS offered, coalesce(op.received, 0)::int AS received,
         coalesce(dp.dispatched, 0)::int AS dispatched, coalesce(dp.delivered, 0)::int AS delivered
  FROM need n
  JOIN organisation o ON o.id = n.organisation_id
  JOIN catalogue_variant v ON v.id = n.variant_id JOIN catalogue_item i ON i.id = v.item_id
  LEFT JOIN LATERAL (
    SELECT sum(CASE WHEN f.status = 'RECEIVED' THEN f.received_quantity ELSE f.quantity END) AS offered,
           sum(f.received_quantity) AS received
    FROM offer f WHERE f.need_id = n.id AND f.status <> 'WITHDRAWN') op ON true
  LEFT JOIN LATERAL (
    SELECT sum(d.quantity) AS dispatched, sum(d.quantity) FILTER (WHERE d.status = 'DELIVERED') AS delivered
    FROM dispatch d WHERE d.need_id = n.id) dp ON true
  LEFT JOIN district_distance dd ON dd.from_code = $3 AND dd.to_code = n.district_code
  WHERE n.status = 'OPEN' AND o.status = 'VERIFIED'
    AND ($1::text IS NULL OR n.district_code = $1) AND ($2::text IS NULL OR i.code = $2)
    AND n.quantity > coalesce(dp.dispatched, 0)
  ORDER BY CASE n.urgency WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END, dd.km NULLS LAST,
           n.deadline NULLS LAST, n.created_at
  LIMIT $4`;

/** MissionsService.search's query (libs/api/missions), as the API sends it. */
const TSQUERY = `(websearch_to_tsquery('entraide_fr', $1) || websearch_to_tsquery('entraide_en', $1))`;
const missionSearchSql = (withText: boolean) => `
  WITH query AS (SELECT CASE WHEN $1::text IS NULL THEN NULL ELSE ${TSQUERY} END AS q),
  found AS (
    SELECT m.id, m.search, m.created_at
    FROM mission m
    WHERE m.status = 'PUBLISHED'
      ${withText ? `AND m.search @@ ${TSQUERY}` : ''}
      AND ($2::text IS NULL OR m.kind = $2)
      AND ($3::text IS NULL OR m.district_code = $3)
      AND ($4::text IS NULL OR $4 = ANY (m.language_codes))
      AND (NOT $7::boolean OR m.for_solidarity_reserve)
      AND (NOT $8::boolean OR m.for_civic_service)
      AND (m.schedule = 'WEEKLY' OR m.open_until > now())
      AND ($5::date IS NULL OR
           (m.schedule = 'WEEKLY' AND left(m.weekly_slot, 3) = upper(to_char($5::date, 'DY')))
           OR EXISTS (SELECT 1 FROM mission_shift s WHERE s.mission_id = m.id
                      AND (s.starts_at AT TIME ZONE 'Europe/Paris')::date = $5::date))
    ORDER BY m.created_at DESC, m.id
    LIMIT $10),
  page AS (
    SELECT found.id, CASE WHEN query.q IS NULL THEN 0 ELSE ts_rank(found.search, query.q) END AS rank,
           found.created_at, count(*) OVER () AS total
    FROM found, query ORDER BY rank DESC, found.created_at DESC, found.id LIMIT $6 OFFSET $9)
  SELECT m.id, m.organisation_id, o.name AS organisation_name, m.title, m.description, m.kind, m.skills, m.languages,
         m.district_code, m.remote, m.schedule, m.weekly_slot, to_char(m.weekly_starts, 'HH24:MI') AS weekly_starts,
         to_char(m.weekly_ends, 'HH24:MI') AS weekly_ends, m.minimum_commitment, m.contact_name, m.contact_email,
         m.restricted, m.for_solidarity_reserve, m.for_civic_service, m.status, m.created_at,
         (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.decided_at - a.created_at) / 3600)
          FROM mission_application a JOIN mission om ON om.id = a.mission_id
          WHERE om.organisation_id = m.organisation_id AND a.decided_at IS NOT NULL) AS response_hours,
         coalesce((SELECT json_agg(json_build_object('id', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
                     'capacity', s.capacity, 'accepted', s.accepted) ORDER BY s.starts_at)
                   FROM mission_shift s WHERE s.mission_id = m.id AND s.ends_at > now()), '[]') AS shifts,
         page.total::int AS total
  FROM mission m JOIN organisation o ON o.id = m.organisation_id
  JOIN page ON page.id = m.id
  ORDER BY page.rank DESC, m.created_at DESC, m.id`;

/** What recordWalkInGift costs in SQL: the session, the staff check, the variants, then the ledger. */
async function recordReceipt(cookie: string | undefined, input: ReceiptInput): Promise<unknown> {
  const token = cookie?.match(new RegExp(`${SESSION_COOKIE}=([^;]+)`))?.[1];
  if (!token) return { errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] };
  const tokenHash = createHash('sha256').update(token).digest();
  const { rows: sessions } = await pool.query(
    `WITH live AS (
       SELECT s.id AS session_id, u.id, u.email, u.display_name, u.password_hash, u.email_verified_at, u.created_at
       FROM user_session s JOIN app_user u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
     ), seen AS (
       UPDATE user_session SET last_seen_at = now()
       WHERE id = (SELECT session_id FROM live) AND last_seen_at < now() - interval '1 minute'
     )
     SELECT * FROM live`,
    [tokenHash],
  );
  if (sessions.length === 0)
    return { errors: [{ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }] };
  const staffId: string = sessions[0].id;
  const [staff] = (
    await pool.query(
      `SELECT s.user_id IS NOT NULL AS staff FROM collection_point cp
       LEFT JOIN collection_point_staff s ON s.collection_point_id = cp.id AND s.user_id = $2
       WHERE cp.id = $1`,
      [input.collectionPointId, staffId],
    )
  ).rows;
  if (!staff?.staff) return { errors: [{ message: 'Staff only.', extensions: { code: 'FORBIDDEN' } }] };
  const variantIds = [...new Set(input.lines.map((line) => line.variantId))];
  const { rows: variants } = await pool.query(`SELECT id FROM catalogue_variant WHERE id = ANY($1::uuid[])`, [
    variantIds,
  ]);
  if (variants.length !== variantIds.length)
    return { errors: [{ message: 'Unknown item variant.', extensions: { code: 'BAD_USER_INPUT' } }] };
  const client: PoolClient = await pool.connect();
  try {
    await client.query('START TRANSACTION');
    const lines = [...input.lines].sort((a, b) => a.variantId.localeCompare(b.variantId));
    for (const line of lines) {
      await client.query(
        `INSERT INTO stock_level (collection_point_id, variant_id, quantity) VALUES ($1, $2, $3)
         ON CONFLICT (collection_point_id, variant_id)
         DO UPDATE SET quantity = stock_level.quantity + EXCLUDED.quantity, updated_at = now()
         RETURNING quantity`,
        [input.collectionPointId, line.variantId, line.quantity],
      );
    }
    await client.query(
      `INSERT INTO stock_movement (collection_point_id, variant_id, kind, quantity, actor_id, reason,
                                   booking_id, offer_id, dispatch_id, transfer_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::uuid[], $6::text[],
                            $7::uuid[], $8::uuid[], $9::uuid[], $10::uuid[])`,
      [
        lines.map(() => input.collectionPointId),
        lines.map((line) => line.variantId),
        lines.map(() => 'RECEIPT'),
        lines.map((line) => line.quantity),
        lines.map(() => staffId),
        lines.map(() => 'Walk-in gift'),
        ...[1, 2, 3, 4].map(() => lines.map(() => null)),
      ],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
  return {
    data: { recordWalkInGift: { received: input.lines.reduce((sum, line) => sum + line.quantity, 0) } },
  };
}

interface ReceiptInput {
  collectionPointId: string;
  lines: { variantId: string; quantity: number }[];
}

type NeedRow = Record<string, never> & {
  deadline: string | null;
  note: string | null;
  created_at: Date;
  quantity: number;
  offered: number;
  received: number;
  dispatched: number;
  delivered: number;
};

async function openNeeds(variables: Record<string, unknown>): Promise<unknown> {
  const filter = (variables['filter'] ?? {}) as Record<string, string | undefined>;
  const limit = Math.min(Math.max(Number(variables['first'] ?? 50), 1), 200);
  const { rows } = await pool.query<NeedRow>(OPEN_NEEDS_SQL, [
    filter['districtCode'] ?? null,
    filter['itemCode'] ?? null,
    filter['near'] ?? null,
    limit,
  ]);
  return {
    data: {
      openNeeds: rows.map((row) => ({
        id: row['id'],
        quantity: row.quantity,
        urgency: row['urgency'],
        deadline: row.deadline,
        districtCode: row['district_code'],
        status: row['status'],
        note: row.note,
        createdAt: row.created_at.toISOString(),
        item: { id: row['item_id'], code: row['item_code'], name: row['item_name_fr'] },
        variant: { id: row['variant_id'], code: row['variant_code'], label: row['variant_label_fr'] },
        organisation: { id: row['organisation_id'], name: row['organisation_name'] },
        progress: {
          coverage: Math.min(1, Math.max(row.offered, row.dispatched) / row.quantity),
          offered: row.offered,
          received: row.received,
          dispatched: row.dispatched,
          delivered: row.delivered,
          remaining: Math.max(row.quantity - row.dispatched, 0),
        },
      })),
    },
  };
}

type MissionRow = Record<string, never> & {
  created_at: Date;
  response_hours: string | null;
  shifts: { id: string; startsAt: string; endsAt: string; capacity: number; accepted: number }[];
  total: number;
};

async function missionSearch(variables: Record<string, unknown>): Promise<unknown> {
  const search = (variables['search'] ?? {}) as Record<string, string | number | boolean | undefined>;
  const text = (search['text'] as string | undefined)?.trim() || null;
  const { rows } = await pool.query<MissionRow>(missionSearchSql(text !== null), [
    text,
    search['kind'] ?? null,
    search['districtCode'] ?? null,
    (search['language'] as string | undefined)?.trim().toLowerCase() || null,
    search['date'] ?? null,
    Math.min(Math.max(Number(search['first'] ?? 20), 1), 50),
    search['forSolidarityReserve'] ?? false,
    search['forCivicService'] ?? false,
    Math.min(Math.max(Number(search['offset'] ?? 0), 0), 500),
    501,
  ]);
  const total = rows[0]?.total ?? 0;
  return {
    data: {
      missions: {
        total: Math.min(total, 500),
        totalCapped: total > 500,
        missions: rows.map((row) => ({
          id: row['id'],
          title: row['title'],
          description: row['description'],
          kind: row['kind'],
          status: row['status'],
          districtCode: row['district_code'],
          remote: row['remote'],
          schedule: row['schedule'],
          weeklySlot: row['weekly_slot'],
          weeklyStarts: row['weekly_starts'],
          weeklyEnds: row['weekly_ends'],
          minimumCommitment: row['minimum_commitment'],
          restricted: row['restricted'],
          forSolidarityReserve: row['for_solidarity_reserve'],
          forCivicService: row['for_civic_service'],
          skills: row['skills'],
          responseHours:
            row.response_hours === null ? null : Math.round(Number(row.response_hours) * 10) / 10,
          contactName: row['contact_name'],
          contactEmail: row['contact_email'],
          createdAt: row.created_at.toISOString(),
          languages: row['languages'],
          organisation: { id: row['organisation_id'], name: row['organisation_name'] },
          shifts: row.shifts.map((shift) => ({
            id: shift.id,
            startsAt: new Date(shift.startsAt).toISOString(),
            endsAt: new Date(shift.endsAt).toISOString(),
            capacity: shift.capacity,
            accepted: shift.accepted,
            remaining: shift.capacity - shift.accepted,
          })),
        })),
      },
    },
  };
}

async function answer(request: IncomingMessage, body: string): Promise<unknown> {
  const { operationName, variables = {} } = JSON.parse(body) as GraphqlRequest;
  switch (operationName) {
    case 'OpenNeeds':
      return openNeeds(variables);
    case 'MissionSearch':
      return missionSearch(variables);
    case 'RecordWalkInGift':
      return recordReceipt(request.headers.cookie, variables['input'] as ReceiptInput);
    default:
      return { errors: [{ message: `Unknown operation ${operationName}` }] };
  }
}

function send(response: ServerResponse, status: number, payload: unknown): void {
  const json = JSON.stringify(payload);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  response.end(json);
}

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    answer(request, Buffer.concat(chunks).toString('utf8')).then(
      (payload) => send(response, 200, payload),
      (error: unknown) => send(response, 500, { errors: [{ message: String(error) }] }),
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env['BASELINE_PORT']), '127.0.0.1', () => console.log('ready'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
