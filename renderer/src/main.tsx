import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { pickHost } from './host/pickHost';
import { builtinScenarios } from './seams/builtins';
import { browserStore } from './persist/localStore';
import type { Scenario } from '../../shared/scenario/types';
import { serializeScenario } from './seams/scenarioIo';
import { loadLastScenario } from './persist/lastScenario';
import { registerServiceWorker } from './pwa/serviceWorker';
import './styles/base.css';
import './styles/layout.css';
import './styles/panels.css';
import './styles/themes.css';
import './styles/teaching.css';
import './styles/presentation.css';

const api = pickHost();
// The offline web app (never in Electron: see serviceWorker.ts).
registerServiceWorker();
// Self-study offline: the scenario of the last visit, else the first built-in.
// An unedited built-in comes back as that built-in, so the picker names it.
const restored = loadLastScenario(browserStore());
const sameText = (s: Scenario) => restored !== null && serializeScenario(s) === serializeScenario(restored);
const first = builtinScenarios.find((b) => sameText(b.scenario))?.scenario ?? restored ?? builtinScenarios[0]!.scenario;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App api={api} first={first} />
  </StrictMode>,
);
