import {
  chooseScale,
  DecimalSum,
  decimalToNumber,
  largestPower,
  placesNeeded,
  scaleAllToIntegers,
  toDecimal,
} from './decimal';
import { groupBy } from './grouping';
import { solveTransport } from './transport-solver';
import type { HostingSolution } from './types';
import { type HostingTables, validateHostingInstance } from './validate';

/**
 * Optimal hosting: a maximum-score b-matching (each guest at most once, each host at most capacity times), solved
 * exactly as a transportation problem with guests as demand nodes and hosts as capacity nodes. Throws
 * InvalidInstanceError on a malformed instance.
 */
export function matchHosting(instance: unknown): HostingSolution {
  const tables = validateHostingInstance(instance);
  const { pairs, start } = positivePairsByGuest(tables);
  const arcRight = new Int32Array(pairs.length);
  const arcScore = new Float64Array(pairs.length);
  for (let arc = 0; arc < pairs.length; arc++) {
    arcRight[arc] = tables.pairHost[pairs[arc]];
    arcScore[arc] = tables.pairScore[pairs[arc]];
  }
  const flow = solveTransport({
    demand: new Float64Array(tables.guestIds.length).fill(1),
    capacity: tables.hostCapacity,
    arcStart: start,
    arcRight,
    arcProfit: scaledScores(arcScore),
  });
  const matched: number[] = [];
  for (let arc = 0; arc < flow.length; arc++) if (flow[arc] > 0) matched.push(pairs[arc]);
  return hostingSolution(tables, matched);
}

/** Pairs with a positive score (the others never help), grouped by guest, each guest's pairs in input order. */
export function positivePairsByGuest(tables: HostingTables): { pairs: Int32Array; start: Int32Array } {
  const { pairGuest, pairScore, guestIds } = tables;
  const guestOfPositive = new Int32Array(pairGuest.length);
  for (let pair = 0; pair < pairGuest.length; pair++)
    guestOfPositive[pair] = pairScore[pair] > 0 ? pairGuest[pair] : -1;
  const { start, members } = groupBy(guestOfPositive, guestIds.length);
  return { pairs: members, start };
}

/** Scores × 10^power as integers: exact when the scores' decimal places allow it, else rounded (see README). */
function scaledScores(scores: Float64Array): Float64Array {
  let largest = 0;
  for (let at = 0; at < scores.length; at++) if (scores[at] > largest) largest = scores[at];
  const maxPower = largestPower(largest);
  return scaleAllToIntegers(scores, chooseScale(placesNeeded(scores, maxPower), maxPower).power);
}

/** Matches sorted by host then guest (input order); the objective summed exactly in decimal, rounded once. */
export function hostingSolution(tables: HostingTables, matchedPairs: readonly number[]): HostingSolution {
  const { pairHost, pairGuest, hostIds, guestIds, pairScore } = tables;
  const sorted = Int32Array.from(matchedPairs).sort(
    (a, b) => pairHost[a] - pairHost[b] || pairGuest[a] - pairGuest[b],
  );
  const sum = new DecimalSum();
  const matches = new Array<{ host: string; guest: string }>(sorted.length);
  for (let at = 0; at < sorted.length; at++) {
    const pair = sorted[at];
    sum.add(toDecimal(pairScore[pair]));
    matches[at] = { host: hostIds[pairHost[pair]], guest: guestIds[pairGuest[pair]] };
  }
  return { matches, objective: decimalToNumber(sum.total()) };
}
