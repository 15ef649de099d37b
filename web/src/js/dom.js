// Small DOM helpers. Every piece of data reaches the page through text nodes, attributes set one by one, or
// properties such as `textContent` and `value`: nothing here parses HTML, so a `<script>` in an article is
// shown as the characters it is.

/**
 * Creates an element. `attrs` keys: `class`, `text` (textContent), `on*` (listeners), `dataset`, anything
 * else set as an attribute (`href` only when it is safe, see `safeHref`). Children: nodes, strings (text
 * nodes), arrays, null/false (skipped).
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'href') node.setAttribute('href', safeHref(value));
    else if (key === 'value') node.value = value;
    else if (key === 'checked' || key === 'selected' || key === 'disabled') node[key] = Boolean(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces a node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** Only in-page routes and http(s) links; anything else (javascript:, data:) becomes a dead link. */
export function safeHref(href) {
  const s = String(href);
  if (s.startsWith('#') || s.startsWith('/')) return s;
  try {
    const u = new URL(s);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
  } catch (_) {
    /* not a URL */
  }
  return '#';
}

/** A function from a UTF-8 byte offset in `text` to the UTF-16 index JavaScript uses. */
export function byteIndex(text) {
  const map = new Map();
  let bytes = 0;
  let i = 0;
  for (const ch of text) {
    map.set(bytes, i);
    const cp = ch.codePointAt(0);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  map.set(bytes, i);
  return (b) => {
    if (map.has(b)) return map.get(b);
    // Not on a character boundary: round down to the previous one.
    let k = b;
    while (k > 0 && !map.has(k)) k--;
    return map.get(k) ?? 0;
  };
}

/**
 * The text as nodes, with `spans` (UTF-8 byte ranges: {start, end, cls, title, entity}) wrapped in <mark>.
 * Overlapping spans: the earlier-starting one wins.
 */
export function highlighted(text, spans, offset = 0) {
  const idx = byteIndex(text);
  const sorted = [...spans]
    .map((s) => ({ ...s, a: idx(Math.max(0, s.start - offset)), b: idx(Math.max(0, s.end - offset)) }))
    .filter((s) => s.b > s.a)
    .sort((x, y) => x.a - y.a || y.b - x.b);
  const out = [];
  let at = 0;
  for (const s of sorted) {
    if (s.a < at) continue;
    if (s.a > at) out.push(document.createTextNode(text.slice(at, s.a)));
    const mark = el('mark', { class: s.cls || 'm', title: s.title || null });
    if (s.entity) mark.dataset.entity = s.entity;
    mark.textContent = text.slice(s.a, s.b);
    out.push(mark);
    at = s.b;
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

/** A sentence in its own language and direction (Arabic right to left), mentions marked. */
export function sentence(text, lang, spans = [], offset = 0) {
  return el(
    'blockquote',
    { class: 'sentence', dir: 'auto', lang: lang || null },
    highlighted(text, spans, offset),
  );
}

export function table(headers, rows, attrs) {
  return el(
    'table',
    attrs || {},
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { text: h })))),
    el('tbody', {}, rows),
  );
}

export function fmtNum(x, digits = 2) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  return Number(x).toFixed(digits);
}

export function fmtAmount(x) {
  if (x === null || x === undefined) return '–';
  const abs = Math.abs(x);
  if (abs >= 1e12) return (x / 1e12).toFixed(1) + ' trn';
  if (abs >= 1e9) return (x / 1e9).toFixed(1) + ' bn';
  if (abs >= 1e6) return (x / 1e6).toFixed(1) + ' m';
  return String(x);
}

export function debounce(fn, ms) {
  let t = null;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

export function loading(node, what) {
  fill(node, el('p', { class: 'muted loading', text: `Loading ${what}…` }));
}

export function errorBox(err) {
  return el('div', { class: 'error', role: 'alert' }, el('strong', { text: 'Error: ' }), String(err.message || err));
}

/** For the few places a library takes an HTML string (ECharts tooltips): every character that matters escaped. */
export function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
