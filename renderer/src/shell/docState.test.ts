import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/scenario/types';
import { defaultServer } from '../../../shared/scenario/types';
import { LIMITS } from '../../../shared/scenario/limits';
import { applyEdit, initialDocState, isDirty, loadDocument, markSaved, redoDoc, suggestedFileName, undoDoc } from './docState';

const make = (name: string): Scenario => ({ name, server: defaultServer(), routes: [], requests: [] });

describe('document state', () => {
  it('is clean when opened, dirty after an edit, clean again after undo', () => {
    const a = make('a');
    let s = initialDocState(a);
    expect(isDirty(s)).toBe(false);
    s = applyEdit(s, make('b'));
    expect(isDirty(s)).toBe(true);
    s = undoDoc(s);
    expect(isDirty(s)).toBe(false);
    s = redoDoc(s);
    expect(s.history.present.scenario.name).toBe('b');
  });

  it('keeps the previous document in undo when another is loaded', () => {
    let s = applyEdit(initialDocState(make('a')), make('edited'));
    s = loadDocument(s, make('file'), '/tmp/file.json');
    expect(isDirty(s)).toBe(false);
    s = undoDoc(s);
    expect(s.history.present).toEqual({ scenario: make('edited'), path: null });
  });

  it('a recovered document is dirty from the start', () => {
    expect(isDirty(loadDocument(initialDocState(make('a')), make('r'), null, true))).toBe(true);
  });

  it('after saving, records the path and clean state without a new undo step', () => {
    let s = applyEdit(initialDocState(make('a')), make('b'));
    s = markSaved(s, s.history.present.scenario, 'b.json');
    expect(isDirty(s)).toBe(false);
    expect(s.history.present.path).toBe('b.json');
    expect(s.history.past).toHaveLength(1);
  });

  it('stays dirty when an edit happened while the save was in flight', () => {
    let s = applyEdit(initialDocState(make('a')), make('b'));
    const saving = s.history.present.scenario;
    s = applyEdit(s, make('c'));
    s = markSaved(s, saving, 'b.json');
    expect(isDirty(s)).toBe(true);
    // …and the file chosen by that Save As is where the next Save goes.
    expect(s.history.present.path).toBe('b.json');
    expect(s.history.present.scenario.name).toBe('c');
  });

  it('suggests a file name from the path or the scenario name', () => {
    expect(suggestedFileName({ scenario: make('Blocking call: async!'), path: null })).toBe('blocking-call-async.json');
    expect(suggestedFileName({ scenario: make('x'), path: 'C:\\work\\mine.json' })).toBe('mine.json');
  });
});

describe('a description after an edit', () => {
  const described = (name: string, description?: string): Scenario => ({ ...make(name), ...(description === undefined ? {} : { description }) });

  it('says the scenario was edited from the original, at the first edit, and keeps saying it', () => {
    const original = described('one thread', 'Five requests on one thread: the fifth ends at 1,000 ms.');
    let s = applyEdit(initialDocState(original), described('one thread'.toUpperCase(), original.description));
    expect(s.history.present.scenario.description).toBe('Edited from “one thread”. The original: Five requests on one thread: the fifth ends at 1,000 ms.');
    const once = s.history.present.scenario.description;
    s = applyEdit(s, { ...s.history.present.scenario, name: 'again' });
    expect(s.history.present.scenario.description).toBe(once);
  });

  it('comes back as written with undo', () => {
    const original = described('a', 'All five finish together, at about 200 ms.');
    const s = undoDoc(applyEdit(initialDocState(original), described('b', original.description)));
    expect(s.history.present.scenario).toBe(original);
  });

  it('is left alone when there is none, or when the edit wrote one', () => {
    expect(applyEdit(initialDocState(described('a')), described('b')).history.present.scenario.description).toBeUndefined();
    expect(applyEdit(initialDocState(described('a', 'old')), described('b', 'new')).history.present.scenario.description).toBe('new');
  });

  it('stays within the description limit', () => {
    const long = described('a', 'x'.repeat(LIMITS.maxDescriptionChars));
    const text = applyEdit(initialDocState(long), described('b', long.description)).history.present.scenario.description!;
    expect(text).toHaveLength(LIMITS.maxDescriptionChars);
    expect(text.endsWith('…')).toBe(true);
  });
});
