import { InvalidInstanceError } from '../errors';

/**
 * A funding round: matching pledges are shared by quadratic funding, then a common pool pro rata to what is
 * still missing. Money is integer cents throughout.
 */

export interface FundingInitiative {
  id: string;
  /** e.g. "WELCOME". */
  kind: string;
  /** e.g. ["75018"]. */
  districtCodes: string[];
  /** Budget not yet covered. */
  remainingBudgetCents: number;
  /** One entry per distinct donor: that donor's net total to this initiative in the round's period. */
  contributionsCents: number[];
}

export interface MatchingPledge {
  id: string;
  /** What is left of the pledge. */
  availableCents: number;
  /** Empty: any district; else the initiative must share at least one. */
  districtCodes: string[];
  /** Empty: any kind; else the initiative's kind must be listed. */
  initiativeKinds: string[];
}

export interface FundingRoundInput {
  initiatives: FundingInitiative[];
  /** Processed in this order. */
  pledges: MatchingPledge[];
  /** The common fund, split pro rata to the budgets still missing after matching. */
  poolCents: number;
  /** 1..10000: an initiative gets at most floor(maxShareBps × availableCents / 10000) from one pledge. */
  maxShareBps?: number | null;
}

export interface FundingAllocation {
  initiativeId: string;
  source: 'MATCHING' | 'POOL';
  /** null for the pool. */
  pledgeId: string | null;
  amountCents: number;
  /** The initiative's raw quadratic match for MATCHING, 0 for POOL. */
  rawMatchCents: number;
}

export interface InitiativeRoundFigures {
  initiativeId: string;
  donorsCount: number;
  contributionsCents: number;
  /** Σ √contribution. */
  sqrtSum: number;
  /** (Σ √contribution)² − Σ contribution, rounded to the cent. */
  rawMatchCents: number;
  matchedCents: number;
  poolCents: number;
  remainingBudgetAfterCents: number;
}

export interface FundingRoundPlan {
  /** Matching first, pledges in input order, then the pool; by initiative id within each. */
  allocations: FundingAllocation[];
  /** By initiative id. */
  initiatives: InitiativeRoundFigures[];
  matchedTotalCents: number;
  poolAllocatedCents: number;
  /** What the pledges could not place; it stays with them. */
  unallocatedMatchingCents: number;
  unallocatedPoolCents: number;
}

/**
 * Plans a funding round. Each pledge, in order, is shared among the eligible initiatives in proportion to
 * their raw quadratic match, capped by what they still miss (and by maxShareBps); the pool then goes pro rata
 * to what every initiative still misses. Cents are placed by largest remainder, ties to the smaller id.
 *
 * The split weighs initiatives by rawMatchCents, the rounded figure the plan reports, rather than by the
 * float it comes from: every share is then an exact fraction of integers, so rounding cannot make a pledge
 * place a cent more or less than it should, and anyone can recompute the plan from its own figures.
 */
export function planFundingRound(input: FundingRoundInput): FundingRoundPlan {
  validateFundingRound(input);
  // What each initiative has received so far and still misses.
  const ledgers = [...input.initiatives]
    .sort((a, b) => compareIds(a.id, b.id))
    .map((initiative) => ({
      initiative,
      ...quadraticMatch(initiative.contributionsCents),
      missingCents: initiative.remainingBudgetCents,
      matchedCents: 0,
      poolCents: 0,
    }));
  const allocations: FundingAllocation[] = [];

  let unallocatedMatchingCents = 0;
  for (const pledge of input.pledges) {
    const shareCapCents =
      input.maxShareBps == null
        ? Infinity
        : Number((BigInt(input.maxShareBps) * BigInt(pledge.availableCents)) / 10000n);
    const eligible = ledgers.filter(({ initiative }) => isEligible(initiative, pledge));
    const shares = splitCents(
      pledge.availableCents,
      eligible.map((ledger) => ({
        id: ledger.initiative.id,
        weight: ledger.rawMatchCents,
        capCents: Math.min(ledger.missingCents, shareCapCents),
      })),
    );
    let placedCents = 0;
    eligible.forEach((ledger, index) => {
      const amountCents = shares[index];
      if (amountCents === 0) return;
      ledger.matchedCents += amountCents;
      ledger.missingCents -= amountCents;
      placedCents += amountCents;
      allocations.push({
        initiativeId: ledger.initiative.id,
        source: 'MATCHING',
        pledgeId: pledge.id,
        amountCents,
        rawMatchCents: ledger.rawMatchCents,
      });
    });
    unallocatedMatchingCents += pledge.availableCents - placedCents;
  }

  const poolShares = splitCents(
    input.poolCents,
    ledgers.map((ledger) => ({
      id: ledger.initiative.id,
      weight: ledger.missingCents,
      capCents: ledger.missingCents,
    })),
  );
  ledgers.forEach((ledger, index) => {
    ledger.poolCents = poolShares[index];
    ledger.missingCents -= ledger.poolCents;
    if (ledger.poolCents > 0) {
      allocations.push({
        initiativeId: ledger.initiative.id,
        source: 'POOL',
        pledgeId: null,
        amountCents: ledger.poolCents,
        rawMatchCents: 0,
      });
    }
  });

  const matchedTotalCents = sum(ledgers.map((ledger) => ledger.matchedCents));
  const poolAllocatedCents = sum(poolShares);
  return {
    allocations,
    initiatives: ledgers.map((ledger) => ({
      initiativeId: ledger.initiative.id,
      donorsCount: ledger.initiative.contributionsCents.length,
      contributionsCents: ledger.contributionsCents,
      sqrtSum: ledger.sqrtSum,
      rawMatchCents: ledger.rawMatchCents,
      matchedCents: ledger.matchedCents,
      poolCents: ledger.poolCents,
      remainingBudgetAfterCents: ledger.missingCents,
    })),
    matchedTotalCents,
    poolAllocatedCents,
    unallocatedMatchingCents,
    unallocatedPoolCents: input.poolCents - poolAllocatedCents,
  };
}

function quadraticMatch(contributions: readonly number[]): {
  contributionsCents: number;
  sqrtSum: number;
  rawMatchCents: number;
} {
  // Summed in ascending order so that the figures do not depend on the order donors are listed in.
  const ascending = [...contributions].sort((a, b) => a - b);
  const contributionsCents = sum(ascending);
  const sqrtSum = sum(ascending.map(Math.sqrt));
  // With two donors or more the exact value is at least 2, so rounding never turns a real match into 0; with
  // one donor it is 0 up to float noise.
  const rawMatchCents = Math.max(0, Math.round(sqrtSum * sqrtSum - contributionsCents));
  return { contributionsCents, sqrtSum, rawMatchCents };
}

function isEligible(initiative: FundingInitiative, pledge: MatchingPledge): boolean {
  const districtOk =
    pledge.districtCodes.length === 0 ||
    pledge.districtCodes.some((code) => initiative.districtCodes.includes(code));
  const kindOk = pledge.initiativeKinds.length === 0 || pledge.initiativeKinds.includes(initiative.kind);
  return districtOk && kindOk;
}

interface Claim {
  id: string;
  weight: number;
  capCents: number;
}

/**
 * Splits min(amountCents, Σ caps of the claims with a positive weight) in proportion to the weights, no claim
 * above its cap: a claim whose share would reach its cap gets the cap and the rest is re-shared among the
 * others (water-filling). The shares are exact fractions; their floors are completed one cent at a time by
 * largest remainder, ties to the smaller id. Returns the cents of each claim, in the order of the claims.
 */
function splitCents(amountCents: number, claims: readonly Claim[]): number[] {
  const cents = claims.map(() => 0);
  const open = claims
    .map((_claim, index) => index)
    .filter((i) => claims[i].weight > 0 && claims[i].capCents > 0);
  const capOf = (i: number): bigint => BigInt(claims[i].capCents);
  const weightOf = (i: number): bigint => BigInt(claims[i].weight);

  let toShare = BigInt(amountCents);
  if (bigSum(open.map(capOf)) <= toShare) {
    for (const i of open) cents[i] = claims[i].capCents;
    return cents;
  }
  let uncapped = open;
  for (;;) {
    const totalWeight = bigSum(uncapped.map(weightOf));
    const reachingCap = uncapped.filter((i) => capOf(i) * totalWeight <= toShare * weightOf(i));
    if (reachingCap.length === 0) break;
    for (const i of reachingCap) {
      cents[i] = claims[i].capCents;
      toShare -= capOf(i);
    }
    uncapped = uncapped.filter((i) => !reachingCap.includes(i));
  }

  // An uncapped share is below its cap, so its floor plus one cent still fits; and fewer cents are left over
  // than there are positive remainders, so a remainder of 0 never gets one.
  const totalWeight = bigSum(uncapped.map(weightOf));
  const quotients = uncapped.map((i) => {
    const numerator = toShare * weightOf(i);
    return { i, floor: numerator / totalWeight, remainder: numerator % totalWeight };
  });
  let leftoverCents = toShare - bigSum(quotients.map((quotient) => quotient.floor));
  quotients.sort((a, b) =>
    a.remainder === b.remainder
      ? compareIds(claims[a.i].id, claims[b.i].id)
      : a.remainder > b.remainder
        ? -1
        : 1,
  );
  for (const { i, floor } of quotients) {
    const extra = leftoverCents > 0n ? 1n : 0n;
    leftoverCents -= extra;
    cents[i] = Number(floor + extra);
  }
  return cents;
}

function validateFundingRound(input: FundingRoundInput): void {
  requireCents(input.poolCents, 'poolCents');
  const bps = input.maxShareBps;
  if (bps != null && !(Number.isInteger(bps) && bps >= 1 && bps <= 10000)) {
    fail(`maxShareBps must be an integer from 1 to 10000 (got ${bps})`);
  }
  requireDistinctIds(input.initiatives, 'initiatives');
  input.initiatives.forEach((initiative, index) => {
    requireCents(initiative.remainingBudgetCents, `initiatives[${index}].remainingBudgetCents`);
    initiative.contributionsCents.forEach((contribution, at) => {
      const path = `initiatives[${index}].contributionsCents[${at}]`;
      requireCents(contribution, path);
      if (contribution === 0) fail(`${path} must be positive: list only donors who gave`);
    });
  });
  requireDistinctIds(input.pledges, 'pledges');
  input.pledges.forEach((pledge, index) =>
    requireCents(pledge.availableCents, `pledges[${index}].availableCents`),
  );
}

function requireCents(value: number, path: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    fail(`${path} must be a non-negative integer number of cents (got ${value})`);
  }
}

function requireDistinctIds(lines: readonly { id: string }[], list: string): void {
  const seen = new Set<string>();
  lines.forEach(({ id }, index) => {
    if (seen.has(id)) fail(`${list}[${index}].id repeats the id "${id}"`);
    seen.add(id);
  });
}

function fail(message: string): never {
  throw new InvalidInstanceError(message);
}

/** Code-unit order, the same on every machine and locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
const bigSum = (values: readonly bigint[]): bigint => values.reduce((total, value) => total + value, 0n);
