/**
 * `npm run bench:matching`: the exact solvers against HiGHS (LP, WebAssembly) and the greedy first-come baseline
 * on seeded instances shaped like Entraide's data. "cold ms" is the first run in the process (JIT compilation
 * included, as in a one-shot CLI call); "ms" is the median of the following runs: at least 5, and as many as fit
 * in about a second (at most 50), so that small instances are timed once compiled. HiGHS solves each LP once,
 * with a 60 s time limit, its WebAssembly module loaded beforehand. `--no-highs` skips HiGHS.
 */
import {
  allocateItems,
  allocateItemsGreedy,
  type HostingInstance,
  type ItemInstance,
  matchHosting,
  matchHostingGreedy,
} from '../src';
import {
  aggregatedItemProgram,
  hostingProgram,
  type ReferenceResult,
  solveWithHighs,
} from './highs-reference';
import { randomHostingInstance, randomItemInstance } from './instances';
import { checkHostingSolution, checkItemSolution } from './verify';

interface Case {
  problem: 'items' | 'hosting';
  size: string;
  run(): { objective: number; check(): void };
  greedy(): number;
  highs: () => Promise<ReferenceResult>;
}

const MIN_RUNS = 5;
const MAX_RUNS = 50;
const TIMING_BUDGET_MS = 1000;

const format = (value: number, digits = 0): string =>
  value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const withHighs = !process.argv.includes('--no-highs');

function itemCase(supplies: number, needs: number, items: number): Case {
  const instance: ItemInstance = randomItemInstance({ supplies, needs, items, seed: supplies + needs });
  return {
    problem: 'items',
    size: `${format(supplies)} supplies × ${format(needs)} needs, ${items} items`,
    run: () => {
      const solution = allocateItems(instance);
      return { objective: solution.objective, check: () => checkItemSolution(instance, solution) };
    },
    greedy: () => allocateItemsGreedy(instance).objective,
    highs: () => solveWithHighs(aggregatedItemProgram(instance)),
  };
}

function hostingCase(hosts: number, guests: number, maxCapacity = 3): Case {
  const instance: HostingInstance = randomHostingInstance({
    hosts,
    guests,
    candidatesPerHost: 50,
    scorePlaces: 4,
    maxCapacity,
    seed: hosts + maxCapacity,
  });
  const rooms = maxCapacity === 1 ? ' (1 room each)' : '';
  return {
    problem: 'hosting',
    size: `${format(hosts)} hosts${rooms} × ${format(guests)} guests, ${format(instance.pairs.length)} pairs`,
    run: () => {
      const solution = matchHosting(instance);
      return { objective: solution.objective, check: () => checkHostingSolution(instance, solution) };
    },
    greedy: () => matchHostingGreedy(instance).objective,
    highs: () => solveWithHighs(hostingProgram(instance)),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed<T>(operation: () => T): { result: T; milliseconds: number } {
  const started = performance.now();
  const result = operation();
  return { result, milliseconds: performance.now() - started };
}

async function measure(benchCase: Case): Promise<string[]> {
  const cold = timed(() => benchCase.run());
  cold.result.check();
  const objective = cold.result.objective;
  const runCount = Math.min(MAX_RUNS, Math.max(MIN_RUNS, Math.ceil(TIMING_BUDGET_MS / cold.milliseconds)));
  const runs = Array.from({ length: runCount }, () => timed(() => benchCase.run()));
  if (runs.some((run) => run.result.objective !== objective))
    throw new Error('objective differs between runs');
  const milliseconds = median(runs.map((run) => run.milliseconds));
  const greedy = benchCase.greedy();
  const reference = withHighs ? await benchCase.highs() : undefined;
  const solved = reference?.status === 'Optimal';
  return [
    benchCase.problem,
    benchCase.size,
    format(milliseconds),
    format(cold.milliseconds),
    format(objective, 2),
    solved ? format(reference.objective, 2) : '–',
    solved
      ? ((reference.objective - objective) / Math.max(1, Math.abs(reference.objective))).toExponential(1)
      : '–',
    reference ? `${format(reference.milliseconds)}${solved ? '' : ` (${reference.status})`}` : 'skipped',
    solved ? `${format(reference.milliseconds / milliseconds)}×` : '–',
    format(greedy, 2),
    `+${format((100 * (objective - greedy)) / Math.max(1e-9, Math.abs(greedy)), 2)} %`,
  ];
}

function printTable(rows: string[][]): void {
  const header = [
    'problem',
    'size',
    'ms',
    'cold ms',
    'objective',
    'HiGHS objective',
    'gap',
    'HiGHS ms',
    'speed-up',
    'greedy objective',
    'gain over greedy',
  ];
  const table = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));
  const line = (row: string[]): string =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  console.log(line(header));
  console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  // Instances are made one at a time, so that earlier ones do not weigh on the garbage collector.
  const cases: (() => Case)[] = [
    () => itemCase(2_000, 500, 20),
    () => itemCase(20_000, 5_000, 200),
    () => itemCase(200_000, 50_000, 200),
    () => itemCase(20_000, 50_000, 200),
    () => hostingCase(1_000, 1_000),
    () => hostingCase(3_000, 3_000),
    () => hostingCase(10_000, 10_000),
    () => hostingCase(10_000, 10_000, 1),
  ];
  const rows: string[][] = [];
  for (const makeCase of cases) {
    const benchCase = makeCase();
    rows.push(await measure(benchCase));
    process.stderr.write(`done: ${benchCase.problem} ${benchCase.size}\n`);
  }
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
