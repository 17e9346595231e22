import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/scenario/types';
import { defaultServer } from '../../../shared/scenario/types';
import { clampSelection } from './selection';

const doc: Scenario = { name: 'x', server: defaultServer(), routes: [{ name: 'a', kind: 'sync', steps: [{ cpu: 1 }] }], requests: [] };

describe('selection', () => {
  it('keeps a valid selection as it is', () => {
    const sel = { route: 0, step: [0] };
    expect(clampSelection(doc, sel)).toBe(sel);
  });
  it('drops a step that no longer exists and pulls the route back into range', () => {
    expect(clampSelection(doc, { route: 3, step: [5] })).toEqual({ route: 0, step: null });
  });
});
