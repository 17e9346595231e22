/** Types of build.mjs (plain JavaScript, run by Node at build time) for the tests that call it. */
export interface BundleResult {
  name: string;
  file: string;
  bytes: number;
  /** Source files bundled in. */
  inputs: string[];
  /** Modules left outside the bundle (only 'electron' is allowed, and only outside the engine). */
  imports: string[];
}

/** Bundles main, preload and the engine worker into `outdir` (default dist/electron). */
export function buildElectron(outdir?: string): Promise<BundleResult[]>;
