/**
 * Exhaustive optima for tiny instances (tests only): every integer solution is enumerated, with no shortcut
 * borrowed from the library (all same-item routes are variables, whatever their margin).
 */
import type { HostingInstance, ItemInstance } from '../src';

export function bruteForceItems(instance: ItemInstance): number {
  const variables: { supply: number; need: number; margin: number }[] = [];
  instance.supplies.forEach((supply, s) =>
    instance.needs.forEach((need, n) => {
      const distance = instance.distanceKm[supply.point]?.[need.district];
      if (supply.item === need.item && distance !== undefined) {
        variables.push({ supply: s, need: n, margin: need.value - instance.costPerKm * distance });
      }
    }),
  );
  const supplyLeft = instance.supplies.map((supply) => supply.quantity);
  const needLeft = instance.needs.map((need) => need.quantity);
  let best = 0;
  const search = (k: number, objective: number): void => {
    if (k === variables.length) {
      best = Math.max(best, objective);
      return;
    }
    const { supply, need, margin } = variables[k];
    const most = Math.min(supplyLeft[supply], needLeft[need]);
    for (let quantity = 0; quantity <= most; quantity++) {
      supplyLeft[supply] -= quantity;
      needLeft[need] -= quantity;
      search(k + 1, objective + quantity * margin);
      supplyLeft[supply] += quantity;
      needLeft[need] += quantity;
    }
  };
  search(0, 0);
  return best;
}

export function bruteForceHosting(instance: HostingInstance): number {
  const room = new Map(instance.hosts.map((host) => [host.id, host.capacity ?? 1]));
  const matched = new Set<string>();
  let best = 0;
  const search = (k: number, objective: number): void => {
    if (k === instance.pairs.length) {
      best = Math.max(best, objective);
      return;
    }
    search(k + 1, objective);
    const { host, guest, score } = instance.pairs[k];
    if (matched.has(guest) || (room.get(host) ?? 0) === 0) return;
    matched.add(guest);
    room.set(host, (room.get(host) ?? 0) - 1);
    search(k + 1, objective + score);
    matched.delete(guest);
    room.set(host, (room.get(host) ?? 0) + 1);
  };
  search(0, 0);
  return best;
}
