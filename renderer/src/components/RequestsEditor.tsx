/**
 * The request lines, each edited in place (how many, from when, how far apart: fields
 * under a line change that line), and a button that adds a new line for the selected route.
 * A separate "add" form under the list read as if it edited the line above it.
 */
import type { Arrival, Scenario } from '../../../shared/scenario/types';
import { isClosedArrival } from '../../../shared/scenario/types';
import type { ActionManager } from '../actions/actionManager';
import type { ArrivalField } from '../document/serverEdits';
import { NumberField } from './NumberField';

/** A new line starts as a small train the learner then edits in place. */
const NEW_LINE = { count: 10, every: 10, at: 0 };

function describe(a: Arrival): string {
  if (isClosedArrival(a)) return `${a.users} users × ${a.each} → ${a.route}, think ${a.think} ms`;
  const count = a.count ?? 1;
  return count === 1 ? `1 → ${a.route} at ${a.at} ms` : `${count} → ${a.route} from ${a.at} ms, every ${a.every ?? 0} ms`;
}

export function RequestsEditor({ scenario, route, actions }: { scenario: Scenario; route: number; actions: ActionManager }) {
  const routeName = scenario.routes[route]?.name ?? '—';
  const only = scenario.requests.length === 1;
  const set = (index: number, field: ArrivalField) => (value: number) => actions.edit('setArrival', { index, field, value });

  return (
    <section className="panel requests-editor" aria-labelledby="requests-title">
      <h2 id="requests-title">Requests</h2>
      <ul className="arrivals">
        {scenario.requests.map((a, i) => (
          <li key={i}>
            <fieldset className="arrival">
              <legend title={describe(a)}>Line {i + 1}: {isClosedArrival(a) ? describe(a) : `${a.count ?? 1} → ${a.route}`}</legend>
              <div className="arrival-fields">
                {!isClosedArrival(a) && (
                  <>
                    <NumberField label="Count" value={a.count ?? 1} min={1} step={1} onCommit={set(i, 'count')} />
                    <NumberField label="Start (ms)" value={a.at} min={0} onCommit={set(i, 'at')} />
                    <NumberField label="Every (ms)" value={a.every ?? 0} min={0} onCommit={set(i, 'every')} />
                  </>
                )}
                <button type="button" className="arrival-remove" aria-label={`Remove request line ${i + 1}`}
                  aria-disabled={only ? true : undefined} title={only ? 'A scenario needs at least one request line.' : 'Remove this line'}
                  onClick={() => actions.dispatch('removeArrival', { index: i })}>×</button>
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <button type="button" className="add-arrival" onClick={() => actions.dispatch('addRequests', { route, ...NEW_LINE })}>
        Add a line of requests to {routeName}
      </button>
    </section>
  );
}
