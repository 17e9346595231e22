/**
 * Bars ↔ lines of the Python: a bar's step says which line it comes from (the innermost step
 * of its path that has a `line`), and the analysis says which lines of the route lead there
 * (a helper's call site). Pointing at a line points out every bar whose step it is or leads to.
 */
import type { SourceLink } from '../../../shared/analyze/analyzePython';
import { stepChain } from '../../../shared/scenario/stepPath';
import type { Scenario } from '../../../shared/scenario/types';
import type { BarHighlight } from '../seams/chart';

/** Lines of a bar's step, its own line first, then the calls that lead to it. */
export function linesOfStep(scenario: Scenario, links: readonly SourceLink[], route: string, path: readonly number[]): number[] {
  const steps = scenario.routes.find((r) => r.name === route)?.steps;
  if (!steps || path.length === 0) return [];
  const chain = stepChain(steps, path);
  for (let k = chain.length - 1; k >= 0; k--) {
    const { line, column } = chain[k]!;
    if (line === undefined) continue;
    const link = links.find((l) => l.line === line && l.column === column);
    return [line, ...(link?.via ?? []).filter((v) => v !== line)];
  }
  return [];
}

/** The chart highlight for these lines, over this chart's scenario (null: nothing pointed at). */
export function highlightLines(scenario: Scenario, links: readonly SourceLink[], lines: ReadonlySet<number> | null): BarHighlight | null {
  if (lines === null || lines.size === 0) return null;
  return (route, path) => linesOfStep(scenario, links, route, path).some((l) => lines.has(l));
}
