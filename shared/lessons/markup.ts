/**
 * The lessons' inline markup, parsed into spans a UI renders without HTML:
 *   `code`  → { kind: 'code' }      **word** → { kind: 'strong' }
 *   {id}    → { kind: 'value' }, the claim's value written with its unit ("1,000 ms").
 */
import type { Claim, Unit } from './types';

export type Span =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'value'; text: string; claim: string };

const TOKEN = /`([^`]+)`|\*\*([^*]+)\*\*|\{([a-zA-Z0-9_-]+)\}/g;

/** 1000 → "1,000" (fixed locale, so the text is the same on every machine). */
export function formatNumber(n: number): string {
  const [int, frac] = String(n).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return `${formatNumber(value)} ms`;
    case 'times':
      return `${formatNumber(value)}×`;
    case 'count':
      return formatNumber(value);
  }
}

/** Split `text` into spans; an unknown {id} throws, so a typo never reaches the screen. */
export function parseInline(text: string, claims: readonly Claim[]): Span[] {
  const spans: Span[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    if (m.index > last) spans.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) spans.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) spans.push({ kind: 'strong', text: m[2] });
    else {
      const id = m[3]!;
      const claim = claims.find((c) => c.id === id);
      if (!claim) throw new Error(`unknown claim {${id}} in "${text}"`);
      spans.push({ kind: 'value', text: formatValue(claim.value, claim.unit), claim: id });
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) spans.push({ kind: 'text', text: text.slice(last) });
  return spans;
}

/** The text as a reader sees it, markup removed (for tooltips, screen readers, search). */
export function plainText(text: string, claims: readonly Claim[]): string {
  return parseInline(text, claims).map((s) => s.text).join('');
}
