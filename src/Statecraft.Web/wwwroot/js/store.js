// The page's shared state: the open scenario, its validation, the chosen run settings and the latest results.
// Views subscribe to changes; nothing here talks to the server.

const listeners = new Set();

export const store = {
  state: {
    name: null, yaml: null, view: null, valid: false, diagnostics: [],
    run: { model: 'compromise', preset: '', rounds: '', seed: '', settings: {} },
    results: {},
  },
  set(patch) {
    Object.assign(this.state, patch);
    for (const listener of listeners) listener(this.state, patch);
  },
  on(listener) {
    listeners.add(listener);
  },
};

export function status(text) {
  const element = document.getElementById('status');
  if (element) element.textContent = text;
}

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'text') element.textContent = value;
    else element.setAttribute(key, value === true ? '' : value);
  }
  element.append(...children.filter((c) => c !== null && c !== undefined));
  return element;
}

// The body of every run request: the scenario being edited and the run panel's settings.
export function runBody(extra = {}) {
  const { name, yaml, run } = store.state;
  const body = { name, yaml, model: run.model, preset: run.preset || null, settings: run.settings };
  if (run.rounds !== '') body.rounds = Number(run.rounds);
  if (run.seed !== '') body.seed = Number(run.seed);
  return { ...body, ...extra };
}
