/** Types of bundleState.mjs (plain JavaScript, run by cli/bin.mjs before any bundle exists). */
export function bundleEntry(root: URL): URL;
export function bundleIsStale(root: URL): boolean;
