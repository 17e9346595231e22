import { describe, expect, it } from 'vitest';
import { zlibSync, strToU8 } from 'fflate';
import { BUILTIN_SCENARIOS } from '../../../assets/scenarios/index';
import { LESSONS } from '../../../shared/lessons/index';
import { validateScenario } from '../../../shared/scenario/index';
import type { Scenario } from '../../../shared/scenario/types';
import {
  adler32, decodeShare, encodeShare, lessonLinkName, linkTo, MAX_LINK_CHARS, readFragment, resolveLessonName, type SharedState,
} from './shareLink';

const context = { lessonIds: LESSONS.map((l) => l.id), builtinIds: BUILTIN_SCENARIOS.map((b) => b.id) };
const builtin = (id: string): Scenario => {
  const r = validateScenario(BUILTIN_SCENARIOS.find((b) => b.id === id)!.scenario);
  if (!r.ok) throw new Error(id);
  return r.scenario;
};

const state: SharedState = {
  scenario: builtin('blocking-in-async'),
  compare: 'lesson',
  view: 'requests',
  zoom: [12.5, 340.25],
  chef: true,
  theme: 'dark',
  lesson: { id: 'myth-2-sync-fine-in-async', side: 'after', revealed: true },
};

const dataOf = (fragment: string) => { const t = readFragment(fragment); if (t.kind !== 'share') throw new Error(t.kind); return t.data; };
const wire = (json: unknown) => `v1.${Buffer.from(zlibSync(strToU8(JSON.stringify(json)))).toString('base64url')}`;
const goodWire = () => ({ v: 1, scenario: JSON.parse(JSON.stringify(BUILTIN_SCENARIOS[0]!.scenario)), compare: 'flip:naive', view: 'resources', zoom: null, chef: false, theme: 'light', lesson: null });

describe('share link round trip', () => {
  it('brings back the scenario, comparison, view, zoom, chef mode, theme and lesson', () => {
    const fragment = encodeShare(state);
    expect(fragment).toMatch(/^share=v1\.[A-Za-z0-9_-]+$/);
    const back = decodeShare(dataOf(`#${fragment}`), context);
    expect(back).toEqual({ ok: true, value: state });
  });

  it('keeps an edited scenario exactly, step by step', () => {
    const edited: Scenario = { ...state.scenario, routes: state.scenario.routes.map((r, i) => (i === 0 ? { ...r, steps: [...r.steps, { cpu: 7.25, label: 'parse “json”' }, { gather: [[{ await_io: 3 }], [{ await_io: 9 }]] }] } : r)) };
    const back = decodeShare(dataOf(encodeShare({ ...state, scenario: edited, lesson: null, compare: 'flip:await' })), context);
    expect(back.ok && back.value.scenario).toEqual(edited);
  });

  it('makes links for every built-in scenario well under the documented limit', () => {
    for (const b of BUILTIN_SCENARIOS) {
      const url = linkTo('https://example.github.io/looplab/', encodeShare({ ...state, scenario: builtin(b.id), lesson: null, compare: 'flip:naive' }));
      expect(url.length, b.id).toBeLessThan(700);
    }
    expect(MAX_LINK_CHARS).toBe(8000);
  });
});

describe('a damaged or tampered share link is refused with a message', () => {
  const good = dataOf(encodeShare(state));

  it('one character changed: the checksum or the decompression says so', () => {
    for (const at of [10, Math.floor(good.length / 2), good.length - 3]) {
      const c = good[at] === 'A' ? 'B' : 'A';
      const bad = good.slice(0, at) + c + good.slice(at + 1);
      const result = decodeShare(bad, context);
      expect(result.ok, `changed at ${at}`).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^The share link (was changed|is cut short or damaged|is damaged)/);
    }
  });

  it('cut short (a chat app truncated it)', () => {
    const result = decodeShare(good.slice(0, good.length - 20), context);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/cut short or damaged|checksum/) });
    expect(decodeShare('v1.eJ', context)).toEqual({ ok: false, message: expect.stringMatching(/cut short/) });
  });

  it('characters a link never has, or no version', () => {
    expect(decodeShare('v1.abc$def', context)).toEqual({ ok: false, message: expect.stringMatching(/characters a LoopLab link never has/) });
    expect(decodeShare('hello', context)).toEqual({ ok: false, message: expect.stringMatching(/format version/) });
  });

  it('a newer format asks for a newer LoopLab', () => {
    expect(decodeShare(`v2.${good.slice(3)}`, context)).toEqual({ ok: false, message: expect.stringMatching(/newer LoopLab \(link format v2; this version reads v1\)/) });
  });

  it('a well-formed link whose scenario does not load names the problem and its path', () => {
    const w = goodWire();
    w.scenario.routes[0].steps = [{ cpu: -5 }];
    const result = decodeShare(wire(w), context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^The scenario in the share link does not load: routes\[0\]\.steps\[0\]\.cpu: .*negative/);
  });

  it('a view field out of range is named', () => {
    expect(decodeShare(wire({ ...goodWire(), view: 'sideways' }), context)).toEqual({ ok: false, message: 'The share link\'s “view” is "sideways"; expected resources or requests.' });
    expect(decodeShare(wire({ ...goodWire(), zoom: [50, 10] }), context)).toEqual({ ok: false, message: expect.stringMatching(/“zoom”/) });
    expect(decodeShare(wire({ ...goodWire(), compare: 'scenario:nope' }), context)).toEqual({ ok: false, message: expect.stringMatching(/“compare”/) });
    expect(decodeShare(wire({ ...goodWire(), lesson: { id: 'myth-9', side: 'before', revealed: false } }), context)).toEqual({ ok: false, message: expect.stringMatching(/lesson “myth-9”/) });
    expect(decodeShare(wire({ ...goodWire(), extra: 1 }), context)).toEqual({ ok: false, message: expect.stringMatching(/fields LoopLab does not know \(extra\)/) });
    expect(decodeShare(wire([1, 2]), context)).toEqual({ ok: false, message: expect.stringMatching(/does not hold a LoopLab view/) });
  });

  it('a zip bomb is refused without filling memory', () => {
    const bomb = `v1.${Buffer.from(zlibSync(new Uint8Array(6 * 1024 * 1024).fill(32), { level: 1 })).toString('base64url')}`;
    expect(decodeShare(bomb, context)).toEqual({ ok: false, message: expect.stringMatching(/more than a scenario file may/) });
  });
});

describe('adler32', () => {
  it('matches zlib for the RFC example and across the 5,552-byte summing block', () => {
    expect(adler32(strToU8('Wikipedia'))).toBe(0x11e60398);
    const long = new Uint8Array(20_000).map((_, i) => (i * 31) & 255);
    const z = zlibSync(long);
    expect(adler32(long)).toBe(Buffer.from(z.subarray(-4)).readUInt32BE(0));
  });
});

describe('fragments and short names', () => {
  it('reads the three kinds of link, and says when a fragment is none of them', () => {
    expect(readFragment('')).toEqual({ kind: 'none' });
    expect(readFragment('#')).toEqual({ kind: 'none' });
    expect(readFragment('#lesson=myth-2')).toEqual({ kind: 'lesson', name: 'myth-2' });
    expect(readFragment('#scenario=blocking-in-async')).toEqual({ kind: 'scenario', id: 'blocking-in-async' });
    expect(readFragment('#share=v1.abc')).toEqual({ kind: 'share', data: 'v1.abc' });
    expect(readFragment('#shar=v1.abc')).toEqual({ kind: 'unknown', fragment: 'shar=v1.abc' });
    expect(readFragment('#lesson=a&scenario=b')).toEqual({ kind: 'unknown', fragment: 'lesson=a&scenario=b' });
  });

  it('gives numbered lessons short names that lead back to them, and guides their ids', () => {
    expect(lessonLinkName('myth-2-sync-fine-in-async')).toBe('myth-2');
    expect(lessonLinkName('step-1-sync-basics')).toBe('step-1');
    expect(lessonLinkName('guide-key-takeaways')).toBe('guide-key-takeaways');
    for (const id of context.lessonIds) expect(resolveLessonName(lessonLinkName(id), context.lessonIds)).toBe(id);
    expect(resolveLessonName('myth-2-sync-fine-in-async', context.lessonIds)).toBe('myth-2-sync-fine-in-async');
    expect(resolveLessonName('myth-9', context.lessonIds)).toBeUndefined();
    expect(resolveLessonName('myth', context.lessonIds)).toBeUndefined();
  });

  it('puts a fragment on any page address, replacing one it had', () => {
    expect(linkTo('https://x.github.io/course/looplab/', 'lesson=myth-2')).toBe('https://x.github.io/course/looplab/#lesson=myth-2');
    expect(linkTo('https://x.github.io/looplab/index.html#share=v1.old', 'scenario=await-io')).toBe('https://x.github.io/looplab/index.html#scenario=await-io');
  });
});
