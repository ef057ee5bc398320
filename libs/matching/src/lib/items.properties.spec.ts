import fc from 'fast-check';

import { itemInstanceArbitrary, permuted } from '../../tools/arbitraries';
import { bruteForceItems } from '../../tools/brute-force';
import { highsRuntime, itemProgram, solveWithHighs } from '../../tools/highs-reference';
import { randomItemInstance } from '../../tools/instances';
import { checkItemSolution } from '../../tools/verify';
import { allocateItemsGreedy } from './greedy';
import { allocateItems } from './items';

/** Objectives of different solvers agree to this relative precision (HiGHS works in doubles). */
const closeTo = (actual: number, expected: number): void =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe('allocateItems, on random instances', () => {
  beforeAll(() => highsRuntime());

  it('matches the optimum found by enumerating every integer solution of tiny instances', () => {
    fc.assert(
      fc.property(itemInstanceArbitrary({ maxLines: 3, maxQuantity: 3 }), (instance) => {
        const solution = allocateItems(instance);
        closeTo(checkItemSolution(instance, solution), solution.objective);
        closeTo(solution.objective, bruteForceItems(instance));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['short decimals', false],
    ['full-precision doubles', true],
  ])('is feasible and matches the HiGHS optimum with %s', async (_description, fullPrecision) => {
    await fc.assert(
      fc.asyncProperty(
        itemInstanceArbitrary({ maxLines: 30, maxQuantity: 50, fullPrecision }),
        async (instance) => {
          const solution = allocateItems(instance);
          closeTo(checkItemSolution(instance, solution), solution.objective);
          const reference = await solveWithHighs(itemProgram(instance));
          expect(reference.status).toBe('Optimal');
          expect(Math.abs(solution.objective - reference.objective)).toBeLessThanOrEqual(
            1e-7 * Math.max(1, Math.abs(reference.objective)),
          );
        },
      ),
      { numRuns: 80 },
    );
  });

  it('matches the HiGHS optimum on a contested instance where supply is scarce', async () => {
    const instance = randomItemInstance({
      supplies: 150,
      needs: 400,
      items: 4,
      missingRoutes: 0.1,
      seed: 11,
    });
    const solution = allocateItems(instance);
    closeTo(checkItemSolution(instance, solution), solution.objective);
    const reference = await solveWithHighs(itemProgram(instance));
    expect(Math.abs(solution.objective - reference.objective)).toBeLessThanOrEqual(
      1e-9 * reference.objective,
    );
  });

  it('is deterministic, and shuffling lines and keys leaves the objective unchanged', () => {
    fc.assert(
      fc.property(itemInstanceArbitrary({ maxLines: 30, maxQuantity: 50 }), fc.nat(), (instance, seed) => {
        const solution = allocateItems(instance);
        expect(allocateItems(structuredClone(instance))).toEqual(solution);
        // With short decimals the objective is exact, so any optimal solution has exactly the same one.
        expect(allocateItems(permuted(instance, seed)).objective).toBe(solution.objective);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the greedy baseline feasible and never better than the optimum', () => {
    fc.assert(
      fc.property(itemInstanceArbitrary({ maxLines: 30, maxQuantity: 50 }), (instance) => {
        const greedy = allocateItemsGreedy(instance);
        closeTo(checkItemSolution(instance, greedy), greedy.objective);
        expect(greedy.objective).toBeLessThanOrEqual(allocateItems(instance).objective);
      }),
      { numRuns: 150 },
    );
  });
});
