// The run panel: model, preset and options (from the model catalogue, each with its doc and range), rounds and seed;
// forecast, all models, Monte Carlo and sensitivity (as jobs with progress and cancel) and what-if shocks.
import { get, post, postText, del, ApiError } from './api.js';
import { store, status, el, runBody } from './store.js';

let models = [];
let currentJob = null;

export async function mountRun(root) {
  models = await get('/api/models');
  const model = el('select', { id: 'model', 'aria-label': 'Model' }, ...models.map((m) => el('option', { value: m.name, text: m.name, title: m.summary })));
  model.value = store.state.run.model;
  const preset = el('select', { id: 'preset', 'aria-label': 'Preset' });
  const rounds = el('input', { id: 'rounds', type: 'number', min: 0, max: 1000, placeholder: 'default', style: 'width:5rem' });
  const seed = el('input', { id: 'seed', type: 'number', min: 0, placeholder: 'scenario', style: 'width:7rem' });
  const runs = el('input', { id: 'mc-runs', type: 'number', min: 1, value: 2000, style: 'width:6rem' });
  const options = el('details', { id: 'options' }, el('summary', { text: 'Model options' }), el('div', { id: 'option-list' }));
  const shocks = el('input', { id: 'shocks', placeholder: 'drop:USA; salience:IRI:us-iran-talks=0.9', style: 'width:24rem' });
  const progress = el('progress', { id: 'job-progress', max: 1, value: 0, hidden: true });
  const cancel = el('button', { type: 'button', id: 'cancel-job', hidden: true, onclick: cancelJob }, 'Cancel');
  const sync = () => {
    store.state.run = {
      model: model.value, preset: preset.value, rounds: rounds.value, seed: seed.value,
      settings: Object.fromEntries([...root.querySelectorAll('[data-option]')].filter((i) => i.value !== '').map((i) => [i.dataset.option, i.value])),
    };
  };
  model.addEventListener('change', () => { fillOptions(root, model.value, preset); sync(); forecast(); });
  for (const input of [preset, rounds, seed]) input.addEventListener('change', () => { sync(); forecast(); });
  root.addEventListener('change', (e) => { if (e.target.dataset?.option) { sync(); forecast(); } });
  root.append(
    el('h2', { text: 'Run' }),
    el('div', { class: 'toolbar' },
      el('label', {}, 'Model ', model), el('label', {}, 'Preset ', preset),
      el('label', {}, 'Rounds ', rounds), el('label', {}, 'Seed ', seed),
      el('button', { type: 'button', class: 'primary', id: 'run-forecast', onclick: forecast }, 'Forecast'),
      el('button', { type: 'button', id: 'run-all', onclick: allModels }, 'All models')),
    options,
    el('div', { class: 'toolbar' },
      el('label', {}, 'Monte Carlo runs ', runs),
      el('button', { type: 'button', id: 'run-monte-carlo', onclick: () => startJob({ method: 'monte-carlo', runs: Number(runs.value) }) }, 'Monte Carlo'),
      el('button', { type: 'button', id: 'run-sensitivity', onclick: () => startJob({ method: 'oat' }) }, 'Sensitivity'),
      progress, cancel, el('span', { id: 'job-state', class: 'muted' })),
    el('div', { class: 'toolbar' },
      el('label', {}, 'What-if shocks ', shocks),
      el('button', { type: 'button', id: 'run-whatif', onclick: () => whatIf(shocks.value) }, 'Compare'),
      el('span', { class: 'muted', text: 'drop:ACTOR · salience:ACTOR:ISSUE=S · position:ACTOR:ISSUE=X · capability:ACTOR=C · merge:A+B' })),
    el('div', { id: 'run-error', class: 'error', role: 'alert', hidden: true }));
  fillOptions(root, model.value, preset);
  sync();
  store.on((state, patch) => {
    if ('view' in patch && !('validEdit' in patch) && state.valid) forecast();
    if ('validEdit' in patch) forecast();
  });
  if (store.state.valid) forecast();
}

function fillOptions(root, name, preset) {
  const model = models.find((m) => m.name === name);
  const list = root.querySelector('#option-list');
  list.replaceChildren();
  preset.replaceChildren(el('option', { value: '', text: '(default)' }));
  for (const option of model?.options ?? []) {
    if (option.name === 'preset') {
      for (const p of option.allowed.split(/[,|]/).map((s) => s.trim()).filter(Boolean)) preset.append(el('option', { value: p, text: p }));
      continue;
    }
    if (option.name === 'rounds') continue;
    list.append(el('div', {},
      el('label', {}, `${option.name} `, el('input', { 'data-option': option.name, placeholder: option.default, title: `${option.description}\nAllowed: ${option.allowed}` })),
      el('span', { class: 'option-doc', text: ` ${option.allowed}. ${option.description}` })));
  }
}

function showError(error) {
  const box = document.getElementById('run-error');
  if (!error) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  box.textContent = error instanceof ApiError && error.diagnostics.length ? error.diagnostics.map((d) => d.text).join('\n') : error.message;
}

export async function forecast() {
  if (!store.state.valid) return;
  try {
    const started = performance.now();
    const result = await post('/api/forecast', runBody());
    showError(null);
    store.set({ results: { ...store.state.results, forecast: result, forecastCsv: null } });
    status(`forecast in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    showError(error);
  }
}

async function allModels() {
  try {
    const result = await post('/api/forecast/all', runBody());
    showError(null);
    store.set({ results: { ...store.state.results, allModels: result } });
  } catch (error) {
    showError(error);
  }
}

async function whatIf(text) {
  const shocks = text.split(/[;\n]/).map((s) => s.trim()).filter(Boolean);
  try {
    const result = await post('/api/whatif', runBody({ shocks }));
    showError(null);
    store.set({ results: { ...store.state.results, whatIf: result } });
  } catch (error) {
    showError(error);
  }
}

export async function forecastCsv() {
  return postText('/api/forecast', runBody({ format: 'csv' }));
}

async function startJob(extra) {
  if (currentJob) return;
  try {
    const job = await post('/api/jobs', runBody(extra));
    showError(null);
    currentJob = job.id;
    const progress = document.getElementById('job-progress');
    const cancel = document.getElementById('cancel-job');
    progress.hidden = false;
    cancel.hidden = false;
    progress.value = 0;
    poll(job.id, extra.method);
  } catch (error) {
    showError(error);
  }
}

async function poll(id, method) {
  const progress = document.getElementById('job-progress');
  const state = document.getElementById('job-state');
  const job = await get(`/api/jobs/${id}`);
  progress.value = job.progress;
  state.textContent = `${job.kind}: ${job.state} ${Math.round(job.progress * 100)} %`;
  if (job.state === 'running') {
    setTimeout(() => poll(id, method), 200);
    return;
  }
  currentJob = null;
  progress.hidden = true;
  document.getElementById('cancel-job').hidden = true;
  if (job.state === 'done') {
    const result = await get(`/api/jobs/${id}/result`);
    state.textContent = `${job.kind}: done, saved as run ${job.runId}`;
    store.set({ results: { ...store.state.results, [method === 'monte-carlo' ? 'monteCarlo' : 'sensitivity']: result } });
  } else if (job.state === 'failed') {
    showError(new Error(job.error));
  }
}

async function cancelJob() {
  if (currentJob) await del(`/api/jobs/${currentJob}`);
}
