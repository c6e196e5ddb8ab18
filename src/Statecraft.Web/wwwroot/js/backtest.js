// Backtest: upload DEU-format data (and a Council weight table) and see each model's errors against the outcomes.
import { post } from './api.js';
import { el } from './store.js';
import { chartBox } from './export.js';

export function mountBacktest(root) {
  const data = el('input', { type: 'file', id: 'backtest-data', 'aria-label': 'Data file' });
  const weights = el('input', { type: 'file', id: 'backtest-weights', 'aria-label': 'Weights table' });
  const out = el('div', { id: 'backtest-out' });
  const run = async () => {
    const file = data.files[0];
    if (!file) return;
    try {
      const body = { name: file.name, text: await file.text() };
      if (weights.files[0]) body.weights = await weights.files[0].text();
      const report = await post('/api/backtest', body);
      out.replaceChildren();
      const rows = report.models ?? report.entries ?? [];
      const table = el('table', { class: 'list', id: 'backtest-table' }, el('tr', {}, ...['Model', 'n', 'MAE', 'Median AE', 'RMSE'].map((h) => el('th', { text: h }))));
      for (const r of rows) {
        const s = r.summary ?? r;
        table.append(el('tr', {}, ...[r.model ?? r.name, s.n, s.mae, s.medianAe ?? s.medianAE, s.rmse].map((v) => el('td', { text: typeof v === 'number' ? (Math.round(v * 100) / 100).toString() : String(v ?? '') }))));
      }
      out.append(table);
      chartBox(out, 'Mean absolute error per model', 'backtest', {
        grid: { top: 20, left: 110, right: 20, bottom: 30 }, tooltip: {},
        xAxis: { type: 'value' }, yAxis: { type: 'category', data: rows.map((r) => r.model ?? r.name) },
        series: [{ type: 'bar', data: rows.map((r) => (r.summary ?? r).mae) }],
      }, 'backtest');
    } catch (error) {
      out.replaceChildren(el('p', { class: 'error', role: 'alert', text: error.message }));
    }
  };
  root.append(el('h2', { text: 'Backtest' }),
    el('p', { class: 'muted', text: 'Score every model and the naive baselines against recorded outcomes (e.g. DEU II data).' }),
    el('div', { class: 'toolbar' }, el('label', {}, 'Data ', data), el('label', {}, 'Weights (optional) ', weights), el('button', { type: 'button', id: 'run-backtest', onclick: run }, 'Score')),
    out);
}
