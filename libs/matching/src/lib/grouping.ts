/** Members of each group in ascending order, as compressed sparse rows: group g owns members[start[g] .. start[g+1]). */
export interface Grouping {
  readonly start: Int32Array;
  readonly members: Int32Array;
}

/** Members 0..n-1 grouped by groupOf[member] (negative = no group), each group in ascending member order. */
export function groupBy(groupOf: Int32Array, groupCount: number): Grouping {
  const start = new Int32Array(groupCount + 1);
  for (let member = 0; member < groupOf.length; member++)
    if (groupOf[member] >= 0) start[groupOf[member] + 1]++;
  for (let group = 0; group < groupCount; group++) start[group + 1] += start[group];
  const next = start.slice(0, groupCount);
  const members = new Int32Array(start[groupCount]);
  for (let member = 0; member < groupOf.length; member++) {
    const group = groupOf[member];
    if (group >= 0) members[next[group]++] = member;
  }
  return { start, members };
}

/**
 * Hands out the lines of each group in order: the current line, how much of it is left, and consumption that
 * moves on to the next line once one is used up. Lines must have positive quantities.
 */
export class LineQueues {
  private readonly cursor: Int32Array;
  private readonly left: Float64Array;

  constructor(
    private readonly lines: Grouping,
    private readonly quantityOf: (line: number) => number,
  ) {
    this.cursor = lines.start.slice(0, -1);
    this.left = Float64Array.from(this.cursor, (at, group) =>
      at < lines.start[group + 1] ? quantityOf(lines.members[at]) : 0,
    );
  }

  /** What is left of the group's current line; 0 once all its lines are used up. */
  available(group: number): number {
    return this.left[group];
  }

  currentLine(group: number): number {
    return this.lines.members[this.cursor[group]];
  }

  consume(group: number, quantity: number): void {
    this.left[group] -= quantity;
    if (this.left[group] > 0) return;
    const next = ++this.cursor[group];
    this.left[group] = next < this.lines.start[group + 1] ? this.quantityOf(this.lines.members[next]) : 0;
  }
}
