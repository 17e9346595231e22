/**
 * Text the analyser refuses before parsing: over the size limit, or binary data. Apart from
 * analyzePython.ts (and free of the parser) so the page asks the same question before it
 * starts the analysis worker, shows the code or does any other work on such a file: a refused
 * 1 MB file is only counted, never parsed, highlighted or laid out.
 */
import { formatCount } from '../scenario/limits';
import { ANALYZE_LIMITS } from './limits';

export interface Refusal {
  message: string;
  /** Where the binary data starts (1-based), for binary data. */
  line?: number;
  column?: number;
}

/** Why this text is not analysed at all, or null when it is read. */
export function refuseBeforeParsing(text: string): Refusal | null {
  if (text.length > ANALYZE_LIMITS.maxSourceChars) {
    return { message: `the file is ${formatCount(text.length)} characters, more than the limit of ${formatCount(ANALYZE_LIMITS.maxSourceChars)} (1 MB) for a file to analyse; open the module that defines the routes` };
  }
  if (looksUtf16(text)) {
    return { message: 'this file is saved as UTF-16 (a NUL byte beside every character, as Windows PowerShell\'s > and Notepad\'s "Unicode" write it), and LoopLab reads Python source as UTF-8: save it as UTF-8 and open it again', line: 1, column: 1 };
  }
  const binary = binaryAt(text);
  if (binary === null) return null;
  const { line, column } = positionOf(text, binary);
  return { message: `this is not Python source: it contains binary data (a ${text.charCodeAt(binary) === 0 ? 'NUL byte' : 'byte that is not text'} at line ${line}, column ${column})`, line, column };
}

/**
 * UTF-16 read as UTF-8: ASCII code comes out as every other character a NUL, after the byte
 * order mark's two undecodable bytes when there is one. Judged on the first 1,000 characters.
 */
function looksUtf16(text: string): boolean {
  const sample = text.slice(0, 1000);
  if (sample.length < 8) return false;
  let nulsAtEven = 0;
  let nulsAtOdd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample.charCodeAt(i) !== 0) continue;
    if (i % 2 === 0) nulsAtEven++;
    else nulsAtOdd++;
  }
  return Math.max(nulsAtEven, nulsAtOdd) > sample.length * 0.4;
}

/** Where the text stops being text: a NUL, or a run of control characters; null for text. */
function binaryAt(text: string): number | null {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return nul;
  // U+FFFD is what a decoder writes for bytes that are not UTF-8; a few may be legitimate, many are not.
  const sample = text.slice(0, 8192);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12)) {
      if (++odd > Math.max(8, sample.length / 100)) return i;
    }
  }
  return null;
}

/** 1-based line and column of `index`, as syntax.ts's LineIndex counts them (lines end at '\n'). */
function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}
