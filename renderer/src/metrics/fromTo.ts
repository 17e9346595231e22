/** "200 ms", "1,000 ms" → "200 → 1,000 ms": the unit once, so the folded metrics line fits beside the editor. */
export function fromTo(a: string, b: string): string {
  const unit = / [^\d\s]+$/.exec(a)?.[0];
  return unit && b.endsWith(unit) ? `${a.slice(0, -unit.length)} → ${b}` : `${a} → ${b}`;
}
