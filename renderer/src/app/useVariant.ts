/** The second chart's scenario, derived from the document and the user's choice (UI state). */
import { useMemo, useState } from 'react';
import type { Scenario } from '../../../shared/scenario/types';
import { flipScenario, type FlipMode } from '../../../shared/scenario/variant';
import { applyFixes } from '../../../shared/analyze/applyFixes';
import type { VariantChoice } from '../components/VariantPicker';
import { routeKeyword } from '../document/stepText';

export function routeSummary(s: Scenario): string {
  return s.routes.map((r) => `${routeKeyword(r.kind)} ${r.name}()`).join(', ');
}

/**
 * One flipped object per document scenario and mode: undo hands back the same document
 * scenario, so the variant is the same object too and its timeline comes from the cache.
 */
const flips = { naive: new WeakMap<Scenario, Scenario>(), await: new WeakMap<Scenario, Scenario>() };
const withFixes = new WeakMap<Scenario, Scenario>();
function fixed(scenario: Scenario): Scenario {
  let v = withFixes.get(scenario);
  if (!v) { v = applyFixes(scenario); withFixes.set(scenario, v); }
  return v;
}
function flipped(scenario: Scenario, mode: FlipMode): Scenario {
  let v = flips[mode].get(scenario);
  if (!v) { v = flipScenario(scenario, mode); flips[mode].set(scenario, v); }
  return v;
}

export function useVariant(scenario: Scenario, builtins: { id: string; scenario: Scenario }[]) {
  const [choice, setChoice] = useState<VariantChoice>({ kind: 'flip', mode: 'naive' });
  const variant = useMemo(() => {
    if (choice.kind === 'flip') return flipped(scenario, choice.mode);
    if (choice.kind === 'lesson') return choice.scenario;
    if (choice.kind === 'fixed') return fixed(scenario);
    return builtins.find((b) => b.id === choice.id)?.scenario ?? flipped(scenario, 'naive');
  }, [scenario, choice, builtins]);
  const name = choice.kind === 'flip' ? (choice.mode === 'naive' ? 'Flipped' : 'Flipped + await')
    : choice.kind === 'lesson' ? choice.name : choice.kind === 'fixed' ? 'With fixes' : variant.name;
  return { choice, setChoice, variant, name };
}
