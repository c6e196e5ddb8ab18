// The results view, per issue: the forecast and its label; trajectories with median and mean; the stakeholder map;
// moves per round; the Monte Carlo distribution with its 80% interval; the sensitivity tornado; what-if before and
// after; all models side by side. Every result downloads as JSON (and the forecast as CSV), every chart as SVG or PNG.
import { store, el } from './store.js';
import { scan } from './yamlgrid.js';
import { chartBox, charts as chartLibrary, download } from './export.js';
import { forecastCsv } from './run.js';

let root;
let issueId = null;
let renders = 0;

export function mountResults(element) {
  root = element;
  store.on((state, patch) => {
    if ('results' in patch) render();
  });
}

async function render() {
  const { results } = store.state;
  const forecast = results.forecast;
  if (!forecast) return;
  const token = ++renders;
  for (const old of root.querySelectorAll('.chart')) globalThis.echarts?.getInstanceByDom(old)?.dispose();
  root.replaceChildren();
  if (!forecast.issues.some((i) => i.id === issueId)) issueId = forecast.issues[0]?.id;
  const picker = el('select', { id: 'issue-picker', 'aria-label': 'Issue' }, ...forecast.issues.map((i) => el('option', { value: i.id, text: i.name })));
  picker.value = issueId;
  picker.addEventListener('change', () => { issueId = picker.value; render(); });
  root.append(
    el('h2', { text: 'Results' }),
    el('div', { class: 'toolbar' }, el('label', {}, 'Issue ', picker),
      el('button', { type: 'button', id: 'export-json', onclick: () => download('forecast.json', JSON.stringify(forecast, null, 2), 'application/json') }, 'Forecast JSON'),
      el('button', { type: 'button', id: 'export-csv', onclick: async () => download('forecast.csv', await forecastCsv(), 'text/csv') }, 'Forecast CSV')));
  const issue = forecast.issues.find((i) => i.id === issueId);
  root.append(el('p', { class: 'forecast-line', id: 'forecast-value' },
    el('strong', { text: `${issue.name}: ${issue.forecast === null ? 'no forecast' : format(issue.forecast)}` }),
    ` ${issue.label ?? ''} `, el('span', { class: 'muted', text: `(${forecast.model}; ${issue.basis ?? ''})` })));
  const charts = el('div', { class: 'charts' });
  root.append(charts);
  await chartLibrary();
  if (token !== renders) return;
  trajectories(charts, forecast, issue);
  stakeholders(charts, issue);
  moves(root, issue);
  if (results.monteCarlo) distribution(charts, results.monteCarlo);
  if (results.sensitivity) tornado(charts, results.sensitivity);
  if (results.whatIf) whatIf(charts, results.whatIf);
  if (results.allModels) allModels(charts, results.allModels);
}

const format = (v) => (Math.round(v * 100) / 100).toString();

function trajectories(parent, forecast, issue) {
  const rounds = issue.rounds ?? [];
  if (rounds.length === 0) {
    parent.append(el('p', { class: 'muted', text: `${forecast.model} is a static model: it has no rounds to draw.` }));
    return;
  }
  const actors = Object.keys(rounds[0].positions);
  const x = rounds.map((r) => r.round);
  const series = actors.map((a) => ({ name: a, type: 'line', data: rounds.map((r) => r.positions[a] ?? null), symbolSize: 4 }));
  series.push({ name: 'median', type: 'line', data: rounds.map((r) => r.median), lineStyle: { width: 4, color: '#111' }, itemStyle: { color: '#111' } });
  series.push({ name: 'mean', type: 'line', data: rounds.map((r) => r.mean), lineStyle: { width: 3, type: 'dashed', color: '#888' }, itemStyle: { color: '#888' } });
  const chart = chartBox(parent, 'Positions per round, with median and mean', `trajectories-${issue.id}`, {
    tooltip: { trigger: 'axis' }, legend: { type: 'scroll', top: 0 }, grid: { top: 40, left: 45, right: 15, bottom: 35 },
    xAxis: { type: 'category', data: x, name: 'round', nameLocation: 'middle', nameGap: 22 },
    yAxis: { type: 'value', min: issue.scale.min, max: issue.scale.max },
    series,
  }, 'trajectories');
  chart.getDom().parentElement.dataset.actorSeries = String(actors.length);
}

function stakeholders(parent, issue) {
  const grid = scan(store.state.yaml ?? '');
  const points = [];
  for (const actor of grid.actors) {
    const stance = actor.stances[issue.id];
    if (!stance?.position) continue;
    const power = Number(actor.capability?.value) * Number(stance.salience?.value);
    points.push({ name: actor.id, value: [Number(stance.position.value), power] });
  }
  chartBox(parent, 'Stakeholder map: position against capability × salience', `stakeholders-${issue.id}`, {
    tooltip: { formatter: (p) => `${p.name}: position ${p.value[0]}, capability × salience ${format(p.value[1])}` },
    grid: { top: 35, left: 50, right: 45, bottom: 35 },
    xAxis: { type: 'value', min: issue.scale.min, max: issue.scale.max, name: 'position', nameLocation: 'middle', nameGap: 22 },
    yAxis: { type: 'value', name: 'capability × salience', nameTextStyle: { align: 'left' } },
    series: [{ type: 'scatter', data: points, symbolSize: 12, label: { show: true, formatter: (p) => p.name, position: 'right' },
      markLine: issue.forecast === null ? undefined : { symbol: 'none', label: { position: 'insideEndBottom', formatter: `forecast ${format(issue.forecast)}` }, data: [{ xAxis: issue.forecast }] } }],
  }, 'stakeholders');
}

function moves(parent, issue) {
  const events = issue.events ?? [];
  if (events.length === 0) return;
  const table = el('table', { class: 'list', id: 'moves' }, el('tr', {}, ...['Round', 'Who', 'How', 'With', 'From', 'To', 'Why'].map((h) => el('th', { text: h }))));
  for (const e of events.slice(0, 200)) {
    table.append(el('tr', {}, ...[e.round, e.actor, e.kind, e.partner ?? '', format(e.from), format(e.to), e.detail ?? ''].map((v) => el('td', { text: String(v) }))));
  }
  parent.append(el('h3', { text: `Who moved, how and with whom (${events.length} moves)` }), table);
}

function distribution(parent, mc) {
  const issue = mc.issues.find((i) => i.id === issueId);
  if (!issue?.distribution) return;
  const d = issue.distribution;
  chartBox(parent, `Monte Carlo: ${mc.runs} runs, 80% interval ${format(d.p10)}–${format(d.p90)}`, `monte-carlo-${issueId}`, {
    tooltip: {}, grid: { top: 35, left: 45, right: 15, bottom: 35 },
    xAxis: { type: 'value', min: issue.scale.min, max: issue.scale.max },
    yAxis: { type: 'value', name: 'share', nameTextStyle: { align: 'left' } },
    series: [{ type: 'bar', barWidth: '90%', data: d.histogram.map((b) => [(b.from + b.to) / 2, b.share]),
      markArea: { itemStyle: { color: 'rgba(31,95,168,0.12)' }, label: { position: 'insideTopLeft' }, data: [[{ xAxis: d.p10, name: '80% interval' }, { xAxis: d.p90 }]] },
      markLine: { symbol: 'none', label: { position: 'insideEndBottom', formatter: `median ${format(d.p50)}` }, data: [{ xAxis: d.p50 }] } }],
  }, 'monte-carlo');
  addJsonButton(parent, 'monte-carlo.json', mc);
}

function tornado(parent, s) {
  const issue = s.issues.find((i) => i.id === issueId);
  if (!issue?.effects) return;
  const top = issue.effects.slice(0, 10).reverse();
  chartBox(parent, `Sensitivity (one at a time): what moves the forecast ${format(issue.forecast)}`, `tornado-${issueId}`, {
    tooltip: {}, grid: { top: 20, left: 190, right: 20, bottom: 30 },
    xAxis: { type: 'value', scale: true },
    yAxis: { type: 'category', data: top.map((e) => e.input) },
    series: [
      { name: 'low input', type: 'bar', stack: 't', data: top.map((e) => e.lowForecast - issue.forecast) },
      { name: 'high input', type: 'bar', stack: 't2', barGap: '-100%', data: top.map((e) => e.highForecast - issue.forecast) },
    ],
  }, 'tornado');
  addJsonButton(parent, 'sensitivity.json', s);
}

function whatIf(parent, w) {
  chartBox(parent, `What-if: ${w.shocks.join('; ')}`, 'what-if', {
    tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { top: 30, left: 45, right: 15, bottom: 60 },
    xAxis: { type: 'category', data: w.issues.map((i) => i.id), axisLabel: { rotate: 20 } },
    yAxis: { type: 'value' },
    series: [{ name: 'before', type: 'bar', data: w.issues.map((i) => i.before) }, { name: 'after', type: 'bar', data: w.issues.map((i) => i.after) }],
  }, 'what-if');
  addJsonButton(parent, 'what-if.json', w);
}

function allModels(parent, forecasts) {
  const values = forecasts.map((f) => ({ model: f.model, value: f.issues.find((i) => i.id === issueId)?.forecast ?? null }));
  chartBox(parent, 'All models on this issue', `all-models-${issueId}`, {
    tooltip: {}, grid: { top: 20, left: 90, right: 20, bottom: 30 },
    xAxis: { type: 'value' }, yAxis: { type: 'category', data: values.map((v) => v.model) },
    series: [{ type: 'bar', data: values.map((v) => v.value), label: { show: true, position: 'right', formatter: (p) => (p.value === null ? '' : format(p.value)) } }],
  }, 'all-models');
  addJsonButton(parent, 'all-models.json', forecasts);
}

function addJsonButton(parent, name, value) {
  const box = parent.lastElementChild.querySelector('.exports');
  box.append(' ', el('button', { type: 'button', onclick: () => download(name, JSON.stringify(value, null, 2), 'application/json') }, 'JSON'));
}
