/** Typed arrays that grow like arrays do: a bigger one with the old contents at its start. */
type Growable = Int32Array | Uint8Array | Float64Array;

export function grown<T extends Growable>(old: T, length: number): T {
  const made = new (old.constructor as new (n: number) => T)(length);
  made.set(old);
  return made;
}
