import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../../../assets/scenarios/index';
import { LESSONS, lessonById } from '../../../shared/lessons/index';
import { serializeScenario, validateScenario } from '../../../shared/scenario/index';
import type { Scenario } from '../../../shared/scenario/types';
import { decodeShare, readFragment, type SharedState } from './shareLink';
import { BUILTIN_GROUP, LESSON_GROUP, shareLinks, VIEW_GROUP } from './shareLinks';

const builtins = BUILTIN_SCENARIOS.map((b) => { const r = validateScenario(b.scenario); if (!r.ok) throw new Error(b.id); return { id: b.id, scenario: r.scenario }; });
const base = 'https://school.example/courses/looplab/';
const state = (scenario: Scenario, lesson: SharedState['lesson'] = null): SharedState =>
  ({ scenario, compare: lesson ? 'lesson' : 'flip:naive', view: 'resources', zoom: null, chef: false, theme: 'light', lesson });

describe('links offered for sharing', () => {
  it('a built-in on screen: this view, and the built-in by its readable name', () => {
    const b = builtins.find((x) => x.id === 'blocking-in-async')!;
    const links = shareLinks({ base, state: state(b.scenario), compareName: 'Flipped', lesson: null, builtins });
    expect(links.map((l) => [l.group, l.url.slice(base.length)])).toEqual([
      [VIEW_GROUP, expect.stringMatching(/^#share=v1\./)],
      [BUILTIN_GROUP, '#scenario=blocking-in-async'],
    ]);
    expect(links[0]!.detail).toBe('“' + b.scenario.name + '” beside “Flipped” · resources view · whole timeline · light theme');
  });

  it('an edited scenario is no built-in: only this view', () => {
    const b = builtins[0]!;
    const edited = { ...b.scenario, name: `${b.scenario.name} (mine)` };
    expect(shareLinks({ base, state: state(edited), compareName: 'Flipped', lesson: null, builtins }).map((l) => l.key)).toEqual(['view']);
  });

  it('a lesson: its short link and the built-ins it uses, under "Links for this lesson"', () => {
    const lesson = lessonById('myth-2-sync-fine-in-async')!;
    const links = shareLinks({ base, state: state(lesson.scenarios.before, { id: lesson.id, side: 'before', revealed: false }), compareName: 'x', lesson, builtins });
    const lessonLinks = links.filter((l) => l.group === LESSON_GROUP);
    expect(lessonLinks[0]!.url).toBe(`${base}#lesson=myth-2`);
    for (const l of lessonLinks.slice(1)) {
      const target = readFragment(new URL(l.url).hash);
      expect(target.kind).toBe('scenario');
      const used = builtins.find((b) => target.kind === 'scenario' && b.id === target.id)!;
      expect([lesson.scenarios.before, lesson.scenarios.after].map((s) => s && serializeScenario(s))).toContain(serializeScenario(used.scenario));
    }
  });

  it('every lesson has a short link that leads back to it', () => {
    for (const lesson of LESSONS) {
      const links = shareLinks({ base, state: state(lesson.scenarios.before, { id: lesson.id, side: 'before', revealed: false }), compareName: 'x', lesson, builtins });
      const url = links.find((l) => l.key === `lesson:${lesson.id}`)!.url;
      expect(url.length, lesson.id).toBeLessThan(base.length + 40);
      const view = links[0]!;
      const decoded = decodeShare((readFragment(new URL(view.url).hash) as { data: string }).data, { lessonIds: LESSONS.map((l) => l.id), builtinIds: builtins.map((b) => b.id) });
      expect(decoded.ok && decoded.value.lesson?.id).toBe(lesson.id);
    }
  });
});
