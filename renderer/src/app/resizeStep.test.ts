import { describe, expect, it } from 'vitest';
import { fixtureScenario, fixtureTimeline } from '../../../shared/chart/fixtures';
import type { Scenario } from '../../../shared/scenario/types';
import { setStepDuration } from '../document/routeEdits';
import { resizeArgs } from './resizeStep';

const drawn = { scenario: fixtureScenario, timeline: fixtureTimeline };

describe('a step resized on the chart', () => {
  it('addresses the request\'s route by index, as the typed duration does', () => {
    expect(resizeArgs(fixtureScenario, { request: 1, path: [1], ms: 55, drawn })).toEqual({ route: 1, path: [1], ms: 55 });
    const args = resizeArgs(fixtureScenario, { request: 0, path: [4, 0], ms: 25, drawn });
    expect(args).toEqual({ route: 0, path: [4, 0], ms: 25 });
    const next = setStepDuration(fixtureScenario, args as Exclude<typeof args, string>);
    expect((next as Scenario).routes[0]!.steps[4]).toEqual({ to_process: [{ cpu: 25, label: 'resize image' }] });
  });

  it('is refused when the chart drew an older document (a path is a position: it may name another step now)', () => {
    const edited = { ...fixtureScenario, routes: [...fixtureScenario.routes] };
    expect(resizeArgs(edited, { request: 0, path: [0], ms: 20, drawn })).toMatch(/earlier version/);
  });

  it('is refused for a request the timeline does not know', () => {
    expect(resizeArgs(fixtureScenario, { request: 9, path: [0], ms: 20, drawn })).toMatch(/request #9/);
  });
});
