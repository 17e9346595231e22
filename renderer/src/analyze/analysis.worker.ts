/**
 * The analysis worker: loads the Python parser (web-tree-sitter and the tree-sitter-python
 * grammar, both WebAssembly, served as files of the build) on its first request, then reads
 * each file the page sends: its scenario and diagnostics (shared/analyze) and its syntax
 * highlighting. The page creates this worker only when the user opens Python (or drags a file
 * over the window), so the app's first chart never waits for the parser.
 */
import { Language, Parser, Query } from 'web-tree-sitter';
import runtimeWasm from 'web-tree-sitter/web-tree-sitter.wasm?url';
import grammarWasm from 'tree-sitter-python/tree-sitter-python.wasm?url';
import highlightsScm from 'tree-sitter-python/queries/highlights.scm?raw';
import { analyzePython } from '../../../shared/analyze/analyzePython';
import type { AnalyseReply, AnalyseRequest } from './analysisProtocol';
import { flattenTokens, tokenKind, type HighlightToken } from './highlightTokens';

/** Lines highlighted at most: beyond, the panel shows plain text (5,000 lines stay quick). */
const MAX_HIGHLIGHTED_CHARS = 400_000;

let loading: Promise<{ parser: Parser; highlights: Query }> | null = null;

function load() {
  loading ??= (async () => {
    await Parser.init({ locateFile: () => runtimeWasm });
    const language = await Language.load(grammarWasm);
    const parser = new Parser();
    parser.setLanguage(language);
    return { parser, highlights: new Query(language, highlightsScm) };
  })();
  return loading;
}
// The page starts this worker as soon as a file is dragged over it or Open Python is chosen, so
// the parser loads while the user is still dropping or pasting. A failure here is reported by
// the first request, which awaits the same promise.
load().catch(() => {});

function highlight(parser: Parser, query: Query, text: string): HighlightToken[] {
  if (text.length > MAX_HIGHLIGHTED_CHARS) return [];
  const tree = parser.parse(text);
  if (!tree) return [];
  try {
    const tokens: HighlightToken[] = [];
    for (const capture of query.captures(tree.rootNode)) {
      const kind = tokenKind(capture.name);
      if (kind !== null) tokens.push({ start: capture.node.startIndex, end: capture.node.endIndex, kind });
    }
    return flattenTokens(tokens);
  } finally {
    tree.delete();
  }
}

self.onmessage = async (event: MessageEvent<AnalyseRequest>) => {
  const { id, text, fileName } = event.data;
  let reply: AnalyseReply;
  try {
    const t0 = performance.now();
    const { parser, highlights } = await load();
    const t1 = performance.now();
    const result = analyzePython(text, parser, { fileName });
    const t2 = performance.now();
    reply = { id, ok: true, result, highlights: result.ok || result.diagnostics.length > 0 ? highlight(parser, highlights, text) : [], ms: { load: t1 - t0, analyse: t2 - t1 } };
  } catch (e) {
    reply = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};
