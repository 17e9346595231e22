/** The second chart's scenario, derived from the document and the user's choice (UI state). */
import { useMemo, useState } from 'react';
import type { Scenario } from '../../../shared/scenario/types';
import { flipScenario } from '../../../shared/scenario/variant';
import type { VariantChoice } from '../components/VariantPicker';
import { routeKeyword } from '../document/stepText';

export function routeSummary(s: Scenario): string {
  return s.routes.map((r) => `${routeKeyword(r.kind)} ${r.name}()`).join(', ');
}

export function useVariant(scenario: Scenario, builtins: { id: string; scenario: Scenario }[]) {
  const [choice, setChoice] = useState<VariantChoice>({ kind: 'flip', mode: 'naive' });
  const variant = useMemo(() => {
    if (choice.kind === 'flip') return flipScenario(scenario, choice.mode);
    if (choice.kind === 'lesson') return choice.scenario;
    return builtins.find((b) => b.id === choice.id)?.scenario ?? flipScenario(scenario, 'naive');
  }, [scenario, choice, builtins]);
  const name = choice.kind === 'flip' ? (choice.mode === 'naive' ? 'Flipped' : 'Flipped + await')
    : choice.kind === 'lesson' ? choice.name : variant.name;
  return { choice, setChoice, variant, name };
}
