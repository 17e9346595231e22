/**
 * Finds the scenario file in a command line: the first instance's process.argv, or the argv a
 * second instance forwards (Windows and Linux file associations start a new process with the
 * path). Electron and Chromium may add their own switches anywhere, so switches are skipped
 * and the first argument that looks like a JSON file wins.
 */
import { isAbsolute, resolve } from 'node:path';

export interface ArgvContext {
  /** Directory the launching process ran in, to resolve relative paths. */
  cwd: string;
  /** true when run as `electron .` (process.defaultApp): argv[1] is the app folder, not a file. */
  defaultApp: boolean;
}

export function scenarioPathFromArgv(argv: readonly string[], context: ArgvContext): string | null {
  const args = argv.slice(context.defaultApp ? 2 : 1);
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith('.json')) continue;
    return isAbsolute(arg) ? arg : resolve(context.cwd, arg);
  }
  return null;
}
