/**
 * The shape of the content: every scenario loads through the real validator and simulates,
 * stays small enough to read on a chart, and every text field parses and quotes only numbers
 * the engine produced (claims) or the scenario itself states (inputs).
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, validateScenario, type Scenario, type Step } from '../scenario';
import { simulate } from '../engine/simulate';
import { planArrivals } from '../engine/arrivals';
import { LESSONS, lessonById, lessonsOfKind, nextLesson } from './index';
import { parseInline } from './markup';
import type { Lesson } from './types';

const scenariosOf = (l: Lesson): Scenario[] => [l.scenarios.before, ...(l.scenarios.after ? [l.scenarios.after] : [])];

/** Every text a reader sees, except the wrong choices (which are wrong on purpose). */
function textsOf(l: Lesson): string[] {
  const q = l.question;
  return [l.title, l.summary, ...l.body, l.takeaway, l.chef ?? '', l.scenarios.before.name, l.scenarios.after?.name ?? '',
    ...(q ? [q.prompt, q.why, q.choices[q.answer] ?? ''] : [])];
}

/** Durations and times written in a scenario: the inputs a lesson may quote freely. */
function inputsOf(s: Scenario): Set<number> {
  const out = new Set<number>([s.server.switchIntervalMs]);
  const walk = (steps: Step[]): void => {
    for (const st of steps) {
      for (const [k, v] of Object.entries(st)) {
        if (typeof v === 'number') out.add(v);
        else if (k === 'to_thread' || k === 'to_process') walk(v as Step[]);
        else if (k === 'gather') for (const b of v as Step[][]) walk(b);
      }
    }
  };
  for (const r of s.routes) walk(r.steps);
  for (const a of s.requests) for (const k of ['at', 'every', 'think'] as const) if (k in a) out.add((a as unknown as Record<string, number>)[k]!);
  return out;
}

describe('the lesson list', () => {
  it('has the six steps first, then the four myths, three pitfalls and four guides', () => {
    expect(LESSONS.map((l) => l.kind)).toEqual([
      ...Array(6).fill('step'), ...Array(4).fill('myth'), ...Array(3).fill('pitfall'), ...Array(4).fill('guide'),
    ]);
  });
  it('finds every lesson by its unique id, and walks them in order', () => {
    expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
    for (const l of LESSONS) expect(lessonById(l.id)).toBe(l);
    expect(lessonById('no-such-lesson')).toBeUndefined();
    expect(nextLesson(LESSONS[0]!.id)).toBe(LESSONS[1]);
    expect(nextLesson(LESSONS[LESSONS.length - 1]!.id)).toBeUndefined();
    expect(lessonsOfKind('pitfall').map((l) => l.id)).toEqual(LESSONS.filter((l) => l.kind === 'pitfall').map((l) => l.id));
  });
  it('is plain data: a JSON round trip changes nothing', () => {
    expect(JSON.parse(JSON.stringify(LESSONS))).toEqual(LESSONS);
  });
});

describe('predict questions give nothing away before the reveal', () => {
  const questions = LESSONS.flatMap((l) => (l.question ? [{ id: l.id, ...l.question }] : []));
  it("no option is emphasised (the app draws every option's figures as plain text too)", () => {
    for (const q of questions) for (const c of q.choices) expect(c, q.id).not.toMatch(/\*\*/);
  });
  it('the right answer is not in the same place every time: no position holds it in more than half of the questions', () => {
    const at = new Map<number, number>();
    for (const q of questions) at.set(q.answer, (at.get(q.answer) ?? 0) + 1);
    for (const [position, n] of at) expect(n, `answer at option ${position + 1} in ${n} of ${questions.length}`).toBeLessThanOrEqual(questions.length / 2);
  });
});

for (const lesson of LESSONS) {
  describe(lesson.title, () => {
    it('has a scenario pair that the loader accepts unchanged, and that simulates', () => {
      expect(lesson.scenarios.after, 'every lesson shows two timelines').toBeDefined();
      for (const s of scenariosOf(lesson)) {
        const result = validateScenario(s);
        expect(result.ok ? [] : result.errors).toEqual([]);
        const reloaded = parseScenario(JSON.stringify(s));
        expect(reloaded.ok && reloaded.scenario).toEqual(s);
        expect(simulate(s).requests.length).toBe(planArrivals(s).count);
      }
    });

    it('names its two scenarios apart: the name is the chart title, the Edit button and the title bar', () => {
      expect(lesson.scenarios.after?.name).not.toBe(lesson.scenarios.before.name);
    });

    it('keeps its charts readable: at most 20 requests (the saturation pitfall excepted)', () => {
      const limit = lesson.id === 'pitfall-2-requests-in-def-under-load' ? 100 : 20;
      for (const s of scenariosOf(lesson)) expect(planArrivals(s).count).toBeLessThanOrEqual(limit);
    });

    it('has one-line summary, takeaway and chef, and no HTML', () => {
      for (const t of [lesson.summary, lesson.takeaway, lesson.chef ?? '']) expect(t).not.toMatch(/\n/);
      for (const t of [lesson.takeaway, lesson.chef ?? '']) expect(t.replace(/`[^`]*`/g, '').match(/[.!?](\s|$)/g)?.length ?? 1).toBe(1);
      for (const t of textsOf(lesson)) expect(t).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(lesson.body.length).toBeGreaterThan(0);
      expect(lesson.facts.length).toBeGreaterThan(0);
    });

    it('resolves every {claim} and quotes no millisecond figure the engine did not produce', () => {
      const inputs = new Set(scenariosOf(lesson).flatMap((s) => [...inputsOf(s)]));
      const texts = [...textsOf(lesson), ...(lesson.question?.choices ?? [])];
      for (const t of texts) expect(() => parseInline(t, lesson.claims)).not.toThrow();
      for (const t of textsOf(lesson)) {
        const bare = t.replace(/`[^`]*`|\{[^}]*\}/g, '');
        for (const m of bare.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*ms\b/g)) {
          expect(inputs.has(Number(m[1]!.replace(/,/g, ''))), `"${m[0]}" in "${t}" is neither a claim nor a scenario input`).toBe(true);
        }
      }
    });

    if (lesson.kind === 'step' || lesson.kind === 'myth') {
      it('asks the learner to predict before the reveal (2–4 choices, one correct)', () => {
        const q = lesson.question!;
        expect(q.choices.length).toBeGreaterThanOrEqual(2);
        expect(q.choices.length).toBeLessThanOrEqual(4);
        expect(q.answer).toBeGreaterThanOrEqual(0);
        expect(q.answer).toBeLessThan(q.choices.length);
      });
    }

    if (lesson.kind === 'pitfall') {
      it('shows wrong and fixed FastAPI code', () => {
        const code = lesson.code!;
        for (const src of [code.wrong, code.fixed]) expect(src).toMatch(/@app\.(get|post)\(/);
        expect(code.wrong).not.toEqual(code.fixed);
      });
    }
  });
}
