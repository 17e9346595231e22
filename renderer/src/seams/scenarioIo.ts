// Seam: the scenario loader (shared/scenario).
export { parseScenario, validateScenario, serializeScenario, formatError } from '../../../shared/scenario/index';
