import { checkItemSolution } from '../../tools/verify';
import { InvalidInstanceError } from './errors';
import { allocateItems } from './items';
import type { ItemInstance } from './types';

const example = (): ItemInstance => ({
  costPerKm: 0.5,
  supplies: [{ id: 's1', point: 'p-75018', item: 'socks/M', quantity: 40 }],
  needs: [{ id: 'n1', district: '75018', item: 'socks/M', quantity: 30, value: 10 }],
  distanceKm: { 'p-75018': { '75018': 0.4, '75019': 2.3 } },
});

describe('allocateItems', () => {
  it('solves the example of the issue', () => {
    // The issue prints 288, but its own formula gives 30 × (10 − 0.5 × 0.4) = 294.
    expect(allocateItems(example())).toEqual({
      allocations: [{ supply: 's1', need: 'n1', quantity: 30 }],
      objective: 294,
    });
  });

  it('returns nothing for empty lists', () => {
    expect(allocateItems({ costPerKm: 0, supplies: [], needs: [], distanceKm: {} })).toEqual({
      allocations: [],
      objective: 0,
    });
  });

  it('accepts zero quantities, unneeded items, missing routes and points without distances', () => {
    const instance: ItemInstance = {
      costPerKm: 0.5,
      supplies: [
        { id: 'empty', point: 'p1', item: 'soap', quantity: 0 },
        { id: 'unneeded', point: 'p1', item: 'tent', quantity: 5 },
        { id: 'no-route', point: 'p1', item: 'towel', quantity: 5 },
        { id: 'unknown-point', point: 'p9', item: 'soap', quantity: 5 },
        { id: 'soap', point: 'p1', item: 'soap', quantity: 5 },
      ],
      needs: [
        { id: 'none-wanted', district: 'd1', item: 'soap', quantity: 0, value: 9 },
        { id: 'towel', district: 'd2', item: 'towel', quantity: 3, value: 9 },
        { id: 'soap', district: 'd1', item: 'soap', quantity: 2, value: 3 },
      ],
      distanceKm: { p1: { d1: 1 } },
    };
    expect(allocateItems(instance)).toEqual({
      allocations: [{ supply: 'soap', need: 'soap', quantity: 2 }],
      objective: 5,
    });
  });

  it('never ships at a loss or for nothing', () => {
    const instance: ItemInstance = {
      costPerKm: 0.5,
      supplies: [{ id: 's', point: 'p', item: 'x', quantity: 9 }],
      needs: [
        { id: 'loss', district: 'far', item: 'x', quantity: 3, value: 4 },
        { id: 'even', district: 'near', item: 'x', quantity: 3, value: 1 },
      ],
      distanceKm: { p: { far: 10, near: 2 } },
    };
    expect(allocateItems(instance)).toEqual({ allocations: [], objective: 0 });
  });

  it('gives scarce supply to the best margins, not to the first need', () => {
    const instance: ItemInstance = {
      costPerKm: 1,
      supplies: [
        { id: 'north', point: 'pn', item: 'x', quantity: 4 },
        { id: 'south', point: 'ps', item: 'x', quantity: 4 },
      ],
      needs: [
        { id: 'first', district: 'dn', item: 'x', quantity: 4, value: 10 },
        { id: 'second', district: 'ds', item: 'x', quantity: 4, value: 10 },
        { id: 'rich', district: 'dn', item: 'x', quantity: 4, value: 20 },
      ],
      distanceKm: { pn: { dn: 1, ds: 5 }, ps: { dn: 5, ds: 1 } },
    };
    const solution = allocateItems(instance);
    // North serves the rich need (19 each), south the second (9 each); "first" would earn 9 at best too.
    expect(solution.objective).toBe(4 * 19 + 4 * 9);
    expect(checkItemSolution(instance, solution)).toBeCloseTo(112, 9);
  });

  it('splits flows onto lines in input order and sorts allocations by supply then need', () => {
    const instance: ItemInstance = {
      costPerKm: 0,
      supplies: [
        { id: 'b', point: 'p', item: 'x', quantity: 3 },
        { id: 'a', point: 'p', item: 'x', quantity: 3 },
      ],
      needs: [
        { id: 'n2', district: 'd', item: 'x', quantity: 2, value: 1 },
        { id: 'n1', district: 'd', item: 'x', quantity: 3, value: 1 },
      ],
      distanceKm: { p: { d: 1 } },
    };
    expect(allocateItems(instance).allocations).toEqual([
      { supply: 'b', need: 'n2', quantity: 2 },
      { supply: 'b', need: 'n1', quantity: 1 },
      { supply: 'a', need: 'n1', quantity: 2 },
    ]);
  });

  it('breaks ties between equally good supplies by input order', () => {
    const instance: ItemInstance = {
      costPerKm: 1,
      supplies: [
        { id: 'first', point: 'p1', item: 'x', quantity: 5 },
        { id: 'second', point: 'p2', item: 'x', quantity: 5 },
      ],
      needs: [{ id: 'n', district: 'd', item: 'x', quantity: 5, value: 9 }],
      distanceKm: { p1: { d: 2 }, p2: { d: 2 } },
    };
    expect(allocateItems(instance).allocations).toEqual([{ supply: 'first', need: 'n', quantity: 5 }]);
  });

  it('sums the objective exactly in decimal', () => {
    const instance: ItemInstance = {
      costPerKm: 0.1,
      supplies: [{ id: 's', point: 'p', item: 'x', quantity: 3 }],
      needs: [{ id: 'n', district: 'd', item: 'x', quantity: 3, value: 0.3 }],
      distanceKm: { p: { d: 1 } },
    };
    // In floating point 3 × (0.3 − 0.1 × 1) is 0.6000000000000001.
    expect(allocateItems(instance).objective).toBe(0.6);
  });

  it('keeps huge quantities exact', () => {
    const big = 2 ** 52;
    const instance: ItemInstance = {
      costPerKm: 0,
      supplies: [{ id: 's', point: 'p', item: 'x', quantity: big + 1 }],
      needs: [{ id: 'n', district: 'd', item: 'x', quantity: big - 1, value: 3 }],
      distanceKm: { p: { d: 0 } },
    };
    expect(allocateItems(instance)).toEqual({
      allocations: [{ supply: 's', need: 'n', quantity: big - 1 }],
      objective: 3 * (big - 1),
    });
  });

  it('does not depend on the order of keys in the objects', () => {
    const reversed = JSON.parse(JSON.stringify(example()), (_key, value) =>
      typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    );
    expect(allocateItems(reversed)).toEqual(allocateItems(example()));
  });

  it.each<[string, (instance: Record<string, unknown>) => void, string]>([
    ['no supplies', (instance) => delete instance['supplies'], 'supplies must be an array'],
    [
      'a negative cost',
      (instance) => (instance['costPerKm'] = -1),
      'costPerKm must be a non-negative finite number',
    ],
    [
      'a fractional quantity',
      (instance) => ((instance['needs'] as Record<string, unknown>[])[0]['quantity'] = 1.5),
      'needs[0].quantity must be a non-negative integer',
    ],
    [
      'a negative quantity',
      (instance) => ((instance['supplies'] as Record<string, unknown>[])[0]['quantity'] = -2),
      'supplies[0].quantity must be a non-negative integer',
    ],
    [
      'a value that is a string',
      (instance) => ((instance['needs'] as Record<string, unknown>[])[0]['value'] = '10'),
      'needs[0].value must be a finite number',
    ],
    [
      'an empty id',
      (instance) => ((instance['needs'] as Record<string, unknown>[])[0]['id'] = ''),
      'needs[0].id must be a non-empty string',
    ],
    [
      'a line that is not an object',
      (instance) => ((instance['supplies'] as unknown[])[0] = 7),
      'supplies[0] must be an object',
    ],
    [
      'a repeated id',
      (instance) =>
        (instance['supplies'] as unknown[]).push({
          id: 's1',
          point: 'p-75018',
          item: 'socks/M',
          quantity: 1,
        }),
      'supplies[1].id "s1" repeats supplies[0].id',
    ],
    [
      'a negative distance',
      (instance) =>
        ((instance['distanceKm'] as Record<string, Record<string, number>>)['p-75018']['75019'] = -1),
      'distanceKm["p-75018"]["75019"] must be a non-negative finite number',
    ],
    [
      'a total beyond 2^53',
      (instance) =>
        (instance['supplies'] as unknown[]).push({
          id: 's2',
          point: 'p',
          item: 'x',
          quantity: Number.MAX_SAFE_INTEGER,
        }),
      'the total quantity of supplies must not exceed 2^53 - 1',
    ],
  ])('rejects %s with a message naming the problem', (_description, mutate, message) => {
    const instance = example() as unknown as Record<string, unknown>;
    mutate(instance);
    expect(() => allocateItems(instance)).toThrow(new InvalidInstanceError(message));
    expect(() => allocateItems(instance)).toThrow(InvalidInstanceError);
  });

  it.each([null, [], 'items', 3])('rejects %p as an instance', (instance) => {
    expect(() => allocateItems(instance)).toThrow(new InvalidInstanceError('instance must be an object'));
  });
});
