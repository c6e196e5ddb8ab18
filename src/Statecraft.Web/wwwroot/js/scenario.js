// The scenario view: pick a bundled scenario, open a file in any supported format or start blank; edit the
// actors × issues grid with validation at the cell (the messages of `statecraft validate`); undo; download YAML.
import { get, post, ApiError } from './api.js';
import { scan, setValue, cellAt } from './yamlgrid.js';
import { download } from './export.js';
import { store, status, el } from './store.js';

const BLANK = `statecraft: 1
title: "New scenario"
issues:
  - id: issue-1
    name: "First issue"
    scale:
      min: 0
      max: 100
      labels:
        0: "no change"
        100: "full change"
actors:
  - id: A
    name: "Actor A"
    capability: 50
    stances:
      issue-1:
        position: 20
        salience: 0.5
        why: "Why A stands here."
  - id: B
    name: "Actor B"
    capability: 50
    stances:
      issue-1:
        position: 80
        salience: 0.5
        why: "Why B stands here."
`;

// The scenario the app opens on, as `statecraft forecast` runs it by default.
const DEFAULT = 'middle-east-2025';

let root;
const undo = [];
let validateTimer = null;

export async function mountScenario(element) {
  root = element;
  // The list and the default scenario at once; the default is always bundled.
  const [bundled, first] = await Promise.all([get('/api/scenarios'), get(`/api/scenarios/${DEFAULT}`)]);
  const picker = el('select', { id: 'scenario-picker', 'aria-label': 'Bundled scenario' },
    ...bundled.map((s) => el('option', { value: s.name, text: s.name, title: s.description })));
  picker.addEventListener('change', () => openBundled(picker.value));
  const file = el('input', { type: 'file', id: 'scenario-file', 'aria-label': 'Open a scenario file' });
  file.addEventListener('change', async () => {
    const chosen = file.files[0];
    if (chosen) await openText(chosen.name, await chosen.text());
    file.value = '';
  });
  root.append(
    el('h2', { text: 'Scenario' }),
    el('div', { class: 'toolbar' },
      el('label', {}, 'Bundled: ', picker),
      el('label', {}, 'Open file: ', file),
      el('button', { type: 'button', id: 'blank', onclick: () => openText('new-scenario.yaml', BLANK) }, 'Start blank'),
      el('button', { type: 'button', id: 'undo', onclick: undoEdit, disabled: true }, 'Undo'),
      el('button', { type: 'button', id: 'download-yaml', onclick: () => download(yamlName(), store.state.yaml, 'application/yaml') }, 'Download YAML')),
    el('div', { id: 'scenario-title', class: 'muted' }),
    el('div', { id: 'scenario-diagnostics', class: 'diagnostics', role: 'alert' }),
    el('div', { class: 'grid-wrap' }, el('table', { class: 'grid', id: 'grid' })));
  store.on((state, patch) => {
    if ('diagnostics' in patch) showDiagnostics();
  });
  document.getElementById('scenario-picker').value = DEFAULT;
  accept(first);
}

function yamlName() {
  const name = (store.state.name ?? 'scenario').replace(/\.[^.]*$/, '');
  return `${name}.yaml`;
}

async function openBundled(name) {
  status(`opening ${name}…`);
  accept(await get(`/api/scenarios/${encodeURIComponent(name)}`));
}

async function openText(name, text) {
  status(`reading ${name}…`);
  try {
    accept(await post('/api/scenario/read', { name, text }));
  } catch (error) {
    showProblem(error);
  }
}

function accept(view) {
  if (!view.yaml) {
    // Not valid: keep the scenario being edited, show what is wrong with the file.
    document.getElementById('scenario-diagnostics').textContent = view.diagnostics.map((d) => d.text).join('\n');
    status(`${view.name}: not opened`);
    return;
  }
  undo.length = 0;
  document.getElementById('undo').disabled = true;
  const picker = document.getElementById('scenario-picker');
  if ([...picker.options].some((o) => o.value === view.name)) picker.value = view.name;
  store.set({ name: view.name, yaml: view.yaml, view, valid: true, diagnostics: view.diagnostics });
  renderGrid();
  status(`${view.name}: ${view.actors.length} actors, ${view.issues.length} issues`);
}

function showProblem(error) {
  document.getElementById('scenario-diagnostics').textContent = error instanceof ApiError && error.diagnostics.length
    ? error.diagnostics.map((d) => d.text).join('\n') : error.message;
}

function renderGrid() {
  const { view, yaml } = store.state;
  const grid = scan(yaml);
  document.getElementById('scenario-title').textContent = view.title ?? '';
  const table = document.getElementById('grid');
  table.replaceChildren();
  const head = el('tr', {}, el('th', { text: 'Actor' }), el('th', { text: 'Capability' }));
  for (const issue of view.issues) {
    const labels = issue.labels.map((l) => `${l.value}: ${l.label}`).join(' · ');
    head.append(el('th', { 'data-issue': issue.id }, issue.name, el('small', { text: `${issue.id}, scale ${issue.min}–${issue.max}${labels ? ` (${labels})` : ''}` })));
  }
  table.append(el('thead', {}, head));
  const body = el('tbody');
  for (const actor of grid.actors) {
    const row = el('tr', { 'data-actor': actor.id }, el('th', { text: actor.name && actor.name !== actor.id ? `${actor.name} (${actor.id})` : actor.id }));
    row.append(el('td', { 'data-actor': actor.id, 'data-cell': 'capability' }, actor.capability ? input(actor.id, null, 'capability', actor.capability.value) : '—'));
    for (const issue of view.issues) {
      const stance = actor.stances[issue.id];
      const cell = el('td', { 'data-actor': actor.id, 'data-issue': issue.id });
      if (stance?.position) {
        const why = stance.why ?? stance.positionRationale;
        cell.append(
          el('label', { title: 'position' }, 'P ', input(actor.id, issue.id, 'position', stance.position.value)),
          el('label', { title: 'salience' }, ' S ', input(actor.id, issue.id, 'salience', stance.salience?.value ?? '')));
        if (why) {
          const text = el('span', { class: 'why', title: `${why.value}\n(click to edit)`, text: why.value, 'data-field': 'why' });
          text.addEventListener('click', () => {
            const next = prompt('Why (one line):', why.value);
            if (next !== null) edit(actor.id, issue.id, stance.why ? 'why' : 'positionRationale', next.replace(/\s+/g, ' ').trim(), true);
          });
          cell.append(text);
        }
      } else {
        cell.append(el('span', { class: 'muted', text: '—' }));
      }
      row.append(cell);
    }
    body.append(row);
  }
  table.append(body);
  showDiagnostics();
}

function input(actor, issue, field, value) {
  const box = el('input', { value, 'data-actor': actor, 'data-issue': issue ?? undefined, 'data-field': field, 'aria-label': `${field} of ${actor}${issue ? ` on ${issue}` : ''}` });
  box.addEventListener('change', () => edit(actor, issue, field, box.value.replace(/[\r\n]/g, ' ').trim(), false));
  return box;
}

function edit(actorId, issueId, field, text, quoted) {
  const { yaml } = store.state;
  const grid = scan(yaml);
  const actor = grid.actors.find((a) => a.id === actorId);
  const cell = issueId ? actor?.stances[issueId]?.[field] : actor?.[field];
  if (!cell) return;
  undo.push(yaml);
  document.getElementById('undo').disabled = false;
  store.set({ yaml: setValue(yaml, cell, text === '' ? '""' : text, quoted), edited: true });
  if (quoted) renderGrid();
  scheduleValidation();
}

function undoEdit() {
  if (undo.length === 0) return;
  store.set({ yaml: undo.pop() });
  document.getElementById('undo').disabled = undo.length === 0;
  renderGrid();
  scheduleValidation();
}

function scheduleValidation() {
  clearTimeout(validateTimer);
  validateTimer = setTimeout(validate, 250);
}

async function validate() {
  const { name, yaml } = store.state;
  status('checking…');
  try {
    const view = await post('/api/scenario/read', { name, text: yaml });
    const valid = Boolean(view.yaml);
    store.set({ valid, diagnostics: view.diagnostics, ...(valid ? { view: { ...view, yaml } } : {}) });
    status(valid ? `${name}: valid` : `${name}: ${view.errors} error(s)`);
    if (valid) store.set({ validEdit: Date.now() });
  } catch (error) {
    showProblem(error);
  }
}

function showDiagnostics() {
  const { diagnostics, yaml } = store.state;
  for (const old of root.querySelectorAll('.cell-error')) old.remove();
  for (const old of root.querySelectorAll('.invalid')) old.classList.remove('invalid');
  const grid = scan(yaml ?? '');
  const unplaced = [];
  for (const d of diagnostics ?? []) {
    const at = d.line ? cellAt(grid, d.line) : null;
    const selector = at && (at.issue ? `td[data-actor="${CSS.escape(at.actor)}"][data-issue="${CSS.escape(at.issue)}"]` : `td[data-actor="${CSS.escape(at.actor)}"][data-cell="capability"]`);
    const td = selector ? root.querySelector(selector) : null;
    if (!td) {
      unplaced.push(d.text);
      continue;
    }
    td.classList.add('invalid');
    td.querySelector(`input[data-field="${at.field}"]`)?.classList.add('invalid');
    td.append(el('div', { class: 'cell-error', role: 'alert', text: d.text }));
  }
  document.getElementById('scenario-diagnostics').textContent = unplaced.join('\n');
}
