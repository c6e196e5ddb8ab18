// Two fronts and unrest: the `simulate` timeline of the open scenario (forecasts per issue, regime capability and
// legitimacy, active and jailed, events) and the civil-violence lattice tick by tick (quiet, active, cops; jailed
// agents are off the lattice and counted) for a preset run or the open scenario's domestic arena.
import { post, postText } from './api.js';
import { store, el, runBody } from './store.js';
import { chartBox, charts, download } from './export.js';

let root;
let player = null;

// Site colours of the lattice: empty, quiet, active, cop.
const COLOURS = ['#ffffff', '#9db7d5', '#d92d20', '#1d2733'];

export function mountFronts(element) {
  root = element;
  const rounds = el('input', { id: 'simulate-rounds', type: 'number', min: 1, max: 1000, value: 12, style: 'width:5rem' });
  const preset = el('select', { id: 'unrest-preset', 'aria-label': 'Unrest preset' }, ...['statecraft', 'netlogo', 'mesa', 'paper-text'].map((p) => el('option', { value: p, text: p })));
  const run = el('select', { id: 'unrest-run', 'aria-label': 'Table 2 run' }, el('option', { value: '', text: '(preset)' }), ...[1, 2, 3, 4, 5].map((r) => el('option', { value: String(r), text: `run ${r}` })));
  const ticks = el('input', { id: 'unrest-ticks', type: 'number', min: 0, max: 2000, value: 200, style: 'width:5rem' });
  const presetBody = () => ({ preset: preset.value, run: run.value || null, ticks: Number(ticks.value) });
  const arenaBody = () => ({ name: store.state.name, yaml: store.state.yaml, ticks: Number(ticks.value) });
  root.append(
    el('h2', { text: 'Two fronts' }),
    el('p', { class: 'muted', text: "The open scenario's bargaining rounds coupled to its domestic arena (statecraft simulate); needs a scenario with an arena: section, such as middle-east-2025." }),
    el('div', { class: 'toolbar' },
      el('label', {}, 'Rounds ', rounds),
      el('button', { type: 'button', id: 'run-simulate', class: 'primary', onclick: () => simulate(Number(rounds.value)) }, 'Simulate the open scenario')),
    el('div', { id: 'simulate-error', class: 'error', role: 'alert', hidden: true }),
    el('div', { id: 'simulate-out' }),
    el('h2', { text: 'Unrest' }),
    el('p', { class: 'muted', text: 'The civil-violence lattice tick by tick (statecraft unrest): quiet, active and jailed citizens and the cops.' }),
    el('div', { class: 'toolbar' }, el('label', {}, 'Preset ', preset), el('label', {}, 'Run ', run), el('label', {}, 'Ticks ', ticks),
      el('button', { type: 'button', id: 'run-unrest', class: 'primary', onclick: () => unrest(presetBody()) }, 'Run preset'),
      el('button', { type: 'button', id: 'run-unrest-arena', onclick: () => unrest(arenaBody()) }, "Run the open scenario's arena")),
    el('div', { id: 'unrest-error', class: 'error', role: 'alert', hidden: true }),
    el('div', { id: 'unrest-out' }));
}

function showError(id, error) {
  const box = root.querySelector(`#${id}`);
  box.hidden = !error;
  box.textContent = error ? error.message : '';
}

const round2 = (v) => (Math.round(v * 100) / 100).toString();

async function simulate(rounds) {
  const out = root.querySelector('#simulate-out');
  try {
    const body = runBody({ rounds });
    const [result] = await Promise.all([post('/api/simulate', body), charts()]);
    showError('simulate-error', null);
    for (const old of out.querySelectorAll('.chart')) globalThis.echarts.getInstanceByDom(old)?.dispose();
    out.replaceChildren(el('div', { class: 'toolbar' },
      el('strong', { text: `${result.scenario}: ${result.model}, regime ${result.regime ?? 'none'}, seed ${result.seed}, ${result.rounds.length - 1} rounds` }),
      el('button', { type: 'button', id: 'simulate-json', onclick: () => download('simulate.json', JSON.stringify(result, null, 2), 'application/json') }, 'JSON')));
    const boxes = el('div', { class: 'charts' });
    out.append(boxes);
    const x = result.rounds.map((r) => r.round);
    const issues = result.rounds[0]?.issues.map((i) => i.issue) ?? [];
    chartBox(boxes, 'Forecast per issue, round by round', 'simulate-forecasts', {
      tooltip: { trigger: 'axis' }, legend: { type: 'scroll', top: 0 }, grid: { top: 40, left: 45, right: 15, bottom: 35 },
      xAxis: { type: 'category', data: x, name: 'round', nameLocation: 'middle', nameGap: 22 }, yAxis: { type: 'value' },
      series: issues.map((id) => ({ name: id, type: 'line', data: result.rounds.map((r) => r.issues.find((i) => i.issue === id)?.forecast ?? null) })),
    }, 'simulate-forecasts');
    if (result.regime === null) {
      out.append(el('p', { class: 'muted', id: 'simulate-no-arena', text: 'This scenario has no arena: section, so only the bargaining front is played.' }));
    } else {
      regime(boxes, result, x);
    }
    const table = el('table', { class: 'list', id: 'simulate-events' }, el('tr', {}, ...['Round', 'Tick', 'Event', 'Subject', 'Detail'].map((h) => el('th', { text: h }))));
    for (const e of result.events ?? []) {
      table.append(el('tr', {}, ...[e.round, e.tick, e.kind, e.subject ?? '', e.detail ?? ''].map((v) => el('td', { text: String(v) }))));
    }
    out.append(el('h3', { text: `Events (${(result.events ?? []).length})` }), table);
  } catch (error) {
    showError('simulate-error', error);
  }
}

function regime(boxes, result, x) {
  chartBox(boxes, 'The regime: capability and legitimacy', 'simulate-regime', {
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 40, left: 45, right: 45, bottom: 35 },
    xAxis: { type: 'category', data: x, name: 'round', nameLocation: 'middle', nameGap: 22 },
    yAxis: [{ type: 'value', name: 'capability' }, { type: 'value', name: 'legitimacy', min: 0, max: 1 }],
    series: [
      { name: 'regime capability', type: 'line', data: result.rounds.map((r) => r.regimeCapability) },
      { name: 'legitimacy', type: 'line', yAxisIndex: 1, data: result.rounds.map((r) => r.legitimacy) },
    ],
  }, 'simulate-regime');
  chartBox(boxes, 'The street: active and jailed citizens', 'simulate-street', {
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 40, left: 50, right: 15, bottom: 35 },
    xAxis: { type: 'category', data: x, name: 'round', nameLocation: 'middle', nameGap: 22 }, yAxis: { type: 'value' },
    series: [
      { name: 'active', type: 'line', data: result.rounds.map((r) => r.active), itemStyle: { color: COLOURS[2] } },
      { name: 'jailed', type: 'line', data: result.rounds.map((r) => r.jailed), itemStyle: { color: '#667085' } },
    ],
  }, 'simulate-street');
}

async function unrest(body) {
  const out = root.querySelector('#unrest-out');
  try {
    const [lattice, counts] = await Promise.all([post('/api/unrest/lattice', body), post('/api/unrest', body), charts()]);
    showError('unrest-error', null);
    stop();
    for (const old of out.querySelectorAll('.chart')) globalThis.echarts.getInstanceByDom(old)?.dispose();
    out.replaceChildren();
    const last = lattice.frames.length - 1;
    const side = 480 / Math.max(lattice.width, lattice.height);
    const canvas = el('canvas', { id: 'lattice', class: 'lattice', width: lattice.width, height: lattice.height, 'aria-label': 'The lattice',
      style: `width:${Math.round(side * lattice.width)}px;height:${Math.round(side * lattice.height)}px` });
    const slider = el('input', { type: 'range', id: 'lattice-tick', min: 0, max: last, value: 0, style: 'width:24rem', 'aria-label': 'Tick' });
    const play = el('button', { type: 'button', id: 'lattice-play' }, 'Play');
    const speed = el('select', { id: 'lattice-speed', 'aria-label': 'Speed' }, ...[5, 10, 25, 50].map((f) => el('option', { value: String(f), text: `${f} ticks/s` })));
    speed.value = '25';
    const caption = el('span', { id: 'lattice-caption' });
    const legend = el('span', { class: 'legend' }, ...['empty', 'quiet', 'active', 'cop'].map((name, i) => el('span', {}, el('i', { style: `background:${COLOURS[i]}` }), ` ${name} `)));
    const draw = (t) => {
      const frame = lattice.frames[t];
      paint(canvas, lattice.width, lattice.height, frame.cells);
      slider.value = String(t);
      caption.textContent = `tick ${frame.tick}: ${frame.quiet} quiet, ${frame.active} active, ${frame.jailed} jailed, ${frame.cops} cops, legitimacy ${round2(frame.legitimacy)}`;
      root.dataset.tick = String(frame.tick);
    };
    slider.addEventListener('input', () => { stop(); draw(Number(slider.value)); });
    play.addEventListener('click', () => {
      if (player) { stop(); return; }
      let t = Number(slider.value) >= last ? 0 : Number(slider.value);
      play.textContent = 'Pause';
      player = setInterval(() => {
        draw(t);
        if (++t > last) stop();
      }, 1000 / Number(speed.value));
    });
    out.append(
      el('div', { class: 'toolbar' },
        el('strong', { text: `${lattice.preset}, seed ${lattice.seed}, ${lattice.width} × ${lattice.height} lattice, ${last} ticks` }),
        el('button', { type: 'button', id: 'unrest-json', onclick: () => download('unrest.json', JSON.stringify(counts, null, 2), 'application/json') }, 'JSON'),
        el('button', { type: 'button', id: 'unrest-csv', onclick: async () => download('unrest.csv', await postText('/api/unrest', { ...body, format: 'csv' }), 'text/csv') }, 'CSV'),
        el('button', { type: 'button', id: 'lattice-png', onclick: () => canvas.toBlob((b) => download(`lattice-tick-${slider.value}.png`, b, 'image/png')) }, 'Lattice PNG')),
      el('div', { class: 'lattice-view' },
        canvas,
        el('div', {}, el('div', { class: 'toolbar' }, play, speed, slider), el('div', { class: 'toolbar' }, caption), el('div', { class: 'toolbar' }, legend))));
    const boxes = el('div', { class: 'charts' });
    out.append(boxes);
    const chart = chartBox(boxes, `Civil violence per tick (${counts.preset}; ${counts.outbursts} outbursts, peak ${counts.peak} active)`, 'unrest', {
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 40, left: 50, right: 15, bottom: 35 },
      xAxis: { type: 'category', data: counts.ticks.map((t) => t.tick), name: 'tick', nameLocation: 'middle', nameGap: 22 }, yAxis: { type: 'value' },
      series: ['quiet', 'active', 'jailed'].map((k, i) => ({ name: k, type: 'line', showSymbol: false, data: counts.ticks.map((t) => t[k]), itemStyle: { color: [COLOURS[1], COLOURS[2], '#667085'][i] } })),
    }, 'unrest');
    chart.on('click', (p) => { stop(); draw(Math.min(last, Number(p.name))); });
    draw(0);
  } catch (error) {
    showError('unrest-error', error);
  }
}

function stop() {
  if (player) clearInterval(player);
  player = null;
  const play = root.querySelector('#lattice-play');
  if (play) play.textContent = 'Play';
}

function paint(canvas, width, height, cells) {
  const context = canvas.getContext('2d');
  const image = context.createImageData(width, height);
  const rgb = COLOURS.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
  for (let i = 0; i < cells.length; i++) {
    const [r, g, b] = rgb[cells.charCodeAt(i) - 48];
    image.data[4 * i] = r;
    image.data[4 * i + 1] = g;
    image.data[4 * i + 2] = b;
    image.data[4 * i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
}
