/**
 * The last few timelines, by scenario object. The document's history hands back the very
 * same scenario object on undo and redo, so stepping back through edits redraws from here
 * without simulating again. Bounded in count and in bytes: a 10,000-request timeline is
 * 3–60 MB, depending on how much the GIL slices its bursts.
 */
export interface ResultCache<K extends object, V> {
  get: (key: K) => V | undefined;
  set: (key: K, value: V) => void;
}

export interface CacheBounds<V> {
  /** Most entries kept. */
  capacity: number;
  /** Most total weight kept (the newest entry is always kept, whatever it weighs). */
  maxWeight?: number;
  weightOf?: (value: V) => number;
}

export function createResultCache<K extends object, V>({ capacity, maxWeight = Infinity, weightOf = () => 0 }: CacheBounds<V>): ResultCache<K, V> {
  const entries = new Map<K, { value: V; weight: number }>(); // insertion order = least recently used first
  let total = 0;
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value) {
      const old = entries.get(key);
      if (old) { total -= old.weight; entries.delete(key); }
      const weight = weightOf(value);
      entries.set(key, { value, weight });
      total += weight;
      while (entries.size > capacity || (total > maxWeight && entries.size > 1)) {
        const oldest = entries.keys().next().value as K;
        total -= entries.get(oldest)!.weight;
        entries.delete(oldest);
      }
    },
  };
}
