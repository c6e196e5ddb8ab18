// Reads and edits the actor × issue cells of a scenario in the native YAML layout that the server writes
// (statecraft convert): one value per line, so every cell maps to a line and every diagnostic line maps to a cell.

const unquote = (text) => {
  const t = text.trim();
  if (t.startsWith('"')) {
    try { return JSON.parse(t); } catch { return t.slice(1, -1); }
  }
  if (t.startsWith("'")) {
    return t.slice(1, -1).replaceAll("''", "'");
  }
  return t;
};

const indentOf = (line) => line.length - line.trimStart().length;

// Returns { actors: [{ id, line, capability: {value, line}, stances: { issue: { position, salience, why } } }] },
// each value as { value (text), line (0-based), end (last line of a block value) }.
export function scan(yaml) {
  const lines = yaml.split('\n');
  const actors = [];
  let section = null;
  let actor = null;
  let issue = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indent = indentOf(line);
    if (indent === 0) {
      section = line.split(':')[0].trim();
      actor = null;
      issue = null;
      continue;
    }
    if (section !== 'actors') continue;
    const body = line.trim();
    if (indent === 2 && body.startsWith('- id:')) {
      actor = { id: unquote(body.slice(5)), line: i, capability: null, stances: {} };
      actors.push(actor);
      issue = null;
      continue;
    }
    if (!actor) continue;
    const colon = body.indexOf(':');
    const key = colon < 0 ? body : body.slice(0, colon).trim();
    const rest = colon < 0 ? '' : body.slice(colon + 1);
    let end = i;
    while (end + 1 < lines.length && lines[end + 1].trim() !== '' && indentOf(lines[end + 1]) > indent && rest.trim().startsWith('|')) end++;
    const value = { value: rest.trim().startsWith('|') ? lines.slice(i + 1, end + 1).map((l) => l.trim()).join(' ') : unquote(rest), line: i, end };
    if (indent === 4) {
      issue = null;
      if (key === 'capability') actor.capability = value;
      if (key === 'name') actor.name = value.value;
    } else if (indent === 6 && rest.trim() === '') {
      issue = unquote(key);
      actor.stances[issue] = { line: i };
    } else if (indent === 8 && issue) {
      actor.stances[issue][key] = value;
    }
    i = end;
  }
  return { actors };
}

// Replaces the value at `cell` (a scanned value) with `text`; a why becomes one double-quoted line.
export function setValue(yaml, cell, text, quoted) {
  const lines = yaml.split('\n');
  const line = lines[cell.line];
  const colon = line.indexOf(':');
  const value = quoted ? JSON.stringify(text) : text;
  lines.splice(cell.line, cell.end - cell.line + 1, `${line.slice(0, colon + 1)} ${value}`);
  return lines.join('\n');
}

// Finds the cell ({ actor, issue, field }) whose value spans the 1-based line `line`, or null.
export function cellAt(grid, line) {
  const i = line - 1;
  for (const actor of grid.actors) {
    if (actor.capability && i >= actor.capability.line && i <= actor.capability.end) return { actor: actor.id, issue: null, field: 'capability' };
    for (const [issue, stance] of Object.entries(actor.stances)) {
      for (const field of ['position', 'salience', 'why', 'positionRationale', 'salienceRationale']) {
        const v = stance[field];
        if (v && i >= v.line && i <= v.end) return { actor: actor.id, issue, field: field.startsWith('position') || field.startsWith('salience') ? field.replace('Rationale', '') : field };
      }
      if (i === stance.line) return { actor: actor.id, issue, field: 'position' };
    }
    if (i === actor.line) return { actor: actor.id, issue: null, field: 'capability' };
  }
  return null;
}
