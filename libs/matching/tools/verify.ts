/**
 * Independent feasibility checks of solutions (tests and benchmark). Each returns the objective recomputed
 * from the instance in plain floating point, or throws naming the violated constraint.
 */
import type { HostingInstance, HostingSolution, ItemInstance, ItemSolution } from '../src';

export function checkItemSolution(instance: ItemInstance, solution: ItemSolution): number {
  const supplies = new Map(instance.supplies.map((supply) => [supply.id, supply]));
  const needs = new Map(instance.needs.map((need) => [need.id, need]));
  const shipped = new Map<string, number>();
  const received = new Map<string, number>();
  const seen = new Set<string>();
  let objective = 0;
  for (const { supply: supplyId, need: needId, quantity } of solution.allocations) {
    const supply = supplies.get(supplyId);
    const need = needs.get(needId);
    if (!supply || !need) throw new Error(`allocation ${supplyId} → ${needId} names an unknown line`);
    if (!Number.isSafeInteger(quantity) || quantity <= 0) throw new Error(`allocation quantity ${quantity}`);
    if (supply.item !== need.item) throw new Error(`allocation ${supplyId} → ${needId} mixes items`);
    const distance = instance.distanceKm[supply.point]?.[need.district];
    if (distance === undefined) throw new Error(`allocation ${supplyId} → ${needId} has no route`);
    const key = JSON.stringify([supplyId, needId]);
    if (seen.has(key)) throw new Error(`allocation ${supplyId} → ${needId} listed twice`);
    seen.add(key);
    shipped.set(supplyId, (shipped.get(supplyId) ?? 0) + quantity);
    received.set(needId, (received.get(needId) ?? 0) + quantity);
    objective += quantity * (need.value - instance.costPerKm * distance);
  }
  for (const [id, quantity] of shipped) {
    if (quantity > (supplies.get(id)?.quantity ?? 0)) throw new Error(`supply ${id} ships ${quantity}`);
  }
  for (const [id, quantity] of received) {
    if (quantity > (needs.get(id)?.quantity ?? 0)) throw new Error(`need ${id} receives ${quantity}`);
  }
  return objective;
}

export function checkHostingSolution(instance: HostingInstance, solution: HostingSolution): number {
  const capacity = new Map(instance.hosts.map((host) => [host.id, host.capacity ?? 1]));
  const bestScore = new Map<string, number>();
  for (const pair of instance.pairs) {
    const key = JSON.stringify([pair.host, pair.guest]);
    bestScore.set(key, Math.max(bestScore.get(key) ?? -Infinity, pair.score));
  }
  const hosted = new Map<string, number>();
  const matchedGuests = new Set<string>();
  let objective = 0;
  for (const { host, guest } of solution.matches) {
    const score = bestScore.get(JSON.stringify([host, guest]));
    if (score === undefined) throw new Error(`match ${host} – ${guest} is not a candidate pair`);
    if (matchedGuests.has(guest)) throw new Error(`guest ${guest} matched twice`);
    matchedGuests.add(guest);
    hosted.set(host, (hosted.get(host) ?? 0) + 1);
    if ((hosted.get(host) ?? 0) > (capacity.get(host) ?? 0)) throw new Error(`host ${host} over capacity`);
    objective += score;
  }
  return objective;
}
