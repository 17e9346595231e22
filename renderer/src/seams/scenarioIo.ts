// Seam: the scenario loader (shared/scenario) — stub until it lands.
export { parseScenario, validateScenario, serializeScenario } from '../stubs/scenarioIo.stub';
