// Starts the page: mounts every view and switches between them with the address's #fragment.
import { mountScenario } from './scenario.js';
import { mountRun } from './run.js';
import { mountResults } from './results.js';
import { mountRuns } from './runs.js';
import { mountFronts } from './fronts.js';
import { mountBacktest } from './backtest.js';

function show() {
  const name = (location.hash || '#scenario').slice(1);
  for (const view of document.querySelectorAll('.view')) view.hidden = view.id !== `view-${name}`;
  for (const link of document.querySelectorAll('nav a')) link.classList.toggle('active', link.dataset.view === name);
  document.dispatchEvent(new CustomEvent('view', { detail: name }));
}

window.addEventListener('hashchange', show);
mountResults(document.getElementById('results'));
// The run panel (the model catalogue) and the scenario (the list and the default scenario) load at the same time.
await Promise.all([mountRun(document.getElementById('run')), mountScenario(document.getElementById('scenario'))]);
mountRuns(document.getElementById('runs'));
mountFronts(document.getElementById('fronts'));
mountBacktest(document.getElementById('backtest'));
show();
document.body.dataset.readyMs = String(Math.round(performance.now()));
document.body.dataset.ready = 'true';
