/**
 * Small runtime checks for IPC payloads. The renderer is treated as untrusted input (a
 * compromised page can send anything), so every argument is checked for shape and size before
 * main acts on it. Each check returns the value with its static type or throws PayloadError.
 */

export class PayloadError extends Error {
  override readonly name = 'PayloadError';
}

export type Check<T> = (value: unknown, what: string) => T;

export function text(maxLength: number): Check<string> {
  return (value, what) => {
    if (typeof value !== 'string') throw new PayloadError(`${what} must be a string`);
    if (value.length > maxLength) throw new PayloadError(`${what} is longer than ${maxLength} characters`);
    return value;
  };
}

export const flag: Check<boolean> = (value, what) => {
  if (typeof value !== 'boolean') throw new PayloadError(`${what} must be true or false`);
  return value;
};

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, what) => (value === null ? null : check(value, what));
}

export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, what) => (value === undefined ? undefined : check(value, what));
}

export function bytes(maxLength: number): Check<Uint8Array> {
  return (value, what) => {
    if (!(value instanceof Uint8Array)) throw new PayloadError(`${what} must be bytes`);
    if (value.byteLength > maxLength) throw new PayloadError(`${what} is larger than ${maxLength} bytes`);
    return value;
  };
}

export function oneOf<A, B>(first: Check<A>, second: Check<B>): Check<A | B> {
  return (value, what) => {
    try {
      return first(value, what);
    } catch {
      return second(value, what);
    }
  };
}

/** A plain object (not an array, not a class instance the structured clone could not carry anyway). */
export function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PayloadError(`${what} must be an object`);
  }
  return value as Record<string, unknown>;
}

export function list(value: unknown, what: string, maxItems: number): unknown[] {
  if (!Array.isArray(value)) throw new PayloadError(`${what} must be a list`);
  if (value.length > maxItems) throw new PayloadError(`${what} has more than ${maxItems} items`);
  return value;
}

/** Checks the argument count first: extra arguments are as suspicious as missing ones. */
export function argumentsOf(args: readonly unknown[], min: number, max: number, channel: string): void {
  if (args.length < min || args.length > max) {
    throw new PayloadError(`${channel} takes ${min === max ? min : `${min} to ${max}`} arguments, got ${args.length}`);
  }
}

/** Rough serialised size, to refuse a payload that would be costly to pass to the worker. */
export function jsonSize(value: unknown, what: string, maxChars: number): void {
  let size: number;
  try {
    size = JSON.stringify(value)?.length ?? 0;
  } catch {
    throw new PayloadError(`${what} is not plain data`);
  }
  if (size > maxChars) throw new PayloadError(`${what} is larger than ${maxChars} characters`);
}
