/**
 * The repository explains itself: nothing in it points at documents outside it (a design note
 * beside the checkout, a path on one machine) or at an issue tracker its readers do not have.
 * A comment or doc names the requirement itself, and the execution model lives in docs/.
 */
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { dirname, resolve, relative } from 'node:path';
import { repositoryFiles } from './repositoryFiles';

const ROOT = resolve(__dirname, '..');

interface Finding { path: string; line: number; text: string; why: string }

const word = (...parts: string[]) => parts.join('');
/** Built from parts so this file does not match its own patterns. */
const OUTSIDE_REFERENCES: { pattern: RegExp; why: string }[] = [
  { pattern: new RegExp(word('shared', '/design')), why: 'a design note outside the repository: cite docs/ instead' },
  { pattern: new RegExp(word('(^|[^/\\w])/', 'work/')), why: 'a path on one machine' },
  { pattern: /(^|[^\w/.-])model\.md/, why: 'cite docs/model.md (with a rule anchor), the model this repository documents' },
  { pattern: new RegExp(word('\\bissues?', '\\s*#?\\d+'), 'i'), why: 'an issue number: say the requirement itself' },
  { pattern: new RegExp(word('\\bdeliverable', '\\s+\\d+'), 'i'), why: "an issue's deliverable number: say the requirement itself" },
  { pattern: new RegExp(word('\\brules?', ' \\d')), why: 'a numbered rule of an outside design: cite the rule by its anchor in docs/model.md' },
];

/** Lines of `text` that refer outside the repository. `inDocs`: a file in docs/, which may link to model.md beside it. */
export function outsideReferences(path: string, text: string): Finding[] {
  const found: Finding[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const { pattern, why } of OUTSIDE_REFERENCES) {
      if (path.startsWith('docs/') && why.startsWith('cite docs/model.md')) continue;
      if (pattern.test(line)) found.push({ path, line: i + 1, text: line.trim().slice(0, 120), why });
    }
  });
  return found;
}

/** Relative Markdown links whose target is outside the repository or does not exist. */
export function brokenLinks(root: string, path: string, text: string): Finding[] {
  const found: Finding[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\]\(([^)\s#]+)(#[^)\s]*)?\)/g)) {
      const target = m[1]!;
      if (/^[a-z]+:/i.test(target)) continue; // a URL: an upstream source, cited as evidence
      const absolute = resolve(root, dirname(path), target);
      const inside = !relative(root, absolute).startsWith('..');
      if (!inside || !existsSync(absolute)) {
        found.push({ path, line: i + 1, text: target, why: inside ? 'no such file in the repository' : 'a link outside the repository' });
      }
    }
  });
  return found;
}

describe('the repository is self-contained', () => {
  const files = repositoryFiles(ROOT).filter((f) => f.path !== 'scripts/selfContained.test.ts');

  it('reads the files it checks', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['README.md', 'ARCHITECTURE.md', 'docs/model.md', 'shared/engine/simulate.ts']));
    expect(paths.some((p) => p.startsWith('node_modules/'))).toBe(false);
  });

  it('refers to no document outside itself and to no issue number', () => {
    expect(files.flatMap((f) => outsideReferences(f.path, f.text))).toEqual([]);
  });

  it('links only to files it contains', () => {
    expect(files.filter((f) => f.path.endsWith('.md')).flatMap((f) => brokenLinks(ROOT, f.path, f.text))).toEqual([]);
  });

  it('catches each kind of outside reference (the checker checks)', () => {
    const samples = [
      `see ../${word('shared', '/design')}/model.md`,
      `measured in ${word('/', 'work/')}main`,
      `as ${word('model', '.md')} says`,
      `done for ${word('iss', 'ue 7')}`,
      `${word('Deliver', 'able 4')} of the plan`,
      `the loop (${word('rul', 'e 3')})`,
    ];
    expect(samples.map((s) => outsideReferences('cli/x.ts', s).length > 0)).toEqual([true, true, true, true, true, true]);
    expect(outsideReferences('cli/x.ts', 'the rule in docs/model.md#gil; request #3; AnyIO PR #455')).toEqual([]);
    expect(outsideReferences('docs/scenario-format.md', 'see [the model](model.md#gil)')).toEqual([]);
    expect(brokenLinks(ROOT, 'docs/x.md', '[a](../../outside.md) [b](model.md) [c](https://example.org/a)').map((f) => f.text)).toEqual(['../../outside.md']);
  });
});
