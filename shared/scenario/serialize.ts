/**
 * A scenario back to text, for saving what the user wrote. Stable: keys in the order
 * docs/scenario-format.md writes them, short objects on one line. Server fields equal to their defaults are left out
 * (always, so the output is canonical), which keeps saved files short and lets
 * executorThreads and processPoolWorkers keep following `cores` when that is edited.
 * parseScenario(serializeScenario(s)) gives back s for every valid s.
 */
import { prettyJson } from './prettyJson';
import { defaultServer, type Arrival, type Scenario, type ServerConfig, type ServerInput, type Step } from './types';

export function serializeScenario(scenario: Scenario): string {
  const server = serverDelta(scenario.server);
  const document = {
    name: scenario.name,
    description: scenario.description,
    server: Object.keys(server).length === 0 ? undefined : server,
    routes: scenario.routes.map((r) => ({ name: r.name, kind: r.kind, steps: r.steps.map(orderedStep) })),
    requests: scenario.requests.map(orderedArrival),
    fixes: scenario.fixes?.map((f) => ({ line: f.line, column: f.column, fix: f.fix })),
  };
  return `${prettyJson(document)}\n`;
}

/** Only the fields that differ from what the loader would fill in. */
function serverDelta(server: ServerConfig): ServerInput {
  const delta: ServerInput = {};
  if (server.cores !== defaultServer().cores) delta.cores = server.cores;
  const defaults = defaultServer({ cores: server.cores }); // the derived defaults follow cores
  for (const key of Object.keys(defaults) as (keyof ServerConfig)[]) {
    if (key !== 'cores' && server[key] !== defaults[key]) Object.assign(delta, { [key]: server[key] });
  }
  return delta;
}

/** The kind key first, then pool, then label and the other notes: how people write steps. */
function orderedStep(step: Step): Record<string, unknown> {
  const notes = { label: step.label, line: step.line, column: step.column, assumed: step.assumed };
  if ('cpu' in step) return { cpu: step.cpu, ...notes };
  if ('blocking_io' in step) return { blocking_io: step.blocking_io, ...notes };
  if ('await_io' in step) return { await_io: step.await_io, ...notes };
  if ('to_thread' in step) return { to_thread: step.to_thread.map(orderedStep), pool: step.pool, ...notes };
  if ('to_process' in step) return { to_process: step.to_process.map(orderedStep), ...notes };
  return { gather: step.gather.map((branch) => branch.map(orderedStep)), ...notes };
}

function orderedArrival(a: Arrival): Record<string, unknown> {
  if ('users' in a) return { route: a.route, users: a.users, each: a.each, think: a.think, at: a.at };
  return { route: a.route, at: a.at, count: a.count, every: a.every };
}
