/**
 * Seeded random instances shaped like Entraide's data, for tests and the benchmark: 20 Paris collection points
 * and districts with distances of 0–12 km, need values 1–20, quantities 0–50; hosting scores 0–1 with about
 * `candidatesPerHost` random candidate guests per host.
 */
import type { HostingInstance, ItemInstance } from '../src';

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [low, high]. */
  integer(low: number, high: number): number;
}

/** mulberry32: small, fast, and the same sequence on every platform for a given seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, integer: (low, high) => low + Math.floor(next() * (high - low + 1)) };
}

export const PARIS_DISTRICTS = Array.from({ length: 20 }, (_, k) => `750${String(k + 1).padStart(2, '0')}`);

export interface ItemShape {
  supplies: number;
  needs: number;
  points?: number;
  items?: number;
  seed?: number;
  /** Share of (point, district) routes left out. */
  missingRoutes?: number;
  maxQuantity?: number;
}

export function randomItemInstance(shape: ItemShape): ItemInstance {
  const random = seededRandom(shape.seed ?? 1);
  const pointCount = shape.points ?? 20;
  const itemCount = shape.items ?? 200;
  const maxQuantity = shape.maxQuantity ?? 50;
  const points = Array.from(
    { length: pointCount },
    (_, k) => `p-${PARIS_DISTRICTS[k % 20]}-${Math.floor(k / 20)}`,
  );
  const distanceKm: ItemInstance['distanceKm'] = {};
  points.forEach((point, k) => {
    const row: Record<string, number> = {};
    for (const district of PARIS_DISTRICTS) {
      if (random.next() < (shape.missingRoutes ?? 0)) continue;
      const home = district === PARIS_DISTRICTS[k % 20];
      row[district] = Math.round((home ? random.next() : random.next() * 12) * 100) / 100;
    }
    distanceKm[point] = row;
  });
  const item = (): string => `item-${random.integer(0, itemCount - 1)}`;
  return {
    costPerKm: 0.5,
    supplies: Array.from({ length: shape.supplies }, (_, k) => ({
      id: `s${k}`,
      point: points[random.integer(0, pointCount - 1)],
      item: item(),
      quantity: random.integer(0, maxQuantity),
    })),
    needs: Array.from({ length: shape.needs }, (_, k) => ({
      id: `n${k}`,
      district: PARIS_DISTRICTS[random.integer(0, 19)],
      item: item(),
      quantity: random.integer(0, maxQuantity),
      value: random.integer(1, 20),
    })),
    distanceKm,
  };
}

export interface HostingShape {
  hosts: number;
  guests: number;
  candidatesPerHost: number;
  seed?: number;
  /** Decimal places of the scores; undefined for full-precision doubles. */
  scorePlaces?: number;
  maxCapacity?: number;
}

export function randomHostingInstance(shape: HostingShape): HostingInstance {
  const random = seededRandom(shape.seed ?? 1);
  const maxCapacity = shape.maxCapacity ?? 3;
  const factor = shape.scorePlaces === undefined ? 0 : 10 ** shape.scorePlaces;
  const score = (): number => (factor ? Math.round(random.next() * factor) / factor : random.next());
  const hosts = Array.from({ length: shape.hosts }, (_, k) => {
    const draw = random.next();
    // Mostly single rooms, some hosts with room for two or three guests.
    const capacity = Math.min(maxCapacity, draw < 0.8 ? 1 : draw < 0.95 ? 2 : 3);
    return { id: `h${k}`, capacity };
  });
  const guests = Array.from({ length: shape.guests }, (_, k) => ({ id: `g${k}` }));
  const pairs: HostingInstance['pairs'] = [];
  const chosen = new Set<number>();
  for (const host of hosts) {
    chosen.clear();
    const candidates = Math.min(shape.candidatesPerHost, shape.guests);
    while (chosen.size < candidates) chosen.add(random.integer(0, shape.guests - 1));
    for (const guest of chosen) pairs.push({ host: host.id, guest: `g${guest}`, score: score() });
  }
  return { hosts, guests, pairs };
}
