import { chooseScale, largestPower, placesNeeded, type Scale, scaleToInteger } from './decimal';
import { type Grouping, groupBy } from './grouping';
import type { ItemInstance } from './types';

/**
 * The aggregated view of an item instance. Supply lines of the same item at the same point are interchangeable,
 * and so are need lines of the same item, district and value, so each set becomes one node:
 * a supply node (item, point) and a need group (item, district, value). Nodes and groups are numbered in order of
 * first appearance, and each keeps its lines in input order, which fixes how flows are split back onto lines.
 */
export interface ItemNetwork {
  readonly instance: ItemInstance;
  readonly scale: Scale;
  readonly itemCount: number;
  readonly routes: RouteTable;

  /** Supply node of each supply line; -1 for lines that can never be used (zero quantity, point without routes). */
  readonly supplyNodeOfLine: Int32Array;
  readonly supplyNodeItem: Int32Array;
  readonly supplyNodePoint: Int32Array;
  readonly supplyNodeCapacity: Float64Array;
  readonly supplyNodeLines: Grouping;
  /** supplyNodeByItemPoint.get(item * pointCount + point) */
  readonly supplyNodeByItemPoint: Map<number, number>;
  readonly pointCount: number;
  readonly districtCount: number;

  /** Need group of each need line; -1 for lines with zero quantity. */
  readonly groupOfLine: Int32Array;
  readonly groupItem: Int32Array;
  readonly groupDistrict: Int32Array;
  readonly groupValue: Float64Array;
  /** The group's value × 10^scale.power, rounded. */
  readonly groupScaledValue: Float64Array;
  readonly groupDemand: Float64Array;
  readonly groupLines: Grouping;

  readonly supplyNodesOfItem: Grouping;
  readonly groupsOfItem: Grouping;
}

/** The (point, district) pairs that have a distance, with their transport cost per unit. */
export interface RouteTable {
  readonly distance: Float64Array;
  /** costPerKm × distance × 10^scale.power, an integer (exact when scale.exact). */
  readonly scaledCost: Float64Array;
  readonly point: Int32Array;
  readonly district: Int32Array;
  /** Route index of (point, district), or -1. */
  find(point: number, district: number): number;
}

/** Route lookups use a dense matrix unless points × districts is huge, then a map. */
const DENSE_ROUTE_LIMIT = 1 << 24;

export function buildItemNetwork(instance: ItemInstance): ItemNetwork {
  const { supplies, needs, distanceKm } = instance;
  const itemIndex = new Map<string, number>();
  const indexItem = (item: string): number => indexOf(itemIndex, item);
  const supplyItems = supplies.map((supply) => indexItem(supply.item));
  const needItems = needs.map((need) => indexItem(need.item));

  const pointIndex = new Map<string, number>();
  const supplyPoints = supplies.map((supply) =>
    supply.quantity > 0 && Object.hasOwn(distanceKm, supply.point) ? indexOf(pointIndex, supply.point) : -1,
  );
  const districtIndex = new Map<string, number>();
  const needDistricts = needs.map((need) => (need.quantity > 0 ? indexOf(districtIndex, need.district) : -1));
  const pointCount = pointIndex.size;

  const supplyNodeByItemPoint = new Map<number, number>();
  const supplyNodeOfLine = new Int32Array(supplies.length).fill(-1);
  const nodeItem: number[] = [];
  const nodePoint: number[] = [];
  supplies.forEach((_, line) => {
    const point = supplyPoints[line];
    if (point < 0) return;
    const key = supplyItems[line] * pointCount + point;
    let node = supplyNodeByItemPoint.get(key);
    if (node === undefined) {
      node = nodeItem.length;
      supplyNodeByItemPoint.set(key, node);
      nodeItem.push(supplyItems[line]);
      nodePoint.push(point);
    }
    supplyNodeOfLine[line] = node;
  });

  const groupByItemDistrict = new Map<number, Map<number, number>>();
  const groupOfLine = new Int32Array(needs.length).fill(-1);
  const groupItem: number[] = [];
  const groupDistrict: number[] = [];
  const groupValue: number[] = [];
  needs.forEach((need, line) => {
    const district = needDistricts[line];
    if (district < 0) return;
    const key = needItems[line] * districtIndex.size + district;
    let byValue = groupByItemDistrict.get(key);
    if (byValue === undefined) groupByItemDistrict.set(key, (byValue = new Map()));
    let group = byValue.get(need.value);
    if (group === undefined) {
      group = groupItem.length;
      byValue.set(need.value, group);
      groupItem.push(needItems[line]);
      groupDistrict.push(district);
      groupValue.push(need.value);
    }
    groupOfLine[line] = group;
  });

  const routeDistances = collectRoutes(instance, pointIndex, districtIndex);
  const values = Float64Array.from(groupValue);
  const scale = itemScale(instance.costPerKm, values, routeDistances.distance);
  const routes = routeTable(routeDistances, instance.costPerKm, scale, pointCount, districtIndex.size);

  const supplyNodeCapacity = new Float64Array(nodeItem.length);
  supplies.forEach((supply, line) => {
    if (supplyNodeOfLine[line] >= 0) supplyNodeCapacity[supplyNodeOfLine[line]] += supply.quantity;
  });
  const groupDemand = new Float64Array(groupItem.length);
  needs.forEach((need, line) => {
    if (groupOfLine[line] >= 0) groupDemand[groupOfLine[line]] += need.quantity;
  });
  const supplyNodeItem = Int32Array.from(nodeItem);
  const groupItemArray = Int32Array.from(groupItem);

  return {
    instance,
    scale,
    itemCount: itemIndex.size,
    routes,
    supplyNodeOfLine,
    supplyNodeItem,
    supplyNodePoint: Int32Array.from(nodePoint),
    supplyNodeCapacity,
    supplyNodeLines: groupBy(supplyNodeOfLine, nodeItem.length),
    supplyNodeByItemPoint,
    pointCount,
    districtCount: districtIndex.size,
    groupOfLine,
    groupItem: groupItemArray,
    groupDistrict: Int32Array.from(groupDistrict),
    groupValue: values,
    groupScaledValue: values.map((value) => scaleToInteger(value, scale.power)),
    groupDemand,
    groupLines: groupBy(groupOfLine, groupItem.length),
    supplyNodesOfItem: groupBy(supplyNodeItem, itemIndex.size),
    groupsOfItem: groupBy(groupItemArray, itemIndex.size),
  };
}

function indexOf(index: Map<string, number>, key: string): number {
  let at = index.get(key);
  if (at === undefined) {
    at = index.size;
    index.set(key, at);
  }
  return at;
}

interface RouteDistances {
  point: Int32Array;
  district: Int32Array;
  distance: Float64Array;
}

/** The distances from supply points to need districts; other rows and columns of distanceKm are irrelevant. */
function collectRoutes(
  instance: ItemInstance,
  pointIndex: Map<string, number>,
  districtIndex: Map<string, number>,
): RouteDistances {
  const point: number[] = [];
  const district: number[] = [];
  const distance: number[] = [];
  for (const [pointName, pointAt] of pointIndex) {
    const row = instance.distanceKm[pointName];
    for (const districtName of Object.keys(row)) {
      const districtAt = districtIndex.get(districtName);
      if (districtAt === undefined) continue;
      point.push(pointAt);
      district.push(districtAt);
      distance.push(row[districtName]);
    }
  }
  return {
    point: Int32Array.from(point),
    district: Int32Array.from(district),
    distance: Float64Array.from(distance),
  };
}

/**
 * Margins are value − costPerKm × distance. Exact when the decimal places of the values, and of costPerKm plus
 * those of the distances, fit within the room left by the largest margin (see MAX_SCALED_PROFIT).
 */
interface ItemScale extends Scale {
  readonly costPlaces: number;
  readonly distancePlaces: number;
}

function itemScale(costPerKm: number, values: Float64Array, distances: Float64Array): ItemScale {
  let largestValue = 0;
  for (const value of values) largestValue = Math.max(largestValue, Math.abs(value));
  let largestDistance = 0;
  for (const distance of distances) largestDistance = Math.max(largestDistance, distance);
  const maxPower = largestPower(largestValue + costPerKm * largestDistance);
  const valuePlaces = placesNeeded(values, maxPower);
  const costPlaces = placesNeeded([costPerKm], maxPower);
  const distancePlaces = placesNeeded(distances, maxPower);
  return {
    ...chooseScale(Math.max(valuePlaces, costPlaces + distancePlaces), maxPower),
    costPlaces,
    distancePlaces,
  };
}

function routeTable(
  routes: RouteDistances,
  costPerKm: number,
  scale: ItemScale,
  pointCount: number,
  districtCount: number,
): RouteTable {
  const { costPlaces, distancePlaces } = scale;
  const scaledCost = routes.distance.map((distance) =>
    scale.exact
      ? // Both factors are exact integers here, and so is their product: no rounding at all.
        scaleToInteger(costPerKm, costPlaces) *
        scaleToInteger(distance, distancePlaces) *
        10 ** (scale.power - costPlaces - distancePlaces)
      : scaleToInteger(costPerKm * distance, scale.power),
  );
  const find = routeFinder(routes, pointCount, districtCount);
  return { ...routes, scaledCost, find };
}

function routeFinder(
  routes: RouteDistances,
  pointCount: number,
  districtCount: number,
): (point: number, district: number) => number {
  if (pointCount * districtCount <= DENSE_ROUTE_LIMIT) {
    const matrix = new Int32Array(pointCount * districtCount).fill(-1);
    routes.point.forEach((point, route) => (matrix[point * districtCount + routes.district[route]] = route));
    return (point, district) => matrix[point * districtCount + district];
  }
  const byKey = new Map<number, number>();
  routes.point.forEach((point, route) => byKey.set(point * districtCount + routes.district[route], route));
  return (point, district) => byKey.get(point * districtCount + district) ?? -1;
}
