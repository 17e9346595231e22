/**
 * The last few timelines, by scenario object. The document's history hands back the very
 * same scenario object on undo and redo, so stepping back through edits redraws from here
 * without simulating again. Bounded: a 10,000-request timeline is a few MB.
 */
export interface ResultCache<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

export function createResultCache<K extends object, V>(capacity: number): ResultCache<K, V> {
  const entries = new Map<K, V>(); // insertion order = least recently used first
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) { entries.delete(key); entries.set(key, value); }
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > capacity) entries.delete(entries.keys().next().value as K);
    },
  };
}
