// The runs view: the run store's runs; open one (manifest and results), compare two, rerun one and see whether
// its results are identical.
import { get, post } from './api.js';
import { store, el } from './store.js';
import { download } from './export.js';

let root;

export function mountRuns(element) {
  root = element;
  document.addEventListener('view', (e) => { if (e.detail === 'runs') list(); });
}

async function list() {
  const runs = await get('/api/runs?limit=100');
  const table = el('table', { class: 'list', id: 'runs-table' },
    el('tr', {}, ...['', 'Id', 'When (UTC)', 'Kind', 'Scenario', 'Model', 'Seed', 'Runs', ''].map((h) => el('th', { text: h }))));
  for (const r of runs) {
    table.append(el('tr', { 'data-run': r.id },
      el('td', {}, el('input', { type: 'checkbox', value: r.id, 'aria-label': `select run ${r.id}` })),
      ...[r.id, r.createdUtc.replace('T', ' ').slice(0, 19), r.kind, r.scenarioTitle, r.model, r.seed, r.runs].map((v) => el('td', { text: String(v) })),
      el('td', {},
        el('button', { type: 'button', 'data-open': r.id, onclick: () => open(r.id) }, 'Open'), ' ',
        el('button', { type: 'button', 'data-rerun': r.id, onclick: () => rerun(r.id) }, 'Rerun'))));
  }
  root.replaceChildren(
    el('h2', { text: 'Runs' }),
    runs.length === 0 ? el('p', { class: 'muted', text: 'No runs yet: a Monte Carlo or sensitivity run from the scenario view is saved here.' }) : table,
    el('div', { class: 'toolbar' }, el('button', { type: 'button', id: 'compare', onclick: compare }, 'Compare the two selected')),
    el('div', { id: 'run-detail' }));
}

async function open(id) {
  const [run, results] = await Promise.all([get(`/api/runs/${id}`), get(`/api/runs/${id}/results`)]);
  const detail = root.querySelector('#run-detail');
  detail.replaceChildren(
    el('h3', { text: `Run ${run.id}: ${run.kind}, model ${run.model}, seed ${run.seed}, ${run.runs} runs` }),
    el('p', { class: 'muted', text: `${run.scenarioTitle} (sha256 ${run.scenarioHash}); Statecraft ${run.toolVersion}; options ${run.options}` }),
    el('div', { class: 'toolbar' },
      el('button', { type: 'button', onclick: () => download(`run-${id}.json`, JSON.stringify(results, null, 2), 'application/json') }, 'Results JSON'),
      el('button', { type: 'button', id: 'show-results', onclick: () => showInResults(run, results) }, 'Show in the results view')),
    summary(results));
}

function summary(results) {
  const table = el('table', { class: 'list', id: 'run-summary' }, el('tr', {}, el('th', { text: 'Issue' }), el('th', { text: 'Forecast' }), el('th', { text: 'P10–P90' })));
  for (const i of results.issues ?? []) {
    const d = i.distribution;
    table.append(el('tr', {}, el('td', { text: i.name ?? i.id }), el('td', { text: String(i.forecast ?? i.after ?? '') }), el('td', { text: d ? `${d.p10.toFixed(1)}–${d.p90.toFixed(1)}` : '' })));
  }
  return table;
}

function showInResults(run, results) {
  const key = run.kind === 'monte-carlo' ? 'monteCarlo' : run.kind === 'what-if' ? 'whatIf' : 'sensitivity';
  store.set({ results: { ...store.state.results, [key]: results } });
  location.hash = '#scenario';
}

async function compare() {
  const ids = [...root.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value).sort((a, b) => a - b);
  const detail = root.querySelector('#run-detail');
  if (ids.length !== 2) {
    detail.replaceChildren(el('p', { class: 'error', text: 'Select exactly two runs to compare.' }));
    return;
  }
  const [a, b] = await Promise.all(ids.map((id) => get(`/api/runs/${id}/results`)));
  const table = el('table', { class: 'list', id: 'compare-table' }, el('tr', {}, el('th', { text: 'Issue' }), el('th', { text: `Run ${ids[0]}` }), el('th', { text: `Run ${ids[1]}` })));
  for (const i of a.issues ?? []) {
    const other = (b.issues ?? []).find((j) => j.id === i.id);
    table.append(el('tr', {}, el('td', { text: i.name ?? i.id }), el('td', { text: describe(i) }), el('td', { text: other ? describe(other) : '—' })));
  }
  detail.replaceChildren(el('h3', { text: `Run ${ids[0]} against run ${ids[1]}` }), table);
}

// One issue of a run's results: the forecast, and with a distribution its median and 80% interval.
function describe(issue) {
  const value = (v) => (typeof v === 'number' ? (Math.round(v * 100) / 100).toString() : String(v ?? ''));
  const d = issue.distribution;
  return d ? `${value(issue.forecast)} (median ${value(d.p50)}, 80% ${value(d.p10)}–${value(d.p90)})` : value(issue.forecast ?? issue.after);
}

async function rerun(id) {
  const detail = root.querySelector('#run-detail');
  detail.replaceChildren(el('p', { class: 'muted', text: `rerunning run ${id}…` }));
  const result = await post(`/api/runs/${id}/rerun`, {});
  detail.replaceChildren(el('p', { id: 'rerun-result', class: result.identical ? '' : 'error',
    text: result.identical ? `Run ${id} reproduced: identical results.` : `Run ${id} differs from its stored results (stored by Statecraft ${result.storedBy}, now ${result.now}).` }));
}
