/**
 * The links the share dialog offers, from what is on screen: this exact view (a share link),
 * and the short, readable ones a teacher writes on the board or puts in a QR code — the open
 * lesson (#lesson=myth-2) and the built-in scenarios it uses, or the built-in on screen
 * (#scenario=blocking-in-async). Pure.
 */
import type { Lesson } from '../../../shared/lessons/index';
import type { Scenario } from '../../../shared/scenario/types';
import { serializeScenario } from '../seams/scenarioIo';
import { encodeShare, lessonFragment, linkTo, scenarioFragment, type SharedState } from './shareLink';

export interface ShareLink {
  key: string;
  /** The heading the link is listed under. */
  group: string;
  label: string;
  /** What opening it shows, in a few words. */
  detail?: string;
  url: string;
}

export const VIEW_GROUP = 'This view';
export const LESSON_GROUP = 'Links for this lesson';
export const BUILTIN_GROUP = 'This built-in scenario';

interface Input {
  /** The web app's address: the page's own in a browser, the preference in the desktop app. */
  base: string;
  state: SharedState;
  /** What the second chart shows, as its title says it. */
  compareName: string;
  lesson: Lesson | null;
  builtins: readonly { id: string; scenario: Scenario }[];
}

const ms = (x: number) => `${x.toLocaleString('en', { maximumFractionDigits: 3 })} ms`;

export function describeView(s: SharedState, compareName: string, lesson: Lesson | null): string {
  const parts = [
    `“${s.scenario.name}” beside “${compareName}”`,
    `${s.view} view`,
    s.zoom ? `${ms(s.zoom[0])} to ${ms(s.zoom[1])}` : 'whole timeline',
    `${s.theme} theme`,
    ...(s.chef ? ['chef mode'] : []),
    ...(lesson && s.lesson ? [`lesson “${lesson.title}”, ${s.lesson.revealed ? 'answer revealed' : 'before the answer'}`] : []),
  ];
  return parts.join(' · ');
}

export function shareLinks({ base, state, compareName, lesson, builtins }: Input): ShareLink[] {
  const links: ShareLink[] = [
    { key: 'view', group: VIEW_GROUP, label: 'Everything on screen', detail: describeView(state, compareName, lesson), url: linkTo(base, encodeShare(state)) },
  ];
  const builtinFor = (s: Scenario) => {
    const text = serializeScenario(s);
    return builtins.find((b) => serializeScenario(b.scenario) === text);
  };
  const builtinLink = (b: { id: string; scenario: Scenario }, group: string): ShareLink => ({
    key: `scenario:${b.id}`, group, label: `Scenario: ${b.scenario.name}`, detail: `#${scenarioFragment(b.id)}`, url: linkTo(base, scenarioFragment(b.id)),
  });
  if (lesson) {
    links.push({ key: `lesson:${lesson.id}`, group: LESSON_GROUP, label: `Lesson: ${lesson.title}`, detail: `#${lessonFragment(lesson.id)}: opens at its start`, url: linkTo(base, lessonFragment(lesson.id)) });
    const used = [lesson.scenarios.before, lesson.scenarios.after].flatMap((s) => (s ? [builtinFor(s)] : [])).filter((b) => b !== undefined);
    for (const b of new Set(used)) links.push(builtinLink(b, LESSON_GROUP));
  } else {
    const b = builtinFor(state.scenario);
    if (b) links.push(builtinLink(b, BUILTIN_GROUP));
  }
  return links;
}
