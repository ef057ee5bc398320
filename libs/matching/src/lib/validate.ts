import { InvalidInstanceError } from './errors';
import { findRepeatedId } from './repeated-ids';
import type { ItemInstance, Need, Supply } from './types';

/**
 * Shape checks for both instance formats. Every failure throws InvalidInstanceError naming the field, e.g.
 * `needs[3].quantity must be a non-negative integer`. Unknown extra fields are ignored. Paths are only built
 * on failure: instances can have hundreds of thousands of lines.
 */

type Fields = Record<string, unknown>;

function fail(message: string): never {
  throw new InvalidInstanceError(message);
}

const fieldPath = (list: string, index: number, field: string): string => `${list}[${index}].${field}`;

function isPlainObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requireObject(value: unknown, path: string): Fields {
  if (!isPlainObject(value)) fail(`${path} must be an object`);
  return value;
}

function requireArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(`${path} must be an array`);
  return value;
}

function requireLine(value: unknown, list: string, index: number): Fields {
  if (!isPlainObject(value)) fail(`${list}[${index}] must be an object`);
  return value;
}

function requireText(value: unknown, list: string, index: number, field: string): string {
  if (typeof value !== 'string' || value.length === 0)
    fail(`${fieldPath(list, index, field)} must be a non-empty string`);
  return value;
}

function requireQuantity(value: unknown, list: string, index: number, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    fail(`${fieldPath(list, index, field)} must be a non-negative integer`);
  }
  return value;
}

function requireFinite(value: unknown, list: string, index: number, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(`${fieldPath(list, index, field)} must be a finite number`);
  return value;
}

function requireNonNegative(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(`${path} must be a non-negative finite number`);
  }
  return value;
}

function requireDistinctIds(ids: readonly string[], list: string): void {
  const repeated = findRepeatedId(ids);
  if (repeated) repeatedIdError(ids, list, repeated.index, repeated.earlier);
}

function repeatedIdError(ids: readonly string[], list: string, index: number, earlier: number): never {
  fail(`${list}[${index}].id ${JSON.stringify(ids[index])} repeats ${list}[${earlier}].id`);
}

function requireUniqueIds(ids: readonly string[], list: string): Map<string, number> {
  const indexById = new Map<string, number>();
  for (let index = 0; index < ids.length; index++) {
    const earlier = indexById.get(ids[index]);
    if (earlier !== undefined) repeatedIdError(ids, list, index, earlier);
    indexById.set(ids[index], index);
  }
  return indexById;
}

/** Flows are summed in doubles, so every total must stay an exact integer. */
function requireSafeTotal(lines: readonly { quantity: number }[], list: string): void {
  let total = 0;
  for (const { quantity } of lines) total += quantity;
  if (total > Number.MAX_SAFE_INTEGER) fail(`the total quantity of ${list} must not exceed 2^53 - 1`);
}

/** Checks a supply line in place (lines are not copied: instances can be large); returns it typed. */
function checkSupply(value: unknown, index: number): Supply {
  const fields = requireLine(value, 'supplies', index);
  requireText(fields['id'], 'supplies', index, 'id');
  requireText(fields['point'], 'supplies', index, 'point');
  requireText(fields['item'], 'supplies', index, 'item');
  requireQuantity(fields['quantity'], 'supplies', index, 'quantity');
  return fields as unknown as Supply;
}

function checkNeed(value: unknown, index: number): Need {
  const fields = requireLine(value, 'needs', index);
  requireText(fields['id'], 'needs', index, 'id');
  requireText(fields['district'], 'needs', index, 'district');
  requireText(fields['item'], 'needs', index, 'item');
  requireQuantity(fields['quantity'], 'needs', index, 'quantity');
  requireFinite(fields['value'], 'needs', index, 'value');
  return fields as unknown as Need;
}

function toDistances(value: unknown): Record<string, Record<string, number>> {
  const rows = requireObject(value, 'distanceKm');
  const distances: Record<string, Record<string, number>> = Object.create(null);
  for (const point of Object.keys(rows)) {
    const rowPath = `distanceKm[${JSON.stringify(point)}]`;
    const row = requireObject(rows[point], rowPath);
    const checked: Record<string, number> = Object.create(null);
    for (const district of Object.keys(row)) {
      checked[district] = requireNonNegative(row[district], `${rowPath}[${JSON.stringify(district)}]`);
    }
    distances[point] = checked;
  }
  return distances;
}

/**
 * Checks an item-allocation instance. Ids must be unique within supplies and within needs. A supply whose point
 * has no row in distanceKm, or a need whose district no point reaches, is valid: it simply cannot be allocated.
 */
export function validateItemInstance(instance: unknown): ItemInstance {
  const fields = requireObject(instance, 'instance');
  const costPerKm = requireNonNegative(fields['costPerKm'], 'costPerKm');
  const supplies = requireArray(fields['supplies'], 'supplies').map(checkSupply);
  const needs = requireArray(fields['needs'], 'needs').map(checkNeed);
  const distanceKm = toDistances(fields['distanceKm']);
  requireDistinctIds(
    supplies.map((supply) => supply.id),
    'supplies',
  );
  requireDistinctIds(
    needs.map((need) => need.id),
    'needs',
  );
  requireSafeTotal(supplies, 'supplies');
  requireSafeTotal(needs, 'needs');
  return { costPerKm, supplies, needs, distanceKm };
}

/** A checked hosting instance as flat tables; hosts, guests and pairs keep their input order. */
export interface HostingTables {
  hostIds: string[];
  hostCapacity: Float64Array;
  guestIds: string[];
  pairHost: Int32Array;
  pairGuest: Int32Array;
  pairScore: Float64Array;
}

/**
 * Checks a hosting instance. Host and guest ids must be unique; every pair must name a known host and guest
 * (an unknown id is an error: it is almost certainly a stale or mistyped reference). Duplicate pairs are
 * allowed: a guest is matched at most once, so at most one of them is used, and the best score wins.
 */
export function validateHostingInstance(instance: unknown): HostingTables {
  const fields = requireObject(instance, 'instance');
  const rawHosts = requireArray(fields['hosts'], 'hosts');
  const rawGuests = requireArray(fields['guests'], 'guests');
  const rawPairs = requireArray(fields['pairs'], 'pairs');

  const hostIds = new Array<string>(rawHosts.length);
  const hostCapacity = new Float64Array(rawHosts.length);
  for (let index = 0; index < rawHosts.length; index++) {
    const host = requireLine(rawHosts[index], 'hosts', index);
    hostIds[index] = requireText(host['id'], 'hosts', index, 'id');
    const capacity = host['capacity'];
    hostCapacity[index] = capacity === undefined ? 1 : requireQuantity(capacity, 'hosts', index, 'capacity');
  }
  const guestIds = new Array<string>(rawGuests.length);
  for (let index = 0; index < rawGuests.length; index++) {
    guestIds[index] = requireText(
      requireLine(rawGuests[index], 'guests', index)['id'],
      'guests',
      index,
      'id',
    );
  }
  const hostIndex = requireUniqueIds(hostIds, 'hosts');
  const guestIndex = requireUniqueIds(guestIds, 'guests');

  const pairHost = new Int32Array(rawPairs.length);
  const pairGuest = new Int32Array(rawPairs.length);
  const pairScore = new Float64Array(rawPairs.length);
  for (let index = 0; index < rawPairs.length; index++) {
    const pair = requireLine(rawPairs[index], 'pairs', index);
    const host = requireText(pair['host'], 'pairs', index, 'host');
    const guest = requireText(pair['guest'], 'pairs', index, 'guest');
    pairScore[index] = requireFinite(pair['score'], 'pairs', index, 'score');
    const hostAt = hostIndex.get(host);
    if (hostAt === undefined)
      fail(`${fieldPath('pairs', index, 'host')} ${JSON.stringify(host)} is not the id of any host`);
    const guestAt = guestIndex.get(guest);
    if (guestAt === undefined) {
      fail(`${fieldPath('pairs', index, 'guest')} ${JSON.stringify(guest)} is not the id of any guest`);
    }
    pairHost[index] = hostAt;
    pairGuest[index] = guestAt;
  }
  return { hostIds, hostCapacity, guestIds, pairHost, pairGuest, pairScore };
}
