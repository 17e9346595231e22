import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Fifo } from './fifo';

describe('the FIFO queue', () => {
  it('gives items back in the order they came, across its growth, whatever the mix of pushes and shifts', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(-1), fc.nat(1000)), { maxLength: 400 }), (ops) => {
        const q = new Fifo<number>();
        const model: number[] = [];
        for (const op of ops) {
          if (op < 0) expect(q.shift()).toBe(model.shift());
          else {
            q.push(op);
            model.push(op);
          }
          expect(q.size).toBe(model.length);
        }
        while (model.length > 0) expect(q.shift()).toBe(model.shift());
        expect(q.shift()).toBeUndefined();
      }),
    );
  });
});
