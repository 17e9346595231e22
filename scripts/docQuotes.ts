/**
 * Checks that a document quotes a figure computed by a test, so a figure typed by hand cannot go
 * stale unnoticed when the engine's rules change (docs/model.md quotes the engine's results).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

const ROOT = resolve(__dirname, '..');

/** Markdown wraps its lines anywhere: every run of white space counts as one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

/** A document of the repository, by its path from the root, on one line. */
export const readDoc = (path: string): string => oneLine(readFileSync(join(ROOT, path), 'utf8'));

/** `text` (from `where`) says `phrase`: a boolean, so a failure names the phrase to write, not the whole page. */
export function expectQuotes(text: string, where: string, phrase: string): void {
  expect(text.includes(phrase), `${where} should say: ${phrase}`).toBe(true);
}
