// Backtest: upload DEU-format data (and a Council weight table) and see each model's errors against the outcomes.
import { post, ApiError } from './api.js';
import { el } from './store.js';
import { chartBox, charts, download } from './export.js';

export function mountBacktest(root) {
  const data = el('input', { type: 'file', id: 'backtest-data', 'aria-label': 'Data file' });
  const weights = el('input', { type: 'file', id: 'backtest-weights', 'aria-label': 'Weights table' });
  const format = el('select', { id: 'backtest-format', 'aria-label': 'Format' },
    ...[['', 'from the name'], ['deu', 'deu'], ['yaml', 'yaml'], ['ktab-csv', 'ktab-csv'], ['ktab-xml', 'ktab-xml'], ['actor-table', 'actor-table'], ['decide', 'decide']].map(([v, t]) => el('option', { value: v, text: t })));
  const out = el('div', { id: 'backtest-out' });
  const run = async () => {
    const file = data.files[0];
    if (!file) return;
    out.replaceChildren(el('p', { class: 'muted', id: 'backtest-busy', text: `scoring every model on ${file.name}…` }));
    try {
      const body = { name: file.name, text: await file.text(), format: format.value || null };
      if (weights.files[0]) body.weights = await weights.files[0].text();
      const [report] = await Promise.all([post('/api/backtest', body), charts()]);
      out.replaceChildren(el('div', { class: 'toolbar' },
        el('strong', { text: `${report.scenario}: ${report.issuesWithOutcome} of ${report.issues} issues have an outcome, in ${report.groups} groups` }),
        el('button', { type: 'button', id: 'backtest-json', onclick: () => download('backtest.json', JSON.stringify(report, null, 2), 'application/json') }, 'JSON')));
      const rows = report.models;
      const table = el('table', { class: 'list', id: 'backtest-table' }, el('tr', {}, ...['Model', 'Kind', 'n', 'MAE', 'Median AE', 'RMSE', 'Failures'].map((h) => el('th', { text: h }))));
      for (const r of rows) {
        table.append(el('tr', { 'data-model': r.model }, ...[r.model, r.baseline ? 'baseline' : 'model', r.n, r.mae, r.medianAE, r.rmse, (r.failures ?? []).length]
          .map((v) => el('td', { text: typeof v === 'number' ? (Math.round(v * 100) / 100).toString() : String(v ?? '') }))));
      }
      out.append(table, el('p', { class: 'muted', text: 'Errors are absolute distances from the recorded outcome on each issue\'s scale; lower is better (docs/backtest.md).' }));
      const sorted = [...rows].sort((a, b) => b.mae - a.mae);
      chartBox(out, 'Mean absolute error per model (baselines grey)', 'backtest', {
        grid: { top: 20, left: 120, right: 40, bottom: 30 }, tooltip: {},
        xAxis: { type: 'value' }, yAxis: { type: 'category', data: sorted.map((r) => r.model) },
        series: [{ type: 'bar', data: sorted.map((r) => ({ value: r.mae, itemStyle: { color: r.baseline ? '#98a2b3' : '#1f5fa8' } })),
          label: { show: true, position: 'right', formatter: (p) => (Math.round(p.value * 100) / 100).toString() } }],
      }, 'backtest');
    } catch (error) {
      const text = error instanceof ApiError && error.diagnostics.length ? error.diagnostics.map((d) => d.text).join('\n') : error.message;
      out.replaceChildren(el('p', { class: 'error diagnostics', role: 'alert', text }));
    }
  };
  root.append(el('h2', { text: 'Backtest' }),
    el('p', { class: 'muted', text: 'Score every model and the naive baselines against recorded outcomes (e.g. DEU II data).' }),
    el('div', { class: 'toolbar' }, el('label', {}, 'Data ', data), el('label', {}, 'Format ', format), el('label', {}, 'Weights (optional) ', weights), el('button', { type: 'button', id: 'run-backtest', onclick: run }, 'Score')),
    out);
}
