import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import { ANALYZE_LIMITS, analyzePython, type AnalysisResult } from './analyzePython';
import { formatDiagnostic } from './diagnostics';
import type { PythonParser } from './syntax';
import { validateScenario } from '../scenario/load';

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

const FIXTURES = join(__dirname, '__fixtures__');
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.py')).map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

/** What every result must be: a valid scenario, or a message; diagnostics with positions inside the text. */
function wellFormed(text: string, result: AnalysisResult): void {
  if (result.ok) {
    expect(validateScenario(result.scenario).ok).toBe(true);
  } else {
    expect(result.message.length).toBeGreaterThan(0);
  }
  const lines = text.split('\n').length;
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

/** Bits of Python a half-typed edit leaves behind. */
const FRAGMENTS = ['(', ')', '[', ']', ':', '\n', '    ', '\t', 'async def ', 'def ', 'await ', '@app.get("/x")\n', 'time.sleep(', '"""', "'", '#', '\\', 'lambda', 'yield', ',', '=', 'Depends(', 'class X:\n'];

// Hundreds of parses each: seconds on a busy machine, so a generous bound.
describe('the analyser on any text', { timeout: 60_000 }, () => {
  it('never throws on arbitrary text, and always answers with a valid scenario or a message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        wellFormed(text, analyzePython(text, parser));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on realistic files broken at random places', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.constantFrom(...FRAGMENTS)), { minLength: 1, maxLength: 6 }),
        (source, edits) => {
          let text = source;
          for (const [at, cut, insert] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + insert + text.slice(i + cut);
          }
          wellFormed(text, analyzePython(text, parser, { fileName: 'broken.py' }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same text gives the same result', () => {
    for (const text of fixtures.slice(0, 10)) {
      expect(JSON.stringify(analyzePython(text, parser))).toBe(JSON.stringify(analyzePython(text, parser)));
    }
  });
});

describe('bad input', { timeout: 30_000 }, () => {
  it(`refuses a file over ${ANALYZE_LIMITS.maxSourceChars.toLocaleString('en-US')} characters before parsing it`, () => {
    const result = analyzePython('#'.repeat(ANALYZE_LIMITS.maxSourceChars + 1), parser);
    expect(result).toMatchObject({ ok: false, message: 'the file is 1,048,577 characters, more than the limit of 1,048,576 (1 MB) for a file to analyse; open the module that defines the routes' });
  });

  it('refuses binary data, saying where it starts', () => {
    expect(analyzePython('import os\nx = 1\x00\x01\x02', parser)).toMatchObject({ ok: false, line: 2, column: 6, message: 'this is not Python source: it contains binary data (a NUL byte at line 2, column 6)' });
    const png = '\ufffdPNG\r\n\x1a\n' + '\ufffd\x01\x02\x03\x04\x05\x06\x07\x08'.repeat(20);
    expect(analyzePython(png, parser)).toMatchObject({ ok: false, message: expect.stringMatching(/^this is not Python source: it contains binary data \(a byte that is not text at line \d+, column \d+\)$/) });
  });

  it('says a file saved as UTF-16 is UTF-16, with or without a byte order mark, rather than calling it binary', () => {
    const code = 'from fastapi import FastAPI\napp = FastAPI()\n@app.get("/")\nasync def root():\n    return {}\n';
    const asUtf8 = (bytes: Buffer) => new TextDecoder('utf-8').decode(bytes);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(code, 'utf16le')]);
    const be = Buffer.from(code, 'utf16le').swap16();
    for (const text of [asUtf8(le), asUtf8(be)]) {
      expect(analyzePython(text, parser)).toMatchObject({ ok: false, line: 1, column: 1, message: expect.stringMatching(/^this file is saved as UTF-16 .*save it as UTF-8 and open it again$/) });
    }
    // A few NULs in real text are still binary data, said where.
    expect(analyzePython(`${code}x = 1\x00\n`, parser)).toMatchObject({ ok: false, line: 6, column: 6 });
  });

  it('says what it looked for when a file has no FastAPI route', () => {
    expect(analyzePython('print("hello")\n', parser)).toMatchObject({
      ok: false, message: expect.stringMatching(/^no FastAPI route found: looked for functions decorated with @app\.get\/post\/put\/patch\/delete\/options\/head\/trace\/api_route/),
    });
  });

  it('simulates the first 200 of 500 routes and says so at the first one left out', () => {
    const routes = Array.from({ length: 500 }, (_, i) => `@app.get("/r${i}")\nasync def r${i}():\n    await asyncio.sleep(0.01)\n`).join('\n');
    const result = analyzePython(`import asyncio\nfrom fastapi import FastAPI\napp = FastAPI()\n\n${routes}`, parser, { fileName: 'many.py' });
    expect(result.ok && result.scenario.routes.length).toBe(200);
    const cap = result.diagnostics.find((d) => d.code === 'LOOP002')!;
    expect(formatDiagnostic('many.py', cap)).toBe('many.py:805:1: LOOP002 the file has 500 routes; LoopLab simulates the first 200 (a scenario\'s limit: GET /r0 to GET /r199), from here on they are left out');
  });

  it('keeps a route within the scenario limit of 1,000 steps', () => {
    const body = Array.from({ length: 1200 }, () => '    time.sleep(0.001)').join('\n');
    const result = analyzePython(`import time\n@app.get("/long")\ndef long():\n${body}\n`, parser);
    expect(result.ok && result.scenario.routes[0]!.steps.length).toBe(1000);
    expect(result.diagnostics.map((d) => d.code)).toContain('LOOP002');
  });

  it('reads no deeper than 400 levels of nesting, and says where', () => {
    const result = analyzePython(`@app.get("/x")\nasync def x():\n    y = ${'('.repeat(3000)}1${')'.repeat(3000)}\n`, parser);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.find((d) => d.code === 'LOOP002')).toMatchObject({ line: 3 });
  });

  it('stops following calls that recurse, and calls nested past the depth limit', () => {
    const chain = Array.from({ length: 12 }, (_, i) => `def f${i}():\n    f${i + 1}()\n`).join('') + 'def f12():\n    time.sleep(0.01)\n';
    const result = analyzePython(`import time\n${chain}@app.get("/deep")\ndef deep():\n    f0()\n`, parser);
    expect(result.ok && result.scenario.routes[0]!.steps).toEqual([{ cpu: 1, label: 'deep()', line: 29, column: 1, assumed: true }]);
    expect(result.diagnostics.map((d) => d.code)).toContain('LOOP205');
  });
});
