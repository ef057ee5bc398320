import fc from 'fast-check';

import { hostingInstanceArbitrary, permuted } from '../../tools/arbitraries';
import { bruteForceHosting } from '../../tools/brute-force';
import { highsRuntime, hostingProgram, solveWithHighs } from '../../tools/highs-reference';
import { randomHostingInstance } from '../../tools/instances';
import { checkHostingSolution } from '../../tools/verify';
import { matchHostingGreedy } from './greedy';
import { matchHosting } from './hosting';

const closeTo = (actual: number, expected: number): void =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe('matchHosting, on random instances', () => {
  beforeAll(() => highsRuntime());

  it('matches the optimum found by enumerating every subset of pairs of tiny instances', () => {
    fc.assert(
      fc.property(hostingInstanceArbitrary({ maxHosts: 4, maxGuests: 4, maxPairs: 10 }), (instance) => {
        const solution = matchHosting(instance);
        closeTo(checkHostingSolution(instance, solution), solution.objective);
        closeTo(solution.objective, bruteForceHosting(instance));
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
        hostingInstanceArbitrary({ maxHosts: 25, maxGuests: 30, maxPairs: 150, fullPrecision }),
        async (instance) => {
          const solution = matchHosting(instance);
          closeTo(checkHostingSolution(instance, solution), solution.objective);
          const reference = await solveWithHighs(hostingProgram(instance));
          expect(reference.status).toBe('Optimal');
          expect(Math.abs(solution.objective - reference.objective)).toBeLessThanOrEqual(
            1e-7 * Math.max(1, reference.objective),
          );
        },
      ),
      { numRuns: 80 },
    );
  });

  it('matches the HiGHS optimum on a contested instance of 400 hosts and 500 guests', async () => {
    const instance = randomHostingInstance({ hosts: 400, guests: 500, candidatesPerHost: 30, seed: 7 });
    const solution = matchHosting(instance);
    closeTo(checkHostingSolution(instance, solution), solution.objective);
    const reference = await solveWithHighs(hostingProgram(instance));
    expect(Math.abs(solution.objective - reference.objective)).toBeLessThanOrEqual(
      1e-7 * reference.objective,
    );
  });

  it('is deterministic, and shuffling lists and keys leaves the objective unchanged', () => {
    fc.assert(
      fc.property(
        hostingInstanceArbitrary({ maxHosts: 25, maxGuests: 30, maxPairs: 150 }),
        fc.nat(),
        (instance, seed) => {
          const solution = matchHosting(instance);
          expect(matchHosting(structuredClone(instance))).toEqual(solution);
          expect(matchHosting(permuted(instance, seed)).objective).toBe(solution.objective);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps the greedy baseline feasible and never better than the optimum', () => {
    fc.assert(
      fc.property(hostingInstanceArbitrary({ maxHosts: 25, maxGuests: 30, maxPairs: 150 }), (instance) => {
        const greedy = matchHostingGreedy(instance);
        closeTo(checkHostingSolution(instance, greedy), greedy.objective);
        expect(greedy.objective).toBeLessThanOrEqual(matchHosting(instance).objective);
      }),
      { numRuns: 150 },
    );
  });
});
