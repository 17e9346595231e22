/** The request list, and a small form to add a train of requests to the selected route. */
import { useState } from 'react';
import type { Arrival, Scenario } from '../../../shared/scenario/types';
import { isClosedArrival } from '../../../shared/scenario/types';
import type { ActionManager } from '../actions/actionManager';

function describe(a: Arrival): string {
  if (isClosedArrival(a)) return `${a.users} users × ${a.each} → ${a.route}, think ${a.think} ms`;
  const count = a.count ?? 1;
  return count === 1 ? `1 → ${a.route} at ${a.at} ms` : `${count} → ${a.route} from ${a.at} ms, every ${a.every ?? 0} ms`;
}

export function RequestsEditor({ scenario, route, actions }: { scenario: Scenario; route: number; actions: ActionManager }) {
  const [count, setCount] = useState('10');
  const [every, setEvery] = useState('10');
  const [at, setAt] = useState('0');
  const routeName = scenario.routes[route]?.name ?? '—';
  const add = () => actions.dispatch('addRequests', { route, count: Number(count), every: Number(every), at: Number(at) });

  return (
    <section className="panel requests-editor" aria-labelledby="requests-title">
      <h2 id="requests-title">Requests</h2>
      <ul className="arrivals">
        {scenario.requests.map((a, i) => (
          <li key={i}>
            <span>{describe(a)}</span>
            <button type="button" aria-label={`Remove request line ${i + 1}`} title="Remove"
              onClick={() => actions.dispatch('removeArrival', { index: i })}>×</button>
          </li>
        ))}
      </ul>
      <form className="field-grid add-requests" onSubmit={(e) => { e.preventDefault(); add(); }}>
        <label className="number-field"><span className="field-label">Count</span>
          <input type="number" min={1} step={1} value={count} onChange={(e) => setCount(e.target.value)} /></label>
        <label className="number-field"><span className="field-label">Spacing (ms)</span>
          <input type="number" min={0} value={every} onChange={(e) => setEvery(e.target.value)} /></label>
        <label className="number-field"><span className="field-label">Start (ms)</span>
          <input type="number" min={0} value={at} onChange={(e) => setAt(e.target.value)} /></label>
        <button type="submit">Add requests to {routeName}</button>
      </form>
    </section>
  );
}
