// Seam: the built-in scenarios (assets/scenarios) — stub until they land.
export { scenarios as builtinScenarios } from '../stubs/builtins.stub';
