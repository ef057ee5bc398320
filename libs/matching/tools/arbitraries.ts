/** fast-check generators of small random instances (tests only), with the awkward cases switched on. */
import fc from 'fast-check';

import type { HostingInstance, ItemInstance } from '../src';

export interface SizeOptions {
  maxLines: number;
  maxQuantity: number;
  /** Full-precision doubles (values, distances, costPerKm, scores) instead of short decimals. */
  fullPrecision?: boolean;
}

const POINTS = ['p1', 'p2', 'p3', 'p-without-routes'];
const DISTRICTS = ['d1', 'd2', 'd3', 'd-unreached'];
const ITEMS = ['socks/M', 'socks/L', 'soap'];

function decimal(min: number, max: number, places: number, fullPrecision?: boolean): fc.Arbitrary<number> {
  if (fullPrecision) return fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);
  const factor = 10 ** places;
  return fc.integer({ min: Math.round(min * factor), max: Math.round(max * factor) }).map((x) => x / factor);
}

export function itemInstanceArbitrary(options: SizeOptions): fc.Arbitrary<ItemInstance> {
  const { maxLines, maxQuantity, fullPrecision } = options;
  const routeCount = 3 * 4;
  return fc
    .record({
      costPerKm: fc.oneof(fc.constantFrom(0, 0.5, 1), decimal(0, 2, 2, fullPrecision)),
      distances: fc.array(fc.option(decimal(0, 12, 2, fullPrecision), { nil: undefined }), {
        minLength: routeCount,
        maxLength: routeCount,
      }),
      supplies: fc.array(
        fc.record({
          point: fc.constantFrom(...POINTS),
          item: fc.constantFrom(...ITEMS),
          quantity: fc.integer({ min: 0, max: maxQuantity }),
        }),
        { maxLength: maxLines },
      ),
      needs: fc.array(
        fc.record({
          district: fc.constantFrom(...DISTRICTS),
          item: fc.constantFrom(...ITEMS),
          quantity: fc.integer({ min: 0, max: maxQuantity }),
          value: fc.oneof(fc.integer({ min: 1, max: 20 }), decimal(-2, 20, 2, fullPrecision)),
        }),
        { maxLength: maxLines },
      ),
    })
    .map(({ costPerKm, distances, supplies, needs }) => {
      const distanceKm: ItemInstance['distanceKm'] = {};
      POINTS.slice(0, 3).forEach((point, p) => {
        distanceKm[point] = {};
        DISTRICTS.forEach((district, d) => {
          const distance = distances[p * 4 + d];
          if (distance !== undefined) distanceKm[point][district] = distance;
        });
      });
      return {
        costPerKm,
        supplies: supplies.map((supply, k) => ({ id: `s${k}`, ...supply })),
        needs: needs.map((need, k) => ({ id: `n${k}`, ...need })),
        distanceKm,
      };
    });
}

export function hostingInstanceArbitrary(
  options: { maxHosts: number; maxGuests: number; maxPairs: number } & Pick<SizeOptions, 'fullPrecision'>,
): fc.Arbitrary<HostingInstance> {
  return fc
    .record({
      capacities: fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }), {
        maxLength: options.maxHosts,
      }),
      guestCount: fc.integer({ min: 0, max: options.maxGuests }),
      pairs: fc.array(
        fc.record({
          host: fc.nat(),
          guest: fc.nat(),
          score: decimal(-0.3, 1, 3, options.fullPrecision),
        }),
        { maxLength: options.maxPairs },
      ),
    })
    .map(({ capacities, guestCount, pairs }) => ({
      hosts: capacities.map((capacity, k) =>
        capacity === undefined ? { id: `h${k}` } : { id: `h${k}`, capacity },
      ),
      guests: Array.from({ length: guestCount }, (_, k) => ({ id: `g${k}` })),
      pairs:
        capacities.length === 0 || guestCount === 0
          ? []
          : pairs.map(({ host, guest, score }) => ({
              host: `h${host % capacities.length}`,
              guest: `g${guest % guestCount}`,
              score,
            })),
    }));
}

/** The same instance with its lists shuffled and every object's keys in reverse order. */
export function permuted<T>(instance: T, seed: number): T {
  let state = seed >>> 0 || 1;
  const random = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const reorder = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const copy = value.map(reorder);
      for (let k = copy.length - 1; k > 0; k--) {
        const j = Math.floor(random() * (k + 1));
        [copy[k], copy[j]] = [copy[j], copy[k]];
      }
      return copy;
    }
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([key, inner]) => [key, reorder(inner)]),
      );
    }
    return value;
  };
  return reorder(instance) as T;
}
