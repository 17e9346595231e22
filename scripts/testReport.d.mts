// Types for testReport.mjs, which plain Node runs from scripts/test.mjs.
export function skipLines(report: unknown): string[];
export function playwrightFailureLines(report: unknown): string[];
export function vitestFailureLines(report: unknown, cwd: string): string[];
export function vitestTotals(report: unknown): { passed: number; failed: number; skipped: number };
