import { NodeHeap } from './node-heap';

/**
 * A bipartite max-profit transportation problem: left nodes want up to `demand` units, right nodes offer up to
 * `capacity` units, and each arc (left, right) earns an integer `profit` ≥ 0 per unit. Both allocation problems
 * of this library reduce to it (need groups × points, guests × hosts).
 */
export interface TransportProblem {
  readonly demand: Float64Array;
  readonly capacity: Float64Array;
  /** Arcs of left node i are arcStart[i] .. arcStart[i + 1] - 1 (compressed sparse rows). */
  readonly arcStart: Int32Array;
  readonly arcRight: Int32Array;
  /** Integer profit per unit; integers keep every sum the solver forms exact. */
  readonly arcProfit: Float64Array;
}

/**
 * Exact maximum-profit flow by successive shortest paths (Dijkstra with node potentials).
 *
 * It is solved as a min-cost flow (cost = −profit) in which every unit of demand leaves through a right node with
 * room or through a zero-cost "drop" exit to the sink (the unit stays unserved): every flow value is then fixed,
 * and the min-cost flow is the optimum. Left nodes are added one at a time (Hungarian-style): a left node not yet
 * added carries no flow and no residual arc enters it, so augmenting along shortest paths from the new node keeps
 * the flow optimal. The potentials keep every residual reduced cost non-negative, which is what lets Dijkstra
 * find those shortest paths.
 *
 * A search stops as soon as no unsettled node can beat the best exit found; since the new node's own drop exit is
 * always open, searches stay small, the more so as nodes with the most to gain are added first. Potentials and
 * distances stay within a few times the largest profit (see MAX_SCALED_PROFIT), so with integer profits every sum
 * is exact. Returns the flow on each arc, an integer since demands and capacities are integers.
 */
export function solveTransport(problem: TransportProblem): Float64Array {
  return new TransportSolver(problem).solve();
}

class TransportSolver {
  private readonly leftCount: number;
  private readonly arcLeft: Int32Array;
  private readonly flow: Float64Array;
  /** The arcs carrying flow into each right node, as linked lists: the residual arcs leaving it. */
  private readonly flowHead: Int32Array;
  private readonly flowNext: Int32Array;
  private readonly flowPrevious: Int32Array;
  private readonly used: Float64Array;
  private readonly remaining: Float64Array;
  /** Left nodes first, then right nodes; the sink's potential is 0 throughout. */
  private readonly potential: Float64Array;
  private readonly distance: Float64Array;
  /** 2 × search when a node was reached in that search, 2 × search + 1 once settled (no clearing needed). */
  private readonly mark: Int32Array;
  private readonly predecessorArc: Int32Array;
  private readonly settled: Int32Array;
  private settledCount = 0;
  private exit = -1;
  private readonly heap: NodeHeap;
  private search = 0;
  private readonly pathArc: Int32Array;

  constructor(private readonly problem: TransportProblem) {
    const { demand, capacity, arcStart, arcRight } = problem;
    const nodeCount = demand.length + capacity.length;
    this.leftCount = demand.length;
    this.arcLeft = leftNodeOfArcs(arcStart, arcRight.length);
    this.flow = new Float64Array(arcRight.length);
    this.flowHead = new Int32Array(capacity.length).fill(-1);
    this.flowNext = new Int32Array(arcRight.length);
    this.flowPrevious = new Int32Array(arcRight.length);
    this.used = new Float64Array(capacity.length);
    this.remaining = Float64Array.from(demand);
    this.potential = new Float64Array(nodeCount);
    this.distance = new Float64Array(nodeCount);
    this.mark = new Int32Array(nodeCount);
    this.predecessorArc = new Int32Array(nodeCount);
    this.settled = new Int32Array(nodeCount);
    this.heap = new NodeHeap(nodeCount, this.distance);
    this.pathArc = new Int32Array(nodeCount);
  }

  solve(): Float64Array {
    const { arcStart } = this.problem;
    for (const source of this.sourceOrder()) {
      if (this.remaining[source] <= 0 || arcStart[source] === arcStart[source + 1]) continue;
      this.addSource(source);
      while (this.remaining[source] > 0) {
        this.updatePotentials(this.shortestPaths(source));
        this.augmentAlongTree(source);
      }
    }
    return this.flow;
  }

  /**
   * Left nodes by decreasing best profit (ties: lower index first). Added late, a node with little to gain has
   * a cheap drop exit, which keeps its search small even when the right nodes are nearly full.
   */
  private sourceOrder(): Int32Array {
    const { arcStart, arcProfit } = this.problem;
    const bestProfit = new Float64Array(this.leftCount);
    for (let left = 0; left < this.leftCount; left++) {
      let best = 0;
      for (let arc = arcStart[left], end = arcStart[left + 1]; arc < end; arc++)
        best = Math.max(best, arcProfit[arc]);
      bestProfit[left] = best;
    }
    const order = new Int32Array(this.leftCount);
    for (let left = 0; left < this.leftCount; left++) order[left] = left;
    return order.sort((a, b) => bestProfit[b] - bestProfit[a] || a - b);
  }

  /**
   * Gives a new left node the potential that makes its reduced costs non-negative (its best arc's profit plus
   * that right node's potential, or 0 for the drop exit), then takes the common shortcut: if that best arc
   * leads to a node with room (potential 0), it is a shortest path of length 0 and needs no search.
   */
  private addSource(source: number): void {
    const { arcStart, arcRight, arcProfit, capacity } = this.problem;
    let best = arcStart[source];
    let bestValue = -Infinity;
    for (let arc = arcStart[source], end = arcStart[source + 1]; arc < end; arc++) {
      const value = arcProfit[arc] + this.potential[this.leftCount + arcRight[arc]];
      if (value > bestValue) {
        bestValue = value;
        best = arc;
      }
    }
    this.potential[source] = Math.max(0, bestValue);
    const right = arcRight[best];
    if (bestValue > 0 && this.used[right] < capacity[right]) {
      const amount = Math.min(this.remaining[source], capacity[right] - this.used[right]);
      this.addFlow(best, amount);
      this.used[right] += amount;
      this.remaining[source] -= amount;
    }
  }

  /**
   * Dijkstra on reduced costs from `source`, stopping once no unsettled node can beat the best exit found.
   * Records the exit (a left node: drop; a right node: its room) and returns the exit's distance.
   */
  private shortestPaths(source: number): number {
    const { arcStart, arcRight, arcProfit, capacity } = this.problem;
    const { leftCount, potential, distance, mark, predecessorArc, settled, heap, used } = this;
    const { flowHead, flowNext, arcLeft } = this;
    const search = ++this.search;
    const reached = 2 * search;
    const done = reached + 1;
    heap.clear();
    distance[source] = 0;
    mark[source] = reached;
    predecessorArc[source] = -1;
    heap.upsert(source);
    let settledCount = 0;
    let best = Infinity;
    let exit = -1;
    while (heap.size > 0) {
      const node = heap.peek();
      const nodeDistance = distance[node];
      if (nodeDistance >= best) break;
      heap.pop();
      mark[node] = done;
      settled[settledCount++] = node;
      const base = nodeDistance + potential[node];
      if (node < leftCount) {
        // Drop exit: reduced cost potential[node] − potential[sink] = potential[node].
        if (base < best) {
          best = base;
          exit = node;
        }
        for (let arc = arcStart[node], end = arcStart[node + 1]; arc < end; arc++) {
          const next = leftCount + arcRight[arc];
          const nextMark = mark[next];
          if (nextMark === done) continue;
          const nextDistance = base - arcProfit[arc] - potential[next];
          if (nextDistance >= best) continue;
          if (nextMark !== reached || nextDistance < distance[next]) {
            distance[next] = nextDistance;
            mark[next] = reached;
            predecessorArc[next] = arc;
            heap.upsert(next);
          }
        }
      } else {
        const right = node - leftCount;
        if (used[right] < capacity[right] && base < best) {
          best = base;
          exit = node;
        }
        // Residual reverse arcs (right → left) cancel flow: their cost is +profit.
        for (let arc = flowHead[right]; arc >= 0; arc = flowNext[arc]) {
          const next = arcLeft[arc];
          const nextMark = mark[next];
          if (nextMark === done) continue;
          const nextDistance = base + arcProfit[arc] - potential[next];
          if (nextDistance >= best) continue;
          if (nextMark !== reached || nextDistance < distance[next]) {
            distance[next] = nextDistance;
            mark[next] = reached;
            predecessorArc[next] = arc;
            heap.upsert(next);
          }
        }
      }
    }
    this.settledCount = settledCount;
    this.exit = exit;
    return best;
  }

  /**
   * potential += min(distance, D) − D with D the exit's distance: settled nodes move, the others keep theirs.
   * Reduced costs stay non-negative, and those along the shortest path become 0.
   */
  private updatePotentials(exitDistance: number): void {
    for (let k = 0; k < this.settledCount; k++) {
      const node = this.settled[k];
      this.potential[node] += this.distance[node] - exitDistance;
    }
  }

  /**
   * Pushes as much as possible along the shortest path from `source` to the exit: alternately forward arcs to
   * right nodes and reverse arcs (cancelling flow) back to left nodes.
   */
  private augmentAlongTree(source: number): void {
    const { arcRight, capacity } = this.problem;
    const { flow, pathArc, predecessorArc, leftCount } = this;
    const exit = this.exit;
    let amount = this.remaining[source];
    if (exit >= leftCount)
      amount = Math.min(amount, capacity[exit - leftCount] - this.used[exit - leftCount]);
    let length = 0;
    for (let node = exit; node !== source; length++) {
      const arc = predecessorArc[node];
      pathArc[length] = arc;
      if (node < leftCount) {
        amount = Math.min(amount, flow[arc]);
        node = leftCount + arcRight[arc];
      } else {
        node = this.arcLeft[arc];
      }
    }
    // pathArc runs from the exit back to the source: right nodes were reached by forward arcs, left by reverse.
    for (let step = 0, node = exit; step < length; step++) {
      const arc = pathArc[step];
      if (node < leftCount) {
        this.addFlow(arc, -amount);
        node = leftCount + arcRight[arc];
      } else {
        this.addFlow(arc, amount);
        node = this.arcLeft[arc];
      }
    }
    if (exit >= leftCount) this.used[exit - leftCount] += amount;
    this.remaining[source] -= amount;
  }

  /** Changes an arc's flow, keeping the list of arcs with flow into its right node up to date. */
  private addFlow(arc: number, amount: number): void {
    const before = this.flow[arc];
    const after = before + amount;
    this.flow[arc] = after;
    const right = this.problem.arcRight[arc];
    if (before === 0 && after > 0) {
      const head = this.flowHead[right];
      this.flowNext[arc] = head;
      this.flowPrevious[arc] = -1;
      if (head >= 0) this.flowPrevious[head] = arc;
      this.flowHead[right] = arc;
    } else if (before > 0 && after === 0) {
      const previous = this.flowPrevious[arc];
      const next = this.flowNext[arc];
      if (previous >= 0) this.flowNext[previous] = next;
      else this.flowHead[right] = next;
      if (next >= 0) this.flowPrevious[next] = previous;
    }
  }
}

function leftNodeOfArcs(arcStart: Int32Array, arcCount: number): Int32Array {
  const arcLeft = new Int32Array(arcCount);
  for (let left = 0; left + 1 < arcStart.length; left++)
    arcLeft.fill(left, arcStart[left], arcStart[left + 1]);
  return arcLeft;
}
