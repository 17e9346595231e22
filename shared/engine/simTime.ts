/** Event times are kept to the nanosecond so float noise from core sharing never reorders events. */
export function roundTime(ms: number): number {
  return Math.round(ms * 1e6) / 1e6;
}

/** Output times are reported to the microsecond (docs/model.md#order). */
export function roundOut(ms: number): number {
  return Math.round(ms * 1e3) / 1e3;
}
