/**
 * The built-in scenarios the app opens with, in teaching order. Plain data (JSON imported
 * as modules), so the renderer, the Electron host and the CLI all load the same files;
 * each is still run through the loader (`validateScenario`) before use, like any file.
 */
import blockingInDef from './blocking-in-def.json';
import blockingInAsync from './blocking-in-async.json';
import awaitIo from './await-io.json';
import toThreadFix from './to-thread-fix.json';
import requestsVsHttpx from './requests-vs-httpx.json';
import cpuOnLoop from './cpu-on-loop.json';
import cpuInProcessPool from './cpu-in-process-pool.json';
import mixedSyncAsync from './mixed-sync-async.json';
import threadpoolExhaustion from './threadpool-exhaustion.json';
import gatherThree from './gather-three.json';
import workersOne from './workers-one.json';
import workersTwo from './workers-two.json';
import gilStarvesLoop from './gil-starves-loop.json';

export interface BuiltinScenario {
  /** The file name without `.json`: stable, used in URLs, the CLI and saved preferences. */
  id: string;
  /** The document as written in the file (not yet validated: JSON imports are untyped data). */
  scenario: unknown;
}

export const BUILTIN_SCENARIOS: readonly BuiltinScenario[] = [
  { id: 'blocking-in-def', scenario: blockingInDef },
  { id: 'blocking-in-async', scenario: blockingInAsync },
  { id: 'await-io', scenario: awaitIo },
  { id: 'to-thread-fix', scenario: toThreadFix },
  { id: 'requests-vs-httpx', scenario: requestsVsHttpx },
  { id: 'cpu-on-loop', scenario: cpuOnLoop },
  { id: 'cpu-in-process-pool', scenario: cpuInProcessPool },
  { id: 'mixed-sync-async', scenario: mixedSyncAsync },
  { id: 'threadpool-exhaustion', scenario: threadpoolExhaustion },
  { id: 'gather-three', scenario: gatherThree },
  { id: 'workers-one', scenario: workersOne },
  { id: 'workers-two', scenario: workersTwo },
  { id: 'gil-starves-loop', scenario: gilStarvesLoop },
];
