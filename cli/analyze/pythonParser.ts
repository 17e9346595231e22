/**
 * The Python parser in Node: web-tree-sitter with the tree-sitter-python grammar, both as
 * WebAssembly read from node_modules. Loaded once per process, on first use (about 15 ms).
 * The app loads the same two files in a Web Worker (renderer/src/analyze/).
 */
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { PythonParser } from '../../shared/analyze/syntax';

const require = createRequire(import.meta.url);

let loading: Promise<PythonParser> | null = null;

export function loadPythonParser(): Promise<PythonParser> {
  loading ??= load();
  return loading;
}

async function load(): Promise<PythonParser> {
  const { Parser, Language } = await import('web-tree-sitter');
  const runtime = require.resolve('web-tree-sitter/web-tree-sitter.wasm');
  const grammar = require.resolve('tree-sitter-python/tree-sitter-python.wasm');
  await Parser.init({ wasmBinary: await readFile(runtime) });
  const language = await Language.load(await readFile(grammar));
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}
