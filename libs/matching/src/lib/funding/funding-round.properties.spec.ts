import fc from 'fast-check';

import {
  type FundingInitiative,
  type FundingRoundInput,
  type FundingRoundPlan,
  type MatchingPledge,
  planFundingRound,
} from './funding-round';

const DISTRICTS = ['75018', '75019', '75120'];
const KINDS = ['WELCOME', 'FOOD'];

/** Small amounts, few cents to share and repeated square contributions, so that caps bind and shares tie often. */
const contributionArbitrary = fc.oneof(fc.constantFrom(1, 4, 100, 400), fc.integer({ min: 1, max: 2000 }));
const fewOrManyCents = (max: number) =>
  fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max }));

const initiativeArbitrary: fc.Arbitrary<FundingInitiative> = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
  kind: fc.constantFrom(...KINDS),
  districtCodes: fc.subarray(DISTRICTS),
  remainingBudgetCents: fewOrManyCents(3000),
  contributionsCents: fc.array(contributionArbitrary, { maxLength: 6 }),
});

const pledgeArbitrary: fc.Arbitrary<MatchingPledge> = fc.record({
  id: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
  availableCents: fewOrManyCents(5000),
  districtCodes: fc.subarray(DISTRICTS, { maxLength: 2 }),
  initiativeKinds: fc.subarray(KINDS, { maxLength: 1 }),
});

const roundArbitrary: fc.Arbitrary<FundingRoundInput> = fc.record({
  initiatives: fc.uniqueArray(initiativeArbitrary, { selector: (initiative) => initiative.id, maxLength: 7 }),
  pledges: fc.uniqueArray(pledgeArbitrary, { selector: (pledge) => pledge.id, maxLength: 4 }),
  poolCents: fewOrManyCents(5000),
  maxShareBps: fc.option(fc.integer({ min: 1, max: 10000 }), { nil: null }),
});

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

const isEligible = (initiative: FundingInitiative, pledge: MatchingPledge): boolean =>
  (pledge.districtCodes.length === 0 ||
    pledge.districtCodes.some((d) => initiative.districtCodes.includes(d))) &&
  (pledge.initiativeKinds.length === 0 || pledge.initiativeKinds.includes(initiative.kind));

interface Split {
  /** What was to share, and among whom: weight and cap by initiative id. */
  availableCents: number;
  claims: { id: string; weight: number; capCents: number }[];
  given: Map<string, number>;
}

/**
 * Replays a plan pledge by pledge, then the pool, tracking each initiative's missing budget from the plan's
 * own allocations. A raw match is positive exactly when there are two donors or more.
 */
function replay(input: FundingRoundInput, plan: FundingRoundPlan): { pledges: Split[]; pool: Split } {
  const missing = new Map(
    input.initiatives.map((initiative) => [initiative.id, initiative.remainingBudgetCents]),
  );
  const rawMatch = new Map(plan.initiatives.map((figures) => [figures.initiativeId, figures.rawMatchCents]));
  const givenBy = (pledgeId: string | null): Map<string, number> =>
    new Map(
      plan.allocations
        .filter((allocation) => allocation.pledgeId === pledgeId)
        .map((allocation) => [allocation.initiativeId, allocation.amountCents]),
    );
  const take = (split: Split): Split => {
    for (const [id, amount] of split.given) missing.set(id, (missing.get(id) ?? 0) - amount);
    return split;
  };

  const pledges = input.pledges.map((pledge) => {
    const shareCap =
      input.maxShareBps == null ? Infinity : Math.floor((input.maxShareBps * pledge.availableCents) / 10000);
    return take({
      availableCents: pledge.availableCents,
      claims: input.initiatives
        .filter((initiative) => initiative.contributionsCents.length >= 2 && isEligible(initiative, pledge))
        .map((initiative) => ({
          id: initiative.id,
          weight: rawMatch.get(initiative.id) ?? 0,
          capCents: Math.min(missing.get(initiative.id) ?? 0, shareCap),
        })),
      given: givenBy(pledge.id),
    });
  });
  const pool = take({
    availableCents: input.poolCents,
    claims: input.initiatives.map(({ id }) => ({
      id,
      weight: missing.get(id) ?? 0,
      capCents: missing.get(id) ?? 0,
    })),
    given: givenBy(null),
  });
  return { pledges, pool };
}

/** The exact water-filled shares min(cap, λ·weight), λ found by bisection. */
function idealShares({ availableCents, claims }: Split): Map<string, number> {
  const live = claims.filter((claim) => claim.weight > 0 && claim.capCents > 0);
  const target = Math.min(availableCents, sum(live.map((claim) => claim.capCents)));
  const shareAt = (level: number) => live.map((claim) => Math.min(claim.capCents, level * claim.weight));
  let low = 0;
  let high = Math.max(0, ...live.map((claim) => claim.capCents / claim.weight));
  for (let step = 0; step < 200; step++) {
    const middle = (low + high) / 2;
    if (sum(shareAt(middle)) < target) low = middle;
    else high = middle;
  }
  const shares = shareAt(high);
  return new Map(live.map((claim, index) => [claim.id, shares[index]]));
}

describe('planFundingRound, on random rounds', () => {
  it('places min(available, Σ caps) of every pledge and min(pool, Σ missing) of the pool, to the cent', () => {
    fc.assert(
      fc.property(roundArbitrary, (input) => {
        const plan = planFundingRound(input);
        const { pledges, pool } = replay(input, plan);
        for (const split of [...pledges, pool]) {
          const capacity = sum(split.claims.map((claim) => claim.capCents));
          expect(sum([...split.given.values()])).toBe(Math.min(split.availableCents, capacity));
        }
        expect(plan.matchedTotalCents + plan.unallocatedMatchingCents).toBe(
          sum(input.pledges.map((pledge) => pledge.availableCents)),
        );
        expect(plan.poolAllocatedCents + plan.unallocatedPoolCents).toBe(input.poolCents);
      }),
      { numRuns: 200 },
    );
  });

  it('never gives an initiative more than its budget, nor a pledge more than it has', () => {
    fc.assert(
      fc.property(roundArbitrary, (input) => {
        const plan = planFundingRound(input);
        for (const allocation of plan.allocations) expect(allocation.amountCents).toBeGreaterThan(0);
        for (const pledge of input.pledges) {
          const given = plan.allocations.filter((allocation) => allocation.pledgeId === pledge.id);
          expect(sum(given.map((allocation) => allocation.amountCents))).toBeLessThanOrEqual(
            pledge.availableCents,
          );
        }
        for (const initiative of input.initiatives) {
          const figures = plan.initiatives.find((line) => line.initiativeId === initiative.id);
          const received = plan.allocations.filter((allocation) => allocation.initiativeId === initiative.id);
          expect(figures).toBeDefined();
          expect(figures!.matchedCents + figures!.poolCents).toBe(
            sum(received.map((line) => line.amountCents)),
          );
          expect(figures!.matchedCents + figures!.poolCents).toBeLessThanOrEqual(
            initiative.remainingBudgetCents,
          );
          expect(figures!.remainingBudgetAfterCents).toBe(
            initiative.remainingBudgetCents - figures!.matchedCents - figures!.poolCents,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every amount within a cent of its exact share by the reported raw matches, by largest remainder', () => {
    fc.assert(
      fc.property(roundArbitrary, (input) => {
        const plan = planFundingRound(input);
        for (const figures of plan.initiatives) {
          const contributions = input.initiatives.find(
            (line) => line.id === figures.initiativeId,
          )!.contributionsCents;
          const exactRaw = sum(contributions.map(Math.sqrt)) ** 2 - sum(contributions);
          expect(Math.abs(figures.rawMatchCents - exactRaw)).toBeLessThanOrEqual(0.5 + 1e-6);
        }
        const { pledges, pool } = replay(input, plan);
        for (const split of [...pledges, pool]) {
          const ideal = idealShares(split);
          for (const id of split.given.keys()) expect(ideal.has(id)).toBe(true);
          for (const [id, share] of ideal) {
            expect(Math.abs((split.given.get(id) ?? 0) - share)).toBeLessThan(1 + 1e-6);
          }
          // The extra cents go to the largest remainders.
          const remainders = [...ideal].map(([id, share]) => ({
            fraction: share - Math.floor(share),
            roundedUp: (split.given.get(id) ?? 0) > Math.floor(share),
          }));
          const smallestRoundedUp = Math.min(...remainders.filter((r) => r.roundedUp).map((r) => r.fraction));
          const largestRoundedDown = Math.max(
            ...remainders.filter((r) => !r.roundedUp).map((r) => r.fraction),
          );
          expect(largestRoundedDown).toBeLessThanOrEqual(smallestRoundedUp + 1e-6);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never lowers the match of an initiative that gains one more donor', () => {
    const singlePledgeRound = fc.record({
      initiatives: fc.uniqueArray(initiativeArbitrary, {
        selector: (initiative) => initiative.id,
        minLength: 1,
        maxLength: 7,
      }),
      // Open to every initiative, as eligibility plays no part here.
      pledges: pledgeArbitrary.map((pledge) => [{ ...pledge, districtCodes: [], initiativeKinds: [] }]),
      poolCents: fc.constant(0),
    });
    fc.assert(
      fc.property(singlePledgeRound, fc.nat(), contributionArbitrary, (input, pick, contribution) => {
        const target = input.initiatives[pick % input.initiatives.length];
        const withDonor: FundingRoundInput = {
          ...input,
          initiatives: input.initiatives.map((initiative) =>
            initiative === target
              ? { ...initiative, contributionsCents: [...initiative.contributionsCents, contribution] }
              : initiative,
          ),
        };
        const matched = (plan: FundingRoundPlan) =>
          plan.initiatives.find((figures) => figures.initiativeId === target.id)!.matchedCents;
        expect(matched(planFundingRound(withDonor))).toBeGreaterThanOrEqual(matched(planFundingRound(input)));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same plan whatever the order of the initiatives', () => {
    fc.assert(
      fc.property(
        roundArbitrary.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(input.initiatives, {
              minLength: input.initiatives.length,
              maxLength: input.initiatives.length,
            }),
          ),
        ),
        ([input, shuffled]) => {
          expect(planFundingRound({ ...input, initiatives: shuffled })).toEqual(planFundingRound(input));
        },
      ),
      { numRuns: 200 },
    );
  });
});
