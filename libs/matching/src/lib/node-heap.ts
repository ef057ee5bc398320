/**
 * 4-ary min-heap of node indices keyed by an external distance array, with decrease-key (shallower than a binary
 * heap, so fewer cache misses per operation). Equal keys pop the lower node index first, so the search order,
 * and hence which of several equally good solutions is returned, does not depend on anything but the input.
 */
export class NodeHeap {
  private readonly nodes: Int32Array;
  private readonly position: Int32Array;
  private count = 0;

  constructor(
    nodeCount: number,
    private readonly key: Float64Array,
  ) {
    this.nodes = new Int32Array(nodeCount);
    this.position = new Int32Array(nodeCount).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  peek(): number {
    return this.nodes[0];
  }

  /** Inserts the node, or moves it up after its key decreased. */
  upsert(node: number): void {
    let at = this.position[node];
    if (at < 0) {
      at = this.count++;
      this.nodes[at] = node;
    }
    this.siftUp(at, node);
  }

  pop(): number {
    const top = this.nodes[0];
    this.position[top] = -1;
    const last = this.nodes[--this.count];
    if (this.count > 0) this.siftDown(0, last);
    return top;
  }

  clear(): void {
    for (let at = 0; at < this.count; at++) this.position[this.nodes[at]] = -1;
    this.count = 0;
  }

  private before(a: number, b: number): boolean {
    const keyA = this.key[a];
    const keyB = this.key[b];
    return keyA < keyB || (keyA === keyB && a < b);
  }

  private siftUp(from: number, node: number): void {
    let at = from;
    while (at > 0) {
      const parentAt = (at - 1) >> 2;
      const parent = this.nodes[parentAt];
      if (!this.before(node, parent)) break;
      this.nodes[at] = parent;
      this.position[parent] = at;
      at = parentAt;
    }
    this.nodes[at] = node;
    this.position[node] = at;
  }

  private siftDown(from: number, node: number): void {
    const { nodes, position, key, count } = this;
    const nodeKey = key[node];
    let at = from;
    for (;;) {
      const firstChild = 4 * at + 1;
      if (firstChild >= count) break;
      let bestAt = firstChild;
      let best = nodes[firstChild];
      let bestKey = key[best];
      const lastChild = Math.min(firstChild + 4, count);
      for (let childAt = firstChild + 1; childAt < lastChild; childAt++) {
        const child = nodes[childAt];
        const childKey = key[child];
        if (childKey < bestKey || (childKey === bestKey && child < best)) {
          bestAt = childAt;
          best = child;
          bestKey = childKey;
        }
      }
      if (bestKey > nodeKey || (bestKey === nodeKey && best > node)) break;
      nodes[at] = best;
      position[best] = at;
      at = bestAt;
    }
    nodes[at] = node;
    position[node] = at;
  }
}
