import { InvalidInstanceError } from './errors';
import { allocateItemsGreedy, matchHostingGreedy } from './greedy';
import type { ItemInstance } from './types';

describe('greedy first-come baselines', () => {
  it('serves needs in input order from the nearest point first, then the next nearest', () => {
    const instance: ItemInstance = {
      costPerKm: 1,
      supplies: [
        { id: 'far', point: 'pf', item: 'x', quantity: 10 },
        { id: 'near-1', point: 'pn', item: 'x', quantity: 2 },
        { id: 'near-2', point: 'pn', item: 'x', quantity: 2 },
      ],
      needs: [
        { id: 'first', district: 'd', item: 'x', quantity: 5, value: 10 },
        { id: 'second', district: 'd', item: 'x', quantity: 5, value: 10 },
      ],
      distanceKm: { pn: { d: 1 }, pf: { d: 3 } },
    };
    expect(allocateItemsGreedy(instance)).toEqual({
      allocations: [
        { supply: 'far', need: 'first', quantity: 1 },
        { supply: 'far', need: 'second', quantity: 5 },
        { supply: 'near-1', need: 'first', quantity: 2 },
        { supply: 'near-2', need: 'first', quantity: 2 },
      ],
      objective: 4 * 9 + 6 * 7,
    });
  });

  it('skips routes with no margin and is not optimal', () => {
    const instance: ItemInstance = {
      costPerKm: 1,
      supplies: [{ id: 's', point: 'p', item: 'x', quantity: 3 }],
      needs: [
        { id: 'cheap', district: 'd', item: 'x', quantity: 3, value: 2 },
        { id: 'loss', district: 'far', item: 'x', quantity: 3, value: 2 },
        { id: 'dear', district: 'd', item: 'x', quantity: 3, value: 9 },
      ],
      distanceKm: { p: { d: 1, far: 5 } },
    };
    expect(allocateItemsGreedy(instance)).toEqual({
      allocations: [{ supply: 's', need: 'cheap', quantity: 3 }],
      objective: 3,
    });
  });

  it('gives each guest in turn the best host left', () => {
    expect(
      matchHostingGreedy({
        hosts: [{ id: 'h1' }, { id: 'h2' }],
        guests: [{ id: 'g1' }, { id: 'g2' }],
        pairs: [
          { host: 'h1', guest: 'g1', score: 0.6 },
          { host: 'h2', guest: 'g1', score: 0.5 },
          { host: 'h1', guest: 'g2', score: 0.55 },
        ],
      }),
    ).toEqual({ matches: [{ host: 'h1', guest: 'g1' }], objective: 0.6 });
  });

  it('validates like the exact solvers', () => {
    expect(() => matchHostingGreedy({ hosts: [], guests: {}, pairs: [] })).toThrow(
      new InvalidInstanceError('guests must be an array'),
    );
    expect(() => allocateItemsGreedy({ costPerKm: 1, supplies: [], needs: [], distanceKm: [] })).toThrow(
      new InvalidInstanceError('distanceKm must be an object'),
    );
  });
});
