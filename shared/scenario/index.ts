/** The scenario format: types, the loader, the serialiser and the documented limits. */
export * from './types';
export { parseScenario, validateScenario, type ScenarioResult } from './load';
export { serializeScenario } from './serialize';
export { LIMITS } from './limits';
export { formatError, formatPath, type ScenarioError, type PathPart } from './errors';
export { stepPathLevels, stepChain, stepAtPath, innerSteps, type PathLevel } from './stepPath';
