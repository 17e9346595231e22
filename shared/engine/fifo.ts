/**
 * A FIFO queue in a ring that doubles when full: O(1) shift (arrays' shift is O(n), and queues
 * here can hold 10^5 items), and no copying while it stays within its size (an array trimmed
 * now and then grew again by copying at the next push: a loop's ready queue is pushed and
 * shifted a few times per request).
 */
export class Fifo<T> {
  private items: (T | undefined)[] = new Array<T | undefined>(16).fill(undefined);
  private head = 0;
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(item: T): void {
    if (this.count === this.items.length) this.grow();
    this.items[(this.head + this.count) & (this.items.length - 1)] = item;
    this.count++;
  }

  shift(): T | undefined {
    if (this.count === 0) return undefined;
    const h = this.head;
    const item = this.items[h];
    this.items[h] = undefined; // not kept alive by the queue
    this.head = (h + 1) & (this.items.length - 1);
    this.count--;
    return item;
  }

  // Rare: kept out of push() so its hot path stays small for the JIT.
  private grow(): void {
    const n = this.items.length;
    const items = new Array<T | undefined>(2 * n).fill(undefined);
    for (let i = 0; i < n; i++) items[i] = this.items[(this.head + i) & (n - 1)];
    this.items = items;
    this.head = 0;
  }
}
