/** Units entering a (point, variant) stock, in ledger order. */
export interface Inflow {
  id: string;
  quantity: number;
}

/** Units leaving it, in ledger order. */
export interface Outflow {
  id: string;
  quantity: number;
}

export interface Attribution {
  inflowId: string;
  outflowId: string;
  quantity: number;
}

/**
 * Stock is fungible, so a gift's fate is told first in, first out: each outflow takes the oldest units
 * still on the shelf. `flows` interleaves inflows (positive) and outflows (negative) in ledger order;
 * an outflow larger than what is on the shelf takes what there is (a count adjustment can do that).
 */
export function attributeFifo(flows: { id: string; quantity: number }[]): Attribution[] {
  const shelf: { id: string; left: number }[] = [];
  const attributions: Attribution[] = [];
  let head = 0;
  for (const flow of flows) {
    if (flow.quantity > 0) {
      shelf.push({ id: flow.id, left: flow.quantity });
      continue;
    }
    let needed = -flow.quantity;
    while (needed > 0 && head < shelf.length) {
      const oldest = shelf[head];
      const taken = Math.min(oldest.left, needed);
      attributions.push({ inflowId: oldest.id, outflowId: flow.id, quantity: taken });
      oldest.left -= taken;
      needed -= taken;
      if (oldest.left === 0) head++;
    }
  }
  return attributions;
}
