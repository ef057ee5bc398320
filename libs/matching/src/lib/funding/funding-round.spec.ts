import { InvalidInstanceError } from '../errors';
import {
  type FundingInitiative,
  type FundingRoundInput,
  type MatchingPledge,
  planFundingRound,
} from './funding-round';

const initiative = (
  id: string,
  contributionsCents: number[],
  remainingBudgetCents = 100_000,
  extra: Partial<FundingInitiative> = {},
): FundingInitiative => ({
  id,
  kind: 'WELCOME',
  districtCodes: ['75018'],
  remainingBudgetCents,
  contributionsCents,
  ...extra,
});

const pledge = (id: string, availableCents: number, extra: Partial<MatchingPledge> = {}): MatchingPledge => ({
  id,
  availableCents,
  districtCodes: [],
  initiativeKinds: [],
  ...extra,
});

const round = (input: Partial<FundingRoundInput>): FundingRoundInput => ({
  initiatives: [],
  pledges: [],
  poolCents: 0,
  ...input,
});

/** Amounts by initiative id, for one pledge or, with null, for the pool. */
const amounts = (input: FundingRoundInput, pledgeId: string | null): Record<string, number> =>
  Object.fromEntries(
    planFundingRound(input)
      .allocations.filter((allocation) => allocation.pledgeId === pledgeId)
      .map((allocation) => [allocation.initiativeId, allocation.amountCents]),
  );

// A: 4 donors of 100, (4·10)² − 400 = 1200. B: one donor, 0. C: 2 donors of 100, (2·10)² − 200 = 200.
const fourDonors = [100, 100, 100, 100];
const twoDonors = [100, 100];

describe('planFundingRound', () => {
  it('gives the whole pledge to the only initiative with more than one donor', () => {
    const plan = planFundingRound(
      round({
        initiatives: [initiative('B', [400]), initiative('A', fourDonors)],
        pledges: [pledge('p1', 1000)],
      }),
    );
    expect(plan).toEqual({
      allocations: [
        { initiativeId: 'A', source: 'MATCHING', pledgeId: 'p1', amountCents: 1000, rawMatchCents: 1200 },
      ],
      initiatives: [
        {
          initiativeId: 'A',
          donorsCount: 4,
          contributionsCents: 400,
          sqrtSum: 40,
          rawMatchCents: 1200,
          matchedCents: 1000,
          poolCents: 0,
          remainingBudgetAfterCents: 99_000,
        },
        {
          initiativeId: 'B',
          donorsCount: 1,
          contributionsCents: 400,
          sqrtSum: 20,
          rawMatchCents: 0,
          matchedCents: 0,
          poolCents: 0,
          remainingBudgetAfterCents: 100_000,
        },
      ],
      matchedTotalCents: 1000,
      poolAllocatedCents: 0,
      unallocatedMatchingCents: 0,
      unallocatedPoolCents: 0,
    });
  });

  it('places nothing when no initiative has a raw match', () => {
    const plan = planFundingRound(
      round({ initiatives: [initiative('B', [400])], pledges: [pledge('p1', 1000)] }),
    );
    expect(plan.allocations).toEqual([]);
    expect(plan.unallocatedMatchingCents).toBe(1000);
  });

  it('shares a pledge in proportion to the raw matches, the leftover cent to the largest remainder', () => {
    const initiatives = [initiative('A', fourDonors), initiative('C', twoDonors)];
    expect(amounts(round({ initiatives, pledges: [pledge('p1', 1400)] }), 'p1')).toEqual({ A: 1200, C: 200 });
    // 8.571… and 1.428…
    expect(amounts(round({ initiatives, pledges: [pledge('p1', 10)] }), 'p1')).toEqual({ A: 9, C: 1 });
    // The larger remainder wins even against the smaller id: 1.428… and 8.571…
    const swapped = [initiative('A', twoDonors), initiative('C', fourDonors)];
    expect(amounts(round({ initiatives: swapped, pledges: [pledge('p1', 10)] }), 'p1')).toEqual({
      A: 1,
      C: 9,
    });
  });

  it('lets a new donor win a tie broken by id, never lose it', () => {
    const tied = (a: number[], c: number[]) =>
      amounts(
        round({
          initiatives: [initiative('a', a, 1), initiative('c', c, 1)],
          pledges: [pledge('p1', 1)],
        }),
        'p1',
      );
    expect(tied([1, 1], [1, 1])).toEqual({ a: 1 });
    expect(tied([1, 1, 1], [1, 1])).toEqual({ a: 1 });
    expect(tied([1, 1], [1, 1, 1])).toEqual({ c: 1 });
  });

  it('gives the excess above a budget to the others, and keeps what nobody can take with the pledge', () => {
    const capped = [initiative('A', fourDonors, 700), initiative('C', twoDonors)];
    expect(amounts(round({ initiatives: capped, pledges: [pledge('p1', 1400)] }), 'p1')).toEqual({
      A: 700,
      C: 700,
    });

    const bothCapped = [initiative('A', fourDonors, 700), initiative('C', twoDonors, 300)];
    const plan = planFundingRound(round({ initiatives: bothCapped, pledges: [pledge('p1', 1400)] }));
    expect(plan.matchedTotalCents).toBe(1000);
    expect(plan.unallocatedMatchingCents).toBe(400);
  });

  it('caps what one pledge gives one initiative at maxShareBps of the pledge', () => {
    const initiatives = [initiative('A', fourDonors), initiative('C', twoDonors)];
    const pledges = [pledge('p1', 1400)];
    expect(amounts(round({ initiatives, pledges, maxShareBps: 5000 }), 'p1')).toEqual({ A: 700, C: 700 });

    const narrower = round({ initiatives, pledges, maxShareBps: 4000 });
    expect(amounts(narrower, 'p1')).toEqual({ A: 560, C: 560 });
    expect(planFundingRound(narrower).unallocatedMatchingCents).toBe(280);
  });

  it('lets a later pledge see only what earlier pledges left of a budget', () => {
    const input = round({
      initiatives: [initiative('A', fourDonors, 1000), initiative('C', twoDonors, 1000)],
      pledges: [pledge('p1', 1400), pledge('p2', 1000)],
    });
    expect(amounts(input, 'p1')).toEqual({ A: 1000, C: 400 });
    expect(amounts(input, 'p2')).toEqual({ C: 600 });
    expect(planFundingRound(input).allocations.map((allocation) => allocation.pledgeId)).toEqual([
      'p1',
      'p1',
      'p2',
    ]);
  });

  it('only matches initiatives in the districts and of the kinds of the pledge', () => {
    const input = round({
      initiatives: [
        initiative('A', twoDonors),
        initiative('D', twoDonors, 100_000, { districtCodes: ['75019', '75120'] }),
        initiative('K', twoDonors, 100_000, { kind: 'FOOD' }),
      ],
      pledges: [
        pledge('north', 900, { districtCodes: ['75120'] }),
        pledge('food', 900, { initiativeKinds: ['FOOD'] }),
        pledge('welcome-18', 900, { districtCodes: ['75018'], initiativeKinds: ['WELCOME'] }),
      ],
    });
    expect(amounts(input, 'north')).toEqual({ D: 900 });
    expect(amounts(input, 'food')).toEqual({ K: 900 });
    expect(amounts(input, 'welcome-18')).toEqual({ A: 900 });
  });

  it('splits the pool pro rata to the budgets still missing, the tied cent to the smaller id', () => {
    const input = round({
      initiatives: [initiative('c', [], 1000), initiative('a', [], 1000), initiative('b', [], 1000)],
      poolCents: 100,
    });
    expect(amounts(input, null)).toEqual({ a: 34, b: 33, c: 33 });
    expect(planFundingRound(input).allocations.map((allocation) => allocation.initiativeId)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('gives the pool after matching, and fills every budget when the pool is larger', () => {
    const input = round({
      initiatives: [initiative('A', fourDonors, 1500), initiative('B', [400], 500)],
      pledges: [pledge('p1', 1000)],
      poolCents: 5000,
    });
    const plan = planFundingRound(input);
    expect(amounts(input, null)).toEqual({ A: 500, B: 500 });
    expect(plan.poolAllocatedCents).toBe(1000);
    expect(plan.unallocatedPoolCents).toBe(4000);
    expect(plan.initiatives.map((figures) => figures.remainingBudgetAfterCents)).toEqual([0, 0]);
    expect(plan.allocations.map((allocation) => allocation.source)).toEqual(['MATCHING', 'POOL', 'POOL']);
  });

  it('does not depend on the order of initiatives or donors', () => {
    const input = round({
      initiatives: [initiative('A', [300, 100, 7]), initiative('C', twoDonors, 50), initiative('B', [400])],
      pledges: [pledge('p1', 999)],
      poolCents: 77,
    });
    const reordered = round({
      ...input,
      initiatives: [initiative('B', [400]), initiative('C', twoDonors, 50), initiative('A', [7, 300, 100])],
    });
    expect(planFundingRound(reordered)).toEqual(planFundingRound(input));
  });

  it.each<[string, FundingRoundInput, RegExp]>([
    ['a fractional pool', round({ poolCents: 10.5 }), /poolCents/],
    ['a negative pledge', round({ pledges: [pledge('p1', -1)] }), /pledges\[0\]\.availableCents/],
    [
      'a negative budget',
      round({ initiatives: [initiative('A', [], -5)] }),
      /initiatives\[0\]\.remainingBudgetCents/,
    ],
    [
      'a zero contribution',
      round({ initiatives: [initiative('A', [100, 0])] }),
      /initiatives\[0\]\.contributionsCents\[1\] must be positive/,
    ],
    [
      'a fractional contribution',
      round({ initiatives: [initiative('A', [0.5])] }),
      /contributionsCents\[0\]/,
    ],
    [
      'a repeated initiative id',
      round({ initiatives: [initiative('A', []), initiative('A', [])] }),
      /initiatives\[1\]\.id repeats/,
    ],
    [
      'a repeated pledge id',
      round({ pledges: [pledge('p', 1), pledge('p', 2)] }),
      /pledges\[1\]\.id repeats/,
    ],
    ['a maxShareBps of 0', round({ maxShareBps: 0 }), /maxShareBps/],
    ['a maxShareBps above 10000', round({ maxShareBps: 10001 }), /maxShareBps/],
    ['a fractional maxShareBps', round({ maxShareBps: 12.5 }), /maxShareBps/],
  ])('rejects %s', (_description, input, message) => {
    expect(() => planFundingRound(input)).toThrow(InvalidInstanceError);
    expect(() => planFundingRound(input)).toThrow(message);
  });
});
