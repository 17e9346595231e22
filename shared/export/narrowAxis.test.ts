/**
 * A 480 px diagram (a doc column, a phone) of every built-in scenario beside its flip, either
 * flip (the same calls, as the app and the CLI compare by default, or awaited), each chart on
 * its own time axis or both on one, rows per lane or per request, in code or kitchen words:
 * every axis keeps four ticks or more, so a reader can tell a 200 ms call from a 500 ms one,
 * and a 30 s run reads "0, 10, 20, 30 s".
 */
import { describe, expect, it } from 'vitest';
import { builtinRuns } from '../../assets/scenarios/validBuiltins';
import { exportSvg } from './exportSvg';
import { variantInput } from './variantInput';

/** Each time axis's labels, in order: the numbers centred on their ticks ("0", "200", … "800 ms", "30 s"). */
function axes(svg: string): string[][] {
  const out: string[][] = [];
  for (const group of svg.split(/<g transform="translate/)) {
    const labels = [...group.matchAll(/<text [^>]*text-anchor="middle"[^>]*>([\d.,]+(?: m?s)?)<\/text>/g)].map((m) => m[1]!);
    if (labels.length > 0 && / m?s$/.test(labels.at(-1)!)) out.push(labels);
  }
  return out;
}

describe('a 480 px export of every built-in scenario', () => {
  for (const { id, scenario } of builtinRuns()) {
    it(`${id}: four ticks or more on each time axis, shared or each chart's own`, () => {
      for (const flip of ['naive', 'await'] as const) for (const axesChoice of ['shared', 'own'] as const) for (const chef of [false, true]) for (const view of ['resources', 'requests'] as const) {
        const at = `${flip} flip, ${axesChoice} axes, ${view}${chef ? ', chef' : ''}`;
        const found = axes(exportSvg(variantInput(scenario, flip), { width: 480, charts: 'both', axes: axesChoice, chef, view }));
        expect(found.length, at).toBe(2);
        for (const labels of found) expect(labels.length, `${at}: ${labels.join(', ')}`).toBeGreaterThanOrEqual(4);
      }
    });
  }
});
