/**
 * Make `obj[key]` a property built on first read and kept: how a timeline from a worker
 * offers its segments and requests as objects without building them unless something asks.
 * Enumerable, so a spread or JSON.stringify still sees it.
 */
export function lazyProperty<T extends object, K extends keyof T>(obj: T, key: K, build: () => T[K]): void {
  let value: T[K] | undefined;
  let built = false;
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!built) { value = build(); built = true; }
      return value;
    },
  });
}
