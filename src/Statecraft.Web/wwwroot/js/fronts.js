// Two fronts and unrest: the `simulate` timeline of the open scenario (forecasts, regime capability, legitimacy,
// active and jailed, events) and the unrest counts per tick for a preset run or the scenario's arena.
import { post } from './api.js';
import { store, el, runBody } from './store.js';
import { chartBox } from './export.js';

let root;

export function mountFronts(element) {
  root = element;
  const preset = el('select', { id: 'unrest-preset', 'aria-label': 'Unrest preset' }, ...['statecraft', 'netlogo', 'mesa', 'paper-text'].map((p) => el('option', { value: p, text: p })));
  const run = el('select', { id: 'unrest-run', 'aria-label': 'Table 2 run' }, el('option', { value: '', text: '(preset)' }), ...[1, 2, 3, 4, 5].map((r) => el('option', { value: String(r), text: `run ${r}` })));
  root.append(
    el('h2', { text: 'Two fronts' }),
    el('div', { class: 'toolbar' }, el('button', { type: 'button', id: 'run-simulate', onclick: simulate }, 'Simulate the open scenario'), el('span', { class: 'muted', text: 'needs a scenario with an arena: section (e.g. middle-east-2025)' })),
    el('div', { id: 'simulate-out', class: 'charts' }),
    el('h2', { text: 'Unrest' }),
    el('div', { class: 'toolbar' }, el('label', {}, 'Preset ', preset), el('label', {}, 'Run ', run),
      el('button', { type: 'button', id: 'run-unrest', onclick: () => unrest({ preset: preset.value, run: run.value || null }) }, 'Run preset'),
      el('button', { type: 'button', id: 'run-unrest-arena', onclick: () => unrest({ name: store.state.name, yaml: store.state.yaml }) }, "Run the scenario's arena")),
    el('div', { id: 'unrest-out', class: 'charts' }),
    el('div', { id: 'fronts-error', class: 'error', hidden: true }));
}

function fail(error) {
  const box = root.querySelector('#fronts-error');
  box.hidden = false;
  box.textContent = error.message;
}

async function simulate() {
  const out = root.querySelector('#simulate-out');
  try {
    const result = await post('/api/simulate', runBody({ rounds: undefined }));
    root.querySelector('#fronts-error').hidden = true;
    out.replaceChildren();
    const rounds = result.rounds ?? [];
    const keys = rounds.length ? Object.keys(rounds[0]).filter((k) => typeof rounds[0][k] === 'number' && k !== 'round') : [];
    chartBox(out, 'Domestic arena per round', 'simulate', {
      tooltip: { trigger: 'axis' }, legend: { type: 'scroll', top: 0 }, grid: { top: 40, left: 50, right: 15, bottom: 30 },
      xAxis: { type: 'category', data: rounds.map((r) => r.round) }, yAxis: { type: 'value' },
      series: keys.map((k) => ({ name: k, type: 'line', data: rounds.map((r) => r[k]) })),
    }, 'simulate');
    out.append(el('pre', { class: 'muted', text: JSON.stringify(result, null, 1).slice(0, 4000) }));
  } catch (error) {
    fail(error);
  }
}

async function unrest(body) {
  const out = root.querySelector('#unrest-out');
  try {
    const result = await post('/api/unrest', { ticks: 200, ...body });
    root.querySelector('#fronts-error').hidden = true;
    out.replaceChildren();
    const ticks = result.ticks ?? [];
    const keys = ticks.length ? Object.keys(ticks[0]).filter((k) => typeof ticks[0][k] === 'number' && k !== 'tick') : [];
    chartBox(out, `Civil violence per tick (${result.preset ?? ''})`, 'unrest', {
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 40, left: 50, right: 15, bottom: 30 },
      xAxis: { type: 'category', data: ticks.map((t) => t.tick) }, yAxis: { type: 'value' },
      series: keys.map((k) => ({ name: k, type: 'line', showSymbol: false, data: ticks.map((t) => t[k]) })),
    }, 'unrest');
  } catch (error) {
    fail(error);
  }
}
