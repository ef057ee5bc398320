import {
  addDecimals,
  type Decimal,
  DecimalSum,
  decimalToNumber,
  multiplyDecimals,
  negateDecimal,
  toDecimal,
} from './decimal';
import { LineQueues } from './grouping';
import { buildItemNetwork, type ItemNetwork } from './item-network';
import { solveTransport, type TransportProblem } from './transport-solver';
import type { ItemSolution } from './types';
import { validateItemInstance } from './validate';

/**
 * Optimal item allocation: maximises Σ quantity × (need value − costPerKm × distance) over integer quantities.
 * Items are independent, so each item's aggregated network (supply nodes × need groups) is solved on its own,
 * exactly, then the flow is split back onto the original lines. Throws InvalidInstanceError on a malformed
 * instance.
 */
export function allocateItems(instance: unknown): ItemSolution {
  const network = buildItemNetwork(validateItemInstance(instance));
  const flows = new LineFlows();
  const splitter = new LineSplitter(network);
  for (let item = 0; item < network.itemCount; item++) {
    const problem = itemProblem(network, item);
    if (problem === null) continue;
    const flow = solveTransport(problem);
    for (let arc = 0; arc < flow.length; arc++) {
      if (flow[arc] > 0) splitter.split(problem.arcGroup[arc], problem.arcSupplyNode[arc], flow[arc], flows);
    }
  }
  return itemSolution(network, flows);
}

interface ItemProblem extends TransportProblem {
  /** Global need group and supply node of each arc. */
  readonly arcGroup: Int32Array;
  readonly arcSupplyNode: Int32Array;
}

/** Left nodes: the item's need groups; right nodes: its supply nodes; arcs: routes with a positive margin. */
function itemProblem(network: ItemNetwork, item: number): ItemProblem | null {
  const { groupsOfItem, supplyNodesOfItem, routes } = network;
  const groupsFrom = groupsOfItem.start[item];
  const groupCount = groupsOfItem.start[item + 1] - groupsFrom;
  const nodesFrom = supplyNodesOfItem.start[item];
  const nodeCount = supplyNodesOfItem.start[item + 1] - nodesFrom;
  if (groupCount === 0 || nodeCount === 0) return null;

  const maxArcs = groupCount * nodeCount;
  const arcStart = new Int32Array(groupCount + 1);
  const arcRight = new Int32Array(maxArcs);
  const arcProfit = new Float64Array(maxArcs);
  const arcGroup = new Int32Array(maxArcs);
  const arcSupplyNode = new Int32Array(maxArcs);
  let arcCount = 0;
  for (let left = 0; left < groupCount; left++) {
    const group = groupsOfItem.members[groupsFrom + left];
    const district = network.groupDistrict[group];
    const value = network.groupScaledValue[group];
    for (let right = 0; right < nodeCount; right++) {
      const node = supplyNodesOfItem.members[nodesFrom + right];
      const route = routes.find(network.supplyNodePoint[node], district);
      if (route < 0) continue;
      const profit = value - routes.scaledCost[route];
      if (profit <= 0) continue;
      arcRight[arcCount] = right;
      arcProfit[arcCount] = profit;
      arcGroup[arcCount] = group;
      arcSupplyNode[arcCount] = node;
      arcCount++;
    }
    arcStart[left + 1] = arcCount;
  }
  if (arcCount === 0) return null;

  const demand = new Float64Array(groupCount);
  for (let left = 0; left < groupCount; left++)
    demand[left] = network.groupDemand[groupsOfItem.members[groupsFrom + left]];
  const capacity = new Float64Array(nodeCount);
  for (let right = 0; right < nodeCount; right++) {
    capacity[right] = network.supplyNodeCapacity[supplyNodesOfItem.members[nodesFrom + right]];
  }
  return {
    demand,
    capacity,
    arcStart,
    arcRight: arcRight.subarray(0, arcCount),
    arcProfit: arcProfit.subarray(0, arcCount),
    arcGroup: arcGroup.subarray(0, arcCount),
    arcSupplyNode: arcSupplyNode.subarray(0, arcCount),
  };
}

/** Quantities moved from supply lines to need lines, as parallel lists of input indexes. */
export class LineFlows {
  readonly supplyLine: number[] = [];
  readonly needLine: number[] = [];
  readonly quantity: number[] = [];

  add(supplyLine: number, needLine: number, quantity: number): void {
    this.supplyLine.push(supplyLine);
    this.needLine.push(needLine);
    this.quantity.push(quantity);
  }
}

/**
 * Splits node-to-group flows onto lines: each supply node hands out its lines in input order, each need group
 * fills its lines in input order, so the result is deterministic and every line stays within its quantity.
 */
class LineSplitter {
  private readonly supplyLines: LineQueues;
  private readonly needLines: LineQueues;

  constructor(network: ItemNetwork) {
    const { supplies, needs } = network.instance;
    this.supplyLines = new LineQueues(network.supplyNodeLines, (line) => supplies[line].quantity);
    this.needLines = new LineQueues(network.groupLines, (line) => needs[line].quantity);
  }

  split(group: number, supplyNode: number, amount: number, flows: LineFlows): void {
    for (let left = amount; left > 0;) {
      const quantity = Math.min(
        left,
        this.supplyLines.available(supplyNode),
        this.needLines.available(group),
      );
      flows.add(this.supplyLines.currentLine(supplyNode), this.needLines.currentLine(group), quantity);
      this.supplyLines.consume(supplyNode, quantity);
      this.needLines.consume(group, quantity);
      left -= quantity;
    }
  }
}

/**
 * The solution document: allocations sorted by supply then need (input order), and the objective summed exactly
 * in decimal from the numbers as written, then rounded once to the nearest double.
 */
export function itemSolution(network: ItemNetwork, flows: LineFlows): ItemSolution {
  const { supplies, needs } = network.instance;
  const order = sortedFlowOrder(flows, supplies.length);
  const allocations = new Array<{ supply: string; need: string; quantity: number }>(order.length);
  for (let at = 0; at < order.length; at++) {
    const flow = order[at];
    allocations[at] = {
      supply: supplies[flows.supplyLine[flow]].id,
      need: needs[flows.needLine[flow]].id,
      quantity: flows.quantity[flow],
    };
  }
  return { allocations, objective: decimalToNumber(itemObjective(network, flows)) };
}

/** Flows ordered by supply line, then need line: a counting sort on the supply line, then a sort within each. */
function sortedFlowOrder(flows: LineFlows, supplyCount: number): Int32Array {
  const { supplyLine, needLine } = flows;
  const start = new Int32Array(supplyCount + 1);
  for (let at = 0; at < supplyLine.length; at++) start[supplyLine[at] + 1]++;
  for (let line = 0; line < supplyCount; line++) start[line + 1] += start[line];
  const next = start.slice(0, supplyCount);
  const order = new Int32Array(supplyLine.length);
  for (let at = 0; at < supplyLine.length; at++) order[next[supplyLine[at]]++] = at;
  for (let line = 0; line < supplyCount; line++) {
    if (start[line + 1] - start[line] > 16) {
      order.subarray(start[line], start[line + 1]).sort((a, b) => needLine[a] - needLine[b]);
      continue;
    }
    for (let at = start[line] + 1; at < start[line + 1]; at++) {
      const flow = order[at];
      let to = at;
      for (; to > start[line] && needLine[order[to - 1]] > needLine[flow]; to--) order[to] = order[to - 1];
      order[to] = flow;
    }
  }
  return order;
}

/** Σ quantity × (value − costPerKm × distance), exactly. */
function itemObjective(network: ItemNetwork, flows: LineFlows): Decimal {
  const { routes, scale } = network;
  const routeOfFlow = new Int32Array(flows.quantity.length);
  const groupOfFlow = new Int32Array(flows.quantity.length);
  for (let at = 0; at < flows.quantity.length; at++) {
    const group = network.groupOfLine[flows.needLine[at]];
    const point = network.supplyNodePoint[network.supplyNodeOfLine[flows.supplyLine[at]]];
    groupOfFlow[at] = group;
    routeOfFlow[at] = routes.find(point, network.groupDistrict[group]);
  }
  if (!scale.exact) return decimalObjective(network, flows.quantity, groupOfFlow, routeOfFlow);
  // Scaled margins are the exact decimal margins × 10^power: sum integers, in doubles while they stay exact.
  let safeSum = 0;
  let bigSum = 0n;
  for (let at = 0; at < flows.quantity.length; at++) {
    const term =
      flows.quantity[at] * (network.groupScaledValue[groupOfFlow[at]] - routes.scaledCost[routeOfFlow[at]]);
    if (Math.abs(term) <= Number.MAX_SAFE_INTEGER && Math.abs(safeSum + term) <= Number.MAX_SAFE_INTEGER) {
      safeSum += term;
    } else {
      const margin = network.groupScaledValue[groupOfFlow[at]] - routes.scaledCost[routeOfFlow[at]];
      bigSum += BigInt(flows.quantity[at]) * BigInt(margin);
    }
  }
  return { units: bigSum + BigInt(safeSum), places: scale.power };
}

/** The same sum from the decimals as written, for instances whose margins had to be rounded for the solver. */
function decimalObjective(
  network: ItemNetwork,
  quantities: readonly number[],
  groupOfFlow: Int32Array,
  routeOfFlow: Int32Array,
): Decimal {
  const costPerKm = toDecimal(network.instance.costPerKm);
  const marginByGroupRoute = new Map<number, Map<number, Decimal>>();
  const sum = new DecimalSum();
  for (let at = 0; at < quantities.length; at++) {
    const group = groupOfFlow[at];
    const route = routeOfFlow[at];
    let byRoute = marginByGroupRoute.get(group);
    if (byRoute === undefined) marginByGroupRoute.set(group, (byRoute = new Map()));
    let margin = byRoute.get(route);
    if (margin === undefined) {
      const cost = multiplyDecimals(costPerKm, toDecimal(network.routes.distance[route]));
      margin = addDecimals(toDecimal(network.groupValue[group]), negateDecimal(cost));
      byRoute.set(route, margin);
    }
    sum.add({ units: margin.units * BigInt(quantities[at]), places: margin.places });
  }
  return sum.total();
}
