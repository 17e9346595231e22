/**
 * Text sizing without a DOM (so exports can lay out text too): each character's advance in the
 * widest font the stacks name (glyphWidths.ts). An average glyph (0.57 em, bold 0.62) had been
 * 8–19 % wide of lower-case words, taking room from labels, and short of digits and capitals
 * ("WORKER 0" is 0.68 em a letter in DejaVu Sans), where pulled-in axis labels came closer
 * than the gap they were given.
 */
import { BOLD_EM, REGULAR_EM } from './glyphWidths';

export const FONT_STACK = 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * A character the table does not have (CJK, an emoji a scenario's name may carry): wider than
 * any it has, since too narrow an estimate is what overlaps.
 */
const UNKNOWN_EM = 1.3;
/**
 * The advances are Chromium's; librsvg lays text out with Pango, which may round each glyph's
 * advance to the pixel grid at small sizes. A few per cent covers that.
 */
const MARGIN = 1.03;

export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD_EM : REGULAR_EM;
  let em = 0;
  for (const ch of text) em += table[ch] ?? UNKNOWN_EM;
  return em * fontSize * MARGIN;
}

/**
 * `text`, or its start with an ellipsis, fitting `width`; '' if not even 3 characters fit.
 * One pass over the characters, adding their advances as textWidth does (in the same order, so
 * the same sums): measuring each shorter start anew cost a bar label's length squared, for
 * every bar of an export.
 */
export function fitText(text: string, width: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= width) return text;
  const table = bold ? BOLD_EM : REGULAR_EM;
  const ellipsis = table['…'] ?? UNKNOWN_EM;
  const chars = [...text];
  let keep = 0;
  for (let em = 0; keep < chars.length - 1; keep++) {
    const next = em + (table[chars[keep]!] ?? UNKNOWN_EM);
    if ((next + ellipsis) * fontSize * MARGIN > width) break;
    em = next;
  }
  return keep >= 3 ? `${chars.slice(0, keep).join('').trimEnd()}…` : '';
}

/** A number's unit, with what may follow it ("ms,", "s).", "req/s"). */
const UNIT = /^(ms|µs|s|%|px|KB|MB|GB|req\/s|tickets\/s|cores?|workers?|threads?|×)[,.;:)]*$/;
const NUMBER = /^[(−+-]?\d[\d.,]*$/;

/**
 * Words with each number joined to its unit: "2 ms" never breaks across lines (a description
 * at 480 px ended a line with "2" and began the next with "ms CPU."). Likewise `async def`, the
 * one keyword pair this app names everywhere: a 480 px title read "naive: everything async" / "def".
 */
function keepUnits(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    const next = words[k + 1];
    const pair = next !== undefined && ((NUMBER.test(word) && UNIT.test(next)) || (/^[(`"']?async$/.test(word) && /^def\b/.test(next)));
    if (pair) { out.push(`${word} ${next}`); k++; } else out.push(word);
  }
  return out;
}

/**
 * `text` broken at spaces into lines that fit `width`, at most `maxLines`; the last line ends in
 * an ellipsis when text is left over. A word longer than a line is cut (fitText).
 */
export function wrapText(text: string, width: number, fontSize: number, bold = false, maxLines = 2): string[] {
  const words = keepUnits(text.split(/\s+/).filter(Boolean));
  const lines: string[] = [];
  let line = '';
  let k = 0;
  for (; k < words.length && lines.length < maxLines; k++) {
    const word = words[k]!;
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= width) { line = candidate; continue; }
    if (line) {
      lines.push(line);
      line = '';
      k--; // the word starts the next line
      continue;
    }
    lines.push(fitText(word, width, fontSize, bold)); // alone and still too long
  }
  if (line && lines.length < maxLines) lines.push(line);
  else if (line || k < words.length) {
    // Left over: the last line says so.
    const rest = [lines.pop() ?? '', line, ...words.slice(k)].filter(Boolean).join(' ');
    lines.push(fitText(`${rest}`, width, fontSize, bold));
  }
  return lines;
}

/**
 * wrapText's lines, made as even as the same number of lines allows (CSS's text-wrap: balance):
 * a heading that fills one line and leaves a word on the next reads as a mistake on a slide
 * ("asyncio.gather of three" / "calls"). Text that had to be cut is left as wrapText cut it.
 */
export function balancedWrap(text: string, width: number, fontSize: number, bold = false, maxLines = 2): string[] {
  const lines = wrapText(text, width, fontSize, bold, maxLines);
  const whole = lines.join(' ');
  if (lines.length < 2 || whole !== keepUnits(text.split(/\s+/).filter(Boolean)).join(' ')) return lines;
  const fits = (w: number) => {
    const tried = wrapText(text, w, fontSize, bold, maxLines);
    return tried.length === lines.length && tried.join(' ') === whole;
  };
  // The narrowest width that still takes no more lines, to within a pixel.
  let [lo, hi] = [0, width];
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) hi = mid; else lo = mid;
  }
  return wrapText(text, hi, fontSize, bold, maxLines);
}
