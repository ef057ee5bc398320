import { type Grouping, groupBy, LineQueues } from './grouping';
import { hostingSolution, positivePairsByGuest } from './hosting';
import { buildItemNetwork, type ItemNetwork } from './item-network';
import { itemSolution, LineFlows } from './items';
import type { HostingSolution, ItemSolution } from './types';
import { validateHostingInstance, validateItemInstance } from './validate';

/**
 * First-come baseline for item allocation (not optimal; for comparison): needs in input order each take what
 * they can from the nearest point holding their item, then the next nearest, and so on (supply lines of a
 * point in input order, equal distances in order of first appearance of the point), skipping routes whose
 * margin is not positive.
 */
export function allocateItemsGreedy(instance: unknown): ItemSolution {
  const network = buildItemNetwork(validateItemInstance(instance));
  const { supplies, needs } = network.instance;
  const nearestFirst = routesNearestFirst(network);
  const supplyLines = new LineQueues(network.supplyNodeLines, (line) => supplies[line].quantity);
  const flows = new LineFlows();
  needs.forEach((need, needLine) => {
    const group = network.groupOfLine[needLine];
    if (group < 0) return;
    const district = network.groupDistrict[group];
    let left = need.quantity;
    for (let at = nearestFirst.start[district]; at < nearestFirst.start[district + 1] && left > 0; at++) {
      const route = nearestFirst.members[at];
      if (network.groupScaledValue[group] - network.routes.scaledCost[route] <= 0) break;
      const node = network.supplyNodeByItemPoint.get(
        network.groupItem[group] * network.pointCount + network.routes.point[route],
      );
      if (node === undefined) continue;
      while (left > 0 && supplyLines.available(node) > 0) {
        const quantity = Math.min(left, supplyLines.available(node));
        flows.add(supplyLines.currentLine(node), needLine, quantity);
        supplyLines.consume(node, quantity);
        left -= quantity;
      }
    }
  });
  return itemSolution(network, flows);
}

/** For each district, the routes reaching it from the nearest point to the farthest. */
function routesNearestFirst(network: ItemNetwork): Grouping {
  const { routes } = network;
  const byDistrict = groupBy(routes.district, network.districtCount);
  for (let district = 0; district + 1 < byDistrict.start.length; district++) {
    byDistrict.members
      .subarray(byDistrict.start[district], byDistrict.start[district + 1])
      .sort((a, b) => routes.distance[a] - routes.distance[b] || routes.point[a] - routes.point[b]);
  }
  return byDistrict;
}

/**
 * First-come baseline for hosting (not optimal; for comparison): guests in input order each take the
 * best-scoring host that still has room (equal scores: the pair listed first), if any pair scores above 0.
 */
export function matchHostingGreedy(instance: unknown): HostingSolution {
  const tables = validateHostingInstance(instance);
  const { pairs, start } = positivePairsByGuest(tables);
  const room = Float64Array.from(tables.hostCapacity);
  const matched: number[] = [];
  for (let guest = 0; guest < tables.guestIds.length; guest++) {
    let best = -1;
    for (let at = start[guest]; at < start[guest + 1]; at++) {
      const pair = pairs[at];
      if (room[tables.pairHost[pair]] > 0 && (best < 0 || tables.pairScore[pair] > tables.pairScore[best]))
        best = pair;
    }
    if (best >= 0) {
      room[tables.pairHost[best]]--;
      matched.push(best);
    }
  }
  return hostingSolution(tables, matched);
}
