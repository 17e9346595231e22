/** Types of build.mjs (plain JavaScript: it runs before any TypeScript is compiled). */
export const CLI_DIR: string;
export const CLI_ENTRY: string;
export const CLI_INPUTS: string;
export interface BuiltCli {
  /** The entry file: `node ENTRY <command> …` runs the command line. */
  entry: string;
  /** Every file written, the entry last. */
  files: string[];
  /** The repository's sources in the bundle, relative to the root. */
  inputs: string[];
  bytes: number;
}
export function buildCli(outdir?: string): Promise<BuiltCli>;
export function cleanCli(outdir?: string): Promise<void>;
