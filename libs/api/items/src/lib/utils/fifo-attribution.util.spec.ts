import fc from 'fast-check';

import { attributeFifo } from './fifo-attribution.util';

describe('attributeFifo', () => {
  it('gives the oldest units first', () => {
    expect(
      attributeFifo([
        { id: 'a', quantity: 3 },
        { id: 'b', quantity: 5 },
        { id: 'x', quantity: -4 },
        { id: 'y', quantity: -2 },
      ]),
    ).toEqual([
      { inflowId: 'a', outflowId: 'x', quantity: 3 },
      { inflowId: 'b', outflowId: 'x', quantity: 1 },
      { inflowId: 'b', outflowId: 'y', quantity: 2 },
    ]);
  });

  it('never attributes more than came in or went out, and attributes everything that could be', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: -20, max: 20 }).filter((q) => q !== 0),
          { maxLength: 60 },
        ),
        (quantities) => {
          const flows = quantities.map((quantity, index) => ({ id: `f${index}`, quantity }));
          const attributions = attributeFifo(flows);
          const byInflow = new Map<string, number>();
          const byOutflow = new Map<string, number>();
          for (const a of attributions) {
            expect(a.quantity).toBeGreaterThan(0);
            byInflow.set(a.inflowId, (byInflow.get(a.inflowId) ?? 0) + a.quantity);
            byOutflow.set(a.outflowId, (byOutflow.get(a.outflowId) ?? 0) + a.quantity);
          }
          let onShelf = 0;
          for (const flow of flows) {
            if (flow.quantity > 0) {
              expect(byInflow.get(flow.id) ?? 0).toBeLessThanOrEqual(flow.quantity);
              onShelf += flow.quantity;
            } else {
              const taken = byOutflow.get(flow.id) ?? 0;
              expect(taken).toBe(Math.min(-flow.quantity, onShelf));
              onShelf -= taken;
            }
          }
        },
      ),
    );
  });
});
