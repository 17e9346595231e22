/**
 * The def ↔ async def flip moved to shared/scenario/variant.ts so the CLI's `export --both`
 * draws the same second chart as the app. Re-exported here so the shell's imports stay put.
 */
export * from '../../../shared/scenario/variant';
