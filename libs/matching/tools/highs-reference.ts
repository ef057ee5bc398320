/**
 * Independent optimum through the HiGHS LP solver (tests and benchmark only). Both problems are totally
 * unimodular, so the LP optimum equals the integer optimum. Models are built straight from the instance, with
 * none of the library's code.
 */
import loadHighs, { type Highs } from 'highs';

import type { HostingInstance, ItemInstance } from '../src';

let runtime: Promise<Highs> | undefined;

export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

export interface ReferenceResult {
  /** 'Optimal', or why HiGHS stopped. */
  status: 'Optimal' | 'TimeLimit' | 'Other';
  objective: number;
  milliseconds: number;
  variables: number;
}

interface LinearProgram {
  /** Each variable's objective coefficient and its (at most two) rows, all with coefficient 1. */
  profit: number[];
  upper: number[];
  rowsOf: number[][];
  rowUpper: number[];
}

export async function solveWithHighs(
  program: LinearProgram,
  timeLimitSeconds = 60,
): Promise<ReferenceResult> {
  const highs = await highsRuntime();
  const started = performance.now();
  if (program.profit.length === 0) return { status: 'Optimal', objective: 0, milliseconds: 0, variables: 0 };
  const starts = [0];
  const indices: number[] = [];
  for (const rows of program.rowsOf) {
    indices.push(...rows);
    starts.push(indices.length);
  }
  const model = highs.createModel({
    numCols: program.profit.length,
    numRows: program.rowUpper.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost: program.profit,
    colLower: new Float64Array(program.profit.length),
    colUpper: program.upper,
    rowLower: new Float64Array(program.rowUpper.length),
    rowUpper: program.rowUpper,
    matrix: {
      format: 'csc',
      numRows: program.rowUpper.length,
      numCols: program.profit.length,
      starts,
      indices,
      values: new Float64Array(indices.length).fill(1),
    },
  });
  try {
    model.options.set({ output_flag: false, time_limit: timeLimitSeconds });
    model.run();
    const status = model.getModelStatus();
    const constants = highs.constants.modelStatus;
    return {
      status:
        status === constants.optimal ? 'Optimal' : status === constants.timeLimit ? 'TimeLimit' : 'Other',
      objective: model.getObjectiveValue(),
      milliseconds: performance.now() - started,
      variables: program.profit.length,
    };
  } finally {
    model.dispose();
  }
}

/** One variable per (supply line, need line) of the same item with a route and a positive margin. */
export function itemProgram(instance: ItemInstance): LinearProgram {
  const program: LinearProgram = { profit: [], upper: [], rowsOf: [], rowUpper: [] };
  instance.supplies.forEach((supply) => program.rowUpper.push(supply.quantity));
  instance.needs.forEach((need) => program.rowUpper.push(need.quantity));
  instance.supplies.forEach((supply, s) => {
    instance.needs.forEach((need, n) => {
      const distance = instance.distanceKm[supply.point]?.[need.district];
      if (supply.item !== need.item || distance === undefined) return;
      const margin = need.value - instance.costPerKm * distance;
      if (margin <= 0) return;
      program.profit.push(margin);
      program.upper.push(Math.min(supply.quantity, need.quantity));
      program.rowsOf.push([s, instance.supplies.length + n]);
    });
  });
  return program;
}

/**
 * The same model with interchangeable lines merged (supplies by item and point, needs by item, district and
 * value), which is equivalent and small enough for HiGHS on benchmark sizes.
 */
export function aggregatedItemProgram(instance: ItemInstance): LinearProgram {
  const supplyRows = new Map<string, { item: string; point: string; quantity: number }>();
  for (const supply of instance.supplies) {
    const key = JSON.stringify([supply.item, supply.point]);
    const row = supplyRows.get(key) ?? { item: supply.item, point: supply.point, quantity: 0 };
    row.quantity += supply.quantity;
    supplyRows.set(key, row);
  }
  const needRows = new Map<string, { item: string; district: string; value: number; quantity: number }>();
  for (const need of instance.needs) {
    const key = JSON.stringify([need.item, need.district, need.value]);
    const row = needRows.get(key) ?? {
      item: need.item,
      district: need.district,
      value: need.value,
      quantity: 0,
    };
    row.quantity += need.quantity;
    needRows.set(key, row);
  }
  const needsByItem = new Map<string, number[]>();
  const needList = [...needRows.values()];
  const supplyList = [...supplyRows.values()];
  needList.forEach((need, n) => {
    const list = needsByItem.get(need.item) ?? [];
    list.push(n);
    needsByItem.set(need.item, list);
  });
  const program: LinearProgram = {
    profit: [],
    upper: [],
    rowsOf: [],
    rowUpper: [...supplyList.map((row) => row.quantity), ...needList.map((row) => row.quantity)],
  };
  supplyList.forEach((supply, s) => {
    for (const n of needsByItem.get(supply.item) ?? []) {
      const need = needList[n];
      const distance = instance.distanceKm[supply.point]?.[need.district];
      if (distance === undefined) continue;
      const margin = need.value - instance.costPerKm * distance;
      if (margin <= 0) continue;
      program.profit.push(margin);
      program.upper.push(Math.min(supply.quantity, need.quantity));
      program.rowsOf.push([s, supplyList.length + n]);
    }
  });
  return program;
}

/** One variable in [0, 1] per pair with a positive score; a row per guest (≤ 1) and per host (≤ capacity). */
export function hostingProgram(instance: HostingInstance): LinearProgram {
  const hostRow = new Map(instance.hosts.map((host, k) => [host.id, k]));
  const guestRow = new Map(instance.guests.map((guest, k) => [guest.id, instance.hosts.length + k]));
  const program: LinearProgram = {
    profit: [],
    upper: [],
    rowsOf: [],
    rowUpper: [...instance.hosts.map((host) => host.capacity ?? 1), ...instance.guests.map(() => 1)],
  };
  for (const pair of instance.pairs) {
    if (pair.score <= 0) continue;
    program.profit.push(pair.score);
    program.upper.push(1);
    program.rowsOf.push([hostRow.get(pair.host) ?? -1, guestRow.get(pair.guest) ?? -1]);
  }
  return program;
}
