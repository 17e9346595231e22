/**
 * A JSON syntax check that runs before JSON.parse. It exists for two reasons: engines'
 * JSON.parse messages differ (and V8's often give no position), while a learner needs
 * "line 12, column 5: …"; and it measures nesting depth iteratively, so hostile input
 * ("[[[[…" ten thousand deep) is refused before anything recursive ever sees it.
 */
import type { ScenarioError } from './errors';

export type JsonCheck = { ok: true } | { ok: false; error: ScenarioError };

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class SyntaxProblem extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
    this.name = 'SyntaxProblem';
  }
}

/** Checks `text` is one JSON value nested at most `maxDepth` deep. Never throws. */
export function checkJsonText(text: string, maxDepth: number): JsonCheck {
  try {
    new Scanner(text, maxDepth).document();
    return { ok: true };
  } catch (e) {
    if (!(e instanceof SyntaxProblem)) throw e;
    const { line, column } = lineColumn(text, e.offset);
    return { ok: false, error: { path: '', message: `line ${line}, column ${column}: ${e.message}`, line, column } };
  }
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** An iterative recursive-descent-shaped scanner: containers live on an explicit stack. */
class Scanner {
  private i = 0;
  private readonly stack: ('{' | '[')[] = [];
  constructor(private readonly text: string, private readonly maxDepth: number) {}

  document(): void {
    this.skipSpace();
    if (this.i >= this.text.length) this.fail('the file is empty (a scenario is a JSON object: {"name": …, "routes": […], "requests": […]})');
    this.value();
    this.skipSpace();
    if (this.i < this.text.length) this.fail(`unexpected ${this.describeHere()} after the end of the JSON value (remove it, or wrap everything in one object)`);
  }

  /** Parses one value; containers are entered here and walked in the loop below. */
  private value(): void {
    this.scalarOrOpen();
    while (this.stack.length > 0) {
      this.skipSpace();
      const top = this.stack[this.stack.length - 1]!;
      const c = this.text[this.i];
      if (c === undefined) this.truncated();
      const close = top === '{' ? '}' : ']';
      if (c === close) {
        this.stack.pop();
        this.i++;
        continue;
      }
      if (c !== ',') this.fail(`expected ',' or '${close}' but found ${this.describeHere()}${top === '{' ? ' (is a comma missing after the previous property?)' : ' (is a comma missing between items?)'}`);
      this.i++;
      this.skipSpace();
      if (this.text[this.i] === close) this.fail(`trailing comma before '${close}' (JSON allows no comma after the last item)`);
      if (top === '{') this.member();
      else this.scalarOrOpen();
    }
  }

  /** A value: scalars are consumed; '{' or '[' opens a container (and its first item). */
  private scalarOrOpen(): void {
    this.skipSpace();
    const c = this.text[this.i];
    if (c === undefined) this.truncated();
    if (c === '{' || c === '[') {
      if (this.stack.length >= this.maxDepth) this.fail(`nested more than ${this.maxDepth} levels deep (the limit for a scenario file)`);
      this.stack.push(c);
      this.i++;
      this.skipSpace();
      const close = c === '{' ? '}' : ']';
      if (this.text[this.i] === close) {
        this.stack.pop();
        this.i++;
        return;
      }
      if (c === '{') this.member();
      else this.scalarOrOpen();
      return;
    }
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    for (const word of ['NaN', 'Infinity', 'undefined']) {
      if (this.text.startsWith(word, this.i)) this.fail(`${word} is not valid JSON (write a number, or leave the field out)`);
    }
    if (c === "'") this.fail("strings need double quotes in JSON (\"like this\"), not single quotes");
    if (c === '/' ) this.fail('comments are not allowed in JSON (use a "description" field instead)');
    this.fail(`expected a value (an object, list, string, number, true, false or null) but found ${this.describeHere()}`);
  }

  /** `"key": value` inside an object; a container value is left open on the stack. */
  private member(): void {
    this.skipSpace();
    const c = this.text[this.i];
    if (c === undefined) this.truncated();
    if (c !== '"') {
      if (c === '}') this.fail("trailing comma before '}' (JSON allows no comma after the last property)");
      this.fail(`expected a property name in double quotes but found ${this.describeHere()}`);
    }
    this.string();
    this.skipSpace();
    if (this.text[this.i] === undefined) this.truncated();
    if (this.text[this.i] !== ':') this.fail(`expected ':' after the property name but found ${this.describeHere()}`);
    this.i++;
    this.scalarOrOpen();
  }

  private string(): void {
    const start = this.i;
    this.i++; // opening quote
    for (;;) {
      const code = this.text.charCodeAt(this.i);
      if (Number.isNaN(code)) {
        this.i = start;
        this.fail('a string is never closed (a " is missing, or the file is truncated)');
      }
      if (code === 0x22) {
        this.i++;
        return;
      }
      if (code < 0x20) this.fail('a line break or control character inside a string (strings must fit on one line; write \\n for a newline)');
      if (code === 0x5c) {
        const e = this.text[this.i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) this.fail('\\u must be followed by four hex digits');
          this.i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) this.fail(`invalid escape \\${e ?? ''} in a string (valid: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`);
        this.i += 2;
        continue;
      }
      this.i++;
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (match === null || match[0] === '-') {
      if (this.text.startsWith('-Infinity', this.i)) this.fail('-Infinity is not valid JSON (write a number)');
      this.fail(`a malformed number (write digits like 200 or 0.5) near ${this.describeHere()}`);
    }
    this.i += match[0].length;
    const next = this.text[this.i];
    if (next !== undefined && /[0-9.eExX]/.test(next)) this.fail('a malformed number (no leading zeros, hex or trailing dots in JSON: write 200 or 0.5)');
  }

  private skipSpace(): void {
    while (WHITESPACE.has(this.text.charCodeAt(this.i))) this.i++;
  }

  private describeHere(): string {
    const c = this.text[this.i];
    if (c === undefined) return 'the end of the file';
    return JSON.stringify(this.text.slice(this.i, this.i + 12).split('\n')[0]);
  }

  private truncated(): never {
    const open = this.stack.length;
    this.fail(`unexpected end of the file: the JSON looks truncated${open > 0 ? ` (${open} bracket${open === 1 ? '' : 's'} still open)` : ''}`);
  }

  private fail(message: string): never {
    throw new SyntaxProblem(this.i, message);
  }
}
