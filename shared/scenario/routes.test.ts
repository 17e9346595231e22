import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits';
import { errorLines, validDoc } from './testDocs';

const withRoutes = (routes: unknown) => ({ ...validDoc(), routes });
const route = (name: string) => ({ name, kind: 'async', steps: [] });

describe('routes', () => {
  it('must not be empty', () => {
    expect(errorLines(withRoutes([]))).toEqual([expect.stringMatching(/^routes: is empty \(a scenario needs at least one route/)]);
  });

  it('must be a list', () => {
    expect(errorLines(withRoutes({ report: {} }))).toEqual([expect.stringMatching(/^routes: must be a list of routes \(got an object\)/)]);
  });

  it(`may number at most ${LIMITS.maxRoutes}`, () => {
    const many = Array.from({ length: LIMITS.maxRoutes }, (_, i) => route(i === 0 ? 'report' : `r${i}`));
    expect(errorLines(withRoutes(many))).toEqual([]);
    expect(errorLines(withRoutes([...many, route('one more')]))).toEqual([expect.stringMatching(/^routes: has 201 routes, more than the limit of 200/)]);
  });

  it('must have unique names', () => {
    expect(errorLines(withRoutes([route('report'), route('report')]))).toEqual([
      'routes[1].name: duplicates the name of an earlier route ("report"; each route needs its own name)',
    ]);
  });

  it('need a name, a kind and steps', () => {
    expect(errorLines(withRoutes([route('report'), {}]))).toEqual([
      'routes[1].name: is required (a name, e.g. "report")',
      'routes[1].kind: is required ("async" (async def) or "sync" (def))',
      'routes[1].steps: is required (a list of steps, e.g. [{"await_io": 50}], or [] for a route that only returns)',
    ]);
  });

  it('have a kind of async or sync', () => {
    expect(errorLines(withRoutes([{ name: 'report', kind: 'def', steps: [] }]))).toEqual([
      'routes[0].kind: must be "async" (async def) or "sync" (def) (got the text "def")',
    ]);
  });

  it('still have their steps checked when the kind is wrong', () => {
    expect(errorLines(withRoutes([{ name: 'report', kind: 'def', steps: [{ cpu: -1 }] }]))).toHaveLength(2);
  });

  it('reject unknown keys', () => {
    expect(errorLines(withRoutes([{ ...route('report'), method: 'GET' }]))).toEqual([
      'routes[0].method: unknown key (a route has name, kind, steps)',
    ]);
  });

  it('must be objects', () => {
    expect(errorLines(withRoutes(['report']))).toEqual([expect.stringMatching(/^routes\[0\]: must be a route object like .*got the text "report"/)]);
  });
});
