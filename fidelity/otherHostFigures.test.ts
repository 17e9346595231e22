/**
 * What fidelity/README.md ("Another host") and docs/model.md say in words of the scenarios
 * measured on another host is what the files and the engine give now (otherHostFigures.ts):
 * measuring there again moves the medians, and a figure typed by hand would go stale unseen.
 */
import { describe, it } from 'vitest';
import { expectQuotes, readDoc } from '../scripts/docQuotes';
import { otherHostQuotes } from './otherHostFigures';

describe('the pages quote the other host\'s figures as measured', () => {
  for (const q of otherHostQuotes()) {
    it(`${q.doc}: ${q.what}`, () => expectQuotes(readDoc(q.doc), q.doc, q.phrase));
  }
});
