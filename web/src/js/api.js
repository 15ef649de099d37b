// The page's only way to the data: the same JSON API other tools use (see /api/openapi.json).

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function request(method, path, params, body) {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, v);
  }
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await fetch(url, init);
  let data = null;
  try {
    data = await res.json();
  } catch (_) {
    throw new ApiError(res.status, 'bad_response', `${res.status} ${res.statusText}`);
  }
  if (!res.ok) throw new ApiError(res.status, data && data.error, (data && data.message) || res.statusText);
  return data;
}

export const get = (path, params) => request('GET', path, params);
export const post = (path, body) => request('POST', path, undefined, body);
const enc = encodeURIComponent;

export const api = {
  entities: () => get('/api/entities'),
  blocs: () => get('/api/blocs'),
  bloc: (id, at) => get(`/api/blocs/${enc(id)}`, { at }),
  memberships: (bloc, member) => get('/api/memberships', { bloc, member }),
  country: (id, at) => get(`/api/countries/${enc(id)}`, { at }),
  dyad: (a, b, p) => get(`/api/dyads/${enc(a)}/${enc(b)}`, p),
  prospects: (id, p) => get(`/api/prospects/${enc(id)}`, p),
  assess: (members, at) => get('/api/assess', { members: members.join(','), at }),
  network: (at) => get('/api/network', { at }),
  search: (q, p) => get('/api/search', { q, ...p }),
  document: (id) => get(`/api/documents/${enc(id)}`),
  events: (p) => get('/api/events', p),
  extract: (body) => post('/api/extract', body),
};

/** Entity names, loaded once: id → {id, kind, name_en, name_ar, name_ru}. */
let names = new Map();
export async function loadNames() {
  try {
    const list = await api.entities();
    names = new Map(list.map((e) => [e.id, e]));
  } catch (_) {
    names = new Map();
  }
  return names;
}

export function nameOf(id) {
  const e = names.get(id);
  return (e && e.name_en) || id;
}

export function kindOf(id) {
  const e = names.get(id);
  return e ? e.kind : null;
}

export function entitiesOf(kind) {
  return [...names.values()].filter((e) => e.kind === kind).sort((a, b) => a.name_en.localeCompare(b.name_en));
}
