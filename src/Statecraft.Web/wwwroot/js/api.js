// Calls to the Statecraft server. Every failure becomes an ApiError carrying the server's located message.

export class ApiError extends Error {
  constructor(status, detail, diagnostics) {
    super(detail);
    this.status = status;
    this.diagnostics = diagnostics ?? [];
  }
}

async function handle(response) {
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok) {
    if (type.includes('json')) {
      const problem = await response.json();
      throw new ApiError(response.status, problem.detail ?? problem.title ?? `HTTP ${response.status}`, problem.diagnostics);
    }
    throw new ApiError(response.status, `HTTP ${response.status}`);
  }
  return type.includes('json') ? response.json() : response.text();
}

export async function get(path) {
  return handle(await fetch(path));
}

export async function post(path, body) {
  return handle(await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
}

export async function postText(path, body) {
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) {
    return handle(response);
  }
  return response.text();
}

export async function del(path) {
  return handle(await fetch(path, { method: 'DELETE' }));
}
