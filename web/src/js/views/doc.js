// One stored document: its text with its entities marked, the sentence the link came from outlined, and its
// events, memberships and amounts.

import { el, fill, errorBox } from '../dom.js';
import { api } from '../api.js';
import { section } from '../widgets.js';
import { show } from './read.js';

export async function render(root, args, params) {
  const id = args[0];
  const focus = (params.get('s') || '').split('-').map(Number);
  const res = await api.document(id).catch((err) => {
    fill(root, errorBox(err));
    return null;
  });
  if (!res) return;
  const d = res.document;
  const out = el('div', { id: 'doc-out' });
  fill(
    root,
    el('h1', { dir: 'auto', text: d.title || d.id }),
    section(
      'Document',
      el(
        'div',
        { class: 'meta' },
        el('span', { class: 'lang', text: (d.lang || '?').toUpperCase() }),
        d.date ? el('time', { text: d.date }) : null,
        el('span', { text: `id ${d.id}` }),
        el('span', { text: `read from ${d.source}` }),
        d.url ? el('a', { href: d.url, rel: 'noopener noreferrer', target: '_blank', text: 'original ↗' }) : null,
      ),
    ),
    out,
  );
  show(out, res.record, d.text);
  // Outline the sentence the evidence link pointed at: wrap its range in the marked text.
  if (focus.length === 2 && focus.every(Number.isFinite)) outline(document.getElementById('read-marked'), d.text, focus[0], focus[1]);
}

/** Marks the byte range [start, end) of `text` inside `box` (whose text content is `text`) and scrolls to it. */
function outline(box, text, start, end) {
  const enc = new TextEncoder();
  const toIndex = (b) => {
    let bytes = 0;
    let i = 0;
    for (const ch of text) {
      if (bytes >= b) break;
      bytes += enc.encode(ch).length;
      i += ch.length;
    }
    return i;
  };
  const a = toIndex(start);
  const z = toIndex(end);
  if (!box || z <= a) return;
  const range = document.createRange();
  let pos = 0;
  let set = 0;
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.data.length;
    if (!(set & 1) && a <= pos + len) { range.setStart(n, a - pos); set |= 1; }
    if (!(set & 2) && z <= pos + len) { range.setEnd(n, z - pos); set |= 2; break; }
    pos += len;
  }
  if (set !== 3) return;
  const span = el('span', { class: 'focus', id: 'focus-sentence' });
  try {
    span.appendChild(range.extractContents());
    range.insertNode(span);
    span.scrollIntoView({ block: 'center' });
  } catch (_) {
    /* a range across marks that cannot be wrapped: leave the text as it is */
  }
}
