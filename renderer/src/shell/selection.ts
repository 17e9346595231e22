/** Keep the selection pointing at something that exists after undo, delete or load. */
import type { Scenario } from '../../../shared/scenario/types';
import type { Selection } from '../actions/types';
import { stepAt } from '../document/stepPaths';

export function clampSelection(doc: Scenario, sel: Selection): Selection {
  const route = Math.min(Math.max(sel.route, 0), Math.max(doc.routes.length - 1, 0));
  const r = doc.routes[route];
  const step = r && sel.step && stepAt(r, sel.step) ? sel.step : null;
  if (route === sel.route && step === sel.step) return sel;
  return { route, step };
}
