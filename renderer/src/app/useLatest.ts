import { useState } from 'react';

/** A stable ref that always holds the latest value (for callbacks created once). */
export function useLatest<T>(value: T): { current: T } {
  const [ref] = useState(() => ({ current: value }));
  ref.current = value;
  return ref;
}
