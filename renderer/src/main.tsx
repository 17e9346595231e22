import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { pickHost } from './host/pickHost';
import { builtinScenarios } from './seams/builtins';
import './styles/base.css';
import './styles/layout.css';
import './styles/panels.css';

const api = pickHost();
const first = builtinScenarios[0]!.scenario;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App api={api} first={first} />
  </StrictMode>,
);
