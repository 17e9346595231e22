/**
 * A syntax error is placed at the slip, by line and column, where Python's own parser puts it
 * (CPython 3.11's SyntaxError for each snippet, in the comment beside it), not where
 * tree-sitter's reading stopped making sense (often the decorator lines above).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPythonParser } from '../../cli/analyze/pythonParser';
import { analyzePython } from './analyzePython';
import type { PythonParser } from './syntax';

let parser: PythonParser;
beforeAll(async () => { parser = await loadPythonParser(); });

const ROUTE = ['from fastapi import FastAPI', 'app = FastAPI()', '@app.get("/ok")', 'async def ok():', '    return 1', ''];

function syntaxErrors(code: string[]): string[] {
  const result = analyzePython([...ROUTE, ...code].join('\n'), parser);
  return result.diagnostics.filter((d) => d.code === 'LOOP001').map((d) => `${d.line - ROUTE.length}:${d.column} ${d.message.split(';')[0]}`);
}

describe('where a syntax error is', () => {
  it('is the colon a def, class or if line is missing', () => {
    // SyntaxError: expected ':' (line 2, at the end of "async def a()")
    expect(syntaxErrors(['@app.get("/a")', 'async def a()', '    return 1'])).toEqual(['2:14 syntax error: ":" expected at the end of "async def a()"']);
    expect(syntaxErrors(['@app.get("/a")', 'def a():', '    if True', '        return 1'])).toEqual(['3:12 syntax error: ":" expected at the end of "if True"']);
  });

  it('is a bracket never closed, when the reading goes wrong on a later line', () => {
    // SyntaxError: '(' was never closed
    expect(syntaxErrors(['@app.get("/a")', 'async def a():', '    data = compute(1, 2', '    return data'])).toEqual(['3:19 syntax error: "(" is never closed in "data = compute(1, 2"']);
  });

  it('is a bracket that does not match the one it closes, or closes none', () => {
    // SyntaxError: closing parenthesis ')' does not match opening parenthesis '['
    expect(syntaxErrors(['x = [1, 2)'])).toEqual(['1:10 syntax error: ")" does not match the "[" it closes in "x = [1, 2)"']);
    // SyntaxError: unmatched ')'
    expect(syntaxErrors(['x = 1)'])).toEqual(['1:6 syntax error: unmatched ")" in "x = 1)"']);
  });

  it('is the token out of place, not the decorator above a broken signature', () => {
    // SyntaxError: invalid syntax (at the colon); tree-sitter reads a ")" missing there
    expect(syntaxErrors(['@app.get("/b")', 'async def b(:', '    return 1'])).toEqual(['2:13 syntax error: ")" expected in "async def b(:"']);
    expect(syntaxErrors(['@app.get("/b")', 'async def b(:', '    data = {"x": 1,', '    return data'])).toEqual(['2:13 syntax error: unexpected ":" in "async def b(:"']);
  });

  it('never puts the slip on a line above the unreadable span, which parsed', () => {
    // Python 3.12 allows the same quotes inside an f-string: read as two strings, the line seems to close a ")" it never opened.
    expect(syntaxErrors(['@app.get("/a")', 'async def a(row: dict):', '    title = f"{row["a)"]}"', '    if title', '        return title'])).toEqual(['4:13 syntax error: ":" expected at the end of "if title"']);
  });

  it('reads brackets, colons and "#" inside strings and comments as text', () => {
    expect(syntaxErrors(['@app.get("/a")', 'async def a():', '    s = "(:" + \'[\'  # ) {', '    t = """', ')', '"""', '    return s(', ''])).toEqual(['7:13 syntax error: "(" is never closed in "return s("']);
  });
});
