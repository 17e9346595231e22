/**
 * docs/ stays true to the code: every example in the scenario format loads (and every
 * example of a mistake gives exactly the errors shown under it), every key, default and limit
 * the loader knows is documented, and every rule the code cites exists in docs/model.md.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseScenario, TOP_KEYS } from '../shared/scenario/load';
import { formatError } from '../shared/scenario/errors';
import { SERVER_KEYS } from '../shared/scenario/server';
import { CLOSED_KEYS, TRAIN_KEYS } from '../shared/scenario/arrivals';
import { STEP_KINDS, STEP_NOTE_KEYS, defaultServer, type ServerConfig } from '../shared/scenario/types';
import { LIMITS, formatCount } from '../shared/scenario/limits';
import { DEFAULT_MAX_EVENTS } from '../shared/engine/simulate';
import { repositoryFiles } from './repositoryFiles';

const ROOT = resolve(__dirname, '..');
const formatDoc = readFileSync(join(ROOT, 'docs/scenario-format.md'), 'utf8');
const modelDoc = readFileSync(join(ROOT, 'docs/model.md'), 'utf8');

/** A cited rule: the model's page in docs/, then '#' and the rule's anchor (in docs/ a relative link); built from parts so this file cites none. */
const CITED_RULE = new RegExp(`(?:docs/|[(])${'model'}\\.md#([a-z0-9-]+)`, 'g');

interface CodeBlock { info: string; text: string; line: number }

/** Fenced code blocks of a Markdown text, with their info string and first line. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const re = /^```([^\n]*)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    blocks.push({ info: m[1]!.trim(), text: m[2]!, line: markdown.slice(0, m.index).split('\n').length });
  }
  return blocks;
}

/** The anchors a Markdown file defines with `<a id="…">`. */
function anchors(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!));
}

/** The cells of the table row whose first cell is `key` in backquotes. */
function rowOf(markdown: string, key: string): string[] {
  const line = markdown.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
  return line === undefined ? [] : line.split('|').slice(1, -1).map((c) => c.trim());
}

describe('docs/scenario-format.md', () => {
  const blocks = codeBlocks(formatDoc);

  it('has examples, and every one of them loads', () => {
    const examples = blocks.filter((b) => b.info === 'json');
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const b of examples) {
      const result = parseScenario(b.text);
      expect(result.ok ? [] : result.errors.map(formatError), `the example at line ${b.line}`).toEqual([]);
    }
  });

  it('shows exactly the errors each example of a mistake gives', () => {
    const invalid = blocks.flatMap((b, i) => (b.info === 'json invalid' ? [i] : []));
    expect(invalid.length).toBeGreaterThanOrEqual(1);
    for (const i of invalid) {
      const expected = blocks[i + 1];
      expect(expected?.info, `a text block of errors after the mistake at line ${blocks[i]!.line}`).toBe('text');
      const result = parseScenario(blocks[i]!.text);
      expect(result.ok ? [] : result.errors.map(formatError)).toEqual(expected!.text.trimEnd().split('\n'));
    }
  });

  it('documents every key the loader accepts', () => {
    const keys = [...TOP_KEYS, ...SERVER_KEYS, ...STEP_KINDS, ...TRAIN_KEYS, ...CLOSED_KEYS, ...STEP_NOTE_KEYS, 'pool', 'kind', 'steps'];
    expect(keys.filter((k) => !formatDoc.includes(`\`${k}\``))).toEqual([]);
  });

  it("gives each server field the loader's default and range", () => {
    const defaults = defaultServer();
    for (const key of SERVER_KEYS as (keyof ServerConfig)[]) {
      const [, defaultCell, allowed] = rowOf(formatDoc, key);
      expect(allowed, `a row for server.${key}`).toBeDefined();
      if (key !== 'executorThreads' && key !== 'processPoolWorkers') expect(defaultCell, key).toBe(`\`${String(defaults[key])}\``);
      const range = (LIMITS as Record<string, unknown>)[key] as { min: number; max: number } | undefined;
      if (range !== undefined) expect(allowed, key).toContain(`${formatCount(range.min)}–${formatCount(range.max)}`);
    }
  });

  it('states every limit the loader and the engine enforce', () => {
    const figures = [
      LIMITS.maxTextChars, LIMITS.maxJsonDepth, LIMITS.maxGatherDepth, LIMITS.maxRequests, LIMITS.maxTimeMs,
      LIMITS.maxRoutes, LIMITS.maxStepsPerRoute, LIMITS.maxArrivalEntries, LIMITS.maxNameChars, LIMITS.maxLabelChars,
      LIMITS.maxDescriptionChars, LIMITS.maxErrorsReported, DEFAULT_MAX_EVENTS,
    ];
    expect(figures.filter((n) => !formatDoc.includes(formatCount(n)))).toEqual([]);
  });
});

describe('docs/model.md', () => {
  const defined = anchors(modelDoc);

  it('defines a named anchor for each rule', () => {
    expect([...defined]).toEqual(expect.arrayContaining(['accept', 'iteration', 'hops', 'anyio-tokens', 'executor', 'gil', 'cores', 'order']));
  });

  it('has every rule anchor that the code and the docs cite', () => {
    const missing: string[] = [];
    for (const { path, text } of repositoryFiles(ROOT)) {
      for (const m of text.matchAll(CITED_RULE)) {
        if (!defined.has(m[1]!)) missing.push(`${path}: docs/model.md#${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('links only to anchors that exist in docs/scenario-format.md', () => {
    const targets = [...modelDoc.matchAll(/scenario-format\.md#([a-z0-9-]+)/g)].map((m) => m[1]!);
    expect(targets.filter((t) => !anchors(formatDoc).has(t))).toEqual([]);
  });
});
