// Read an article: paste a text or drop a file; the server extracts it (nothing is stored) and the page
// shows the text with its entities, events and amounts marked, and the lists of each.

import { el, fill, loading, errorBox, table, highlighted, fmtAmount, fmtNum } from '../dom.js';
import { api } from '../api.js';
import { section, empty, entityLink } from '../widgets.js';

const MAX_BYTES = 1024 * 1024;

export async function render(root) {
  const text = el('textarea', { id: 'read-text', name: 'text', dir: 'auto', placeholder: 'Paste an article in Arabic, English or Russian…' });
  const lang = el(
    'select',
    { id: 'read-lang' },
    [['', 'detect language'], ['ar', 'Arabic'], ['en', 'English'], ['ru', 'Russian']].map(([v, t]) => el('option', { value: v, text: t })),
  );
  const date = el('input', { type: 'date', id: 'read-date', 'aria-label': 'Publication date' });
  const out = el('div', { id: 'read-out' });
  const drop = el('div', { class: 'drop', id: 'read-drop', text: 'Drop a text file here, or ' });
  const file = el('input', { type: 'file', id: 'read-file', accept: '.txt,.md,.html,.htm,text/*' });
  drop.appendChild(file);
  const load = async (f) => {
    if (!f) return;
    if (f.size > MAX_BYTES) {
      fill(out, errorBox(new Error(`the file is ${Math.round(f.size / 1024)} KiB; at most 1 MiB is read`)));
      return;
    }
    text.value = await f.text();
    run();
  };
  file.addEventListener('change', () => load(file.files[0]));
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); load(e.dataTransfer.files[0]); });
  const button = el('button', { type: 'button', id: 'read-go', text: 'Read', onclick: () => run() });

  fill(
    root,
    el('h1', { text: 'Read an article' }),
    section('The article', drop, text, el('div', { class: 'controls' }, lang, date, button)),
    out,
  );

  async function run() {
    const body = text.value;
    if (!body.trim()) {
      fill(out, empty('Paste or drop a text first.'));
      return;
    }
    button.disabled = true;
    loading(out, 'the extraction');
    try {
      const rec = await api.extract({ text: body, lang: lang.value || undefined, date: date.value || undefined });
      show(out, rec, body);
    } catch (err) {
      fill(out, errorBox(err));
    } finally {
      button.disabled = false;
    }
  }
}

/** Sentences that carry an event, merged and sorted: [{start, end, title}] in UTF-8 bytes. */
function eventSentences(rec) {
  const by = new Map();
  for (const ev of rec.events || []) {
    const key = `${ev.sentence[0]}-${ev.sentence[1]}`;
    const label = `${ev.type}: ${ev.source.join(', ')} → ${ev.target.join(', ')}${ev.negated ? ' (negated)' : ''}`;
    if (by.has(key)) by.get(key).title += `; ${label}`;
    else by.set(key, { start: ev.sentence[0], end: ev.sentence[1], title: label });
  }
  return [...by.values()].sort((a, b) => a.start - b.start);
}

/**
 * The text with event sentences wrapped (underlined, their events in the tooltip) and mentions marked inside
 * and outside them. Byte offsets throughout; a sentence overlapping the previous one is left unwrapped.
 */
function layered(text, sentences, spans) {
  const enc = new TextEncoder();
  const bytes = enc.encode(text);
  const dec = new TextDecoder();
  const slice = (a, b) => dec.decode(bytes.subarray(a, b));
  const within = (a, b) => spans.filter((m) => m.start >= a && m.end <= b);
  const out = [];
  let at = 0;
  for (const s of sentences) {
    if (s.start < at || s.end > bytes.length || s.end <= s.start) continue;
    if (s.start > at) out.push(...highlighted(slice(at, s.start), within(at, s.start), at));
    out.push(el('span', { class: 'ev-sentence', title: s.title, dataset: { sentence: `${s.start}-${s.end}` } }, highlighted(slice(s.start, s.end), within(s.start, s.end), s.start)));
    at = s.end;
  }
  if (at < bytes.length) out.push(...highlighted(slice(at, bytes.length), within(at, bytes.length), at));
  return out;
}

/** A record over its text: shared with the document view. */
export function show(out, rec, body) {
  const kinds = new Map(rec.entities.map((e) => [e.id, e.kind]));
  const spans = [
    ...rec.mentions.map((m) => ({ start: m.start, end: m.end, cls: `k-${kinds.get(m.entity) || 'other'}`, title: `${m.entity} (${m.form})`, entity: m.entity })),
  ];
  fill(
    out,
    section(
      `Language: ${rec.doc.lang || 'not Arabic, English or Russian'} · ${rec.entities.length} entities · ${(rec.events || []).length} events`,
      el('div', { class: 'legend' }, ['country', 'bloc', 'person', 'company', 'initiative', 'collective'].map((k) => el('mark', { class: `k-${k}`, text: k })), el('span', { class: 'ev-sentence', text: 'sentence with an event' })),
      el('div', { class: 'doc-text', id: 'read-marked', dir: 'auto', lang: rec.doc.lang || null }, layered(body, eventSentences(rec), spans)),
    ),
    el(
      'div',
      { class: 'grid-2' },
      section(
        'Entities',
        rec.entities.length === 0
          ? empty('No entity found.')
          : table(
              ['Entity', 'Kind', 'Mentions'],
              rec.entities.map((e) => el('tr', { dataset: { entity: e.id } }, el('td', {}, e.kind === 'country' || e.kind === 'bloc' ? entityLink(e.id) : `${e.name} (${e.id})`), el('td', { text: e.kind }), el('td', { class: 'num', text: e.mentions }))),
              { id: 'read-entities' },
            ),
      ),
      section(
        'Events',
        (rec.events || []).length === 0
          ? empty('No event coded.')
          : el(
              'div',
              { id: 'read-events' },
              rec.events.map((ev) =>
                el(
                  'div',
                  { class: 'evidence' },
                  el('div', { class: 'meta' }, el('span', { class: 'chip', text: ev.type }), ev.source.join(', '), ' → ', ev.target.join(', '), ` score ${fmtNum(ev.score, 1)}`, ev.negated ? ' (negated)' : '', ev.modality !== 'asserted' ? ` (${ev.modality})` : ''),
                  el('blockquote', { class: 'sentence', dir: 'auto', text: ev.text }),
                ),
              ),
            ),
        (rec.memberships || []).length
          ? [el('h3', { text: 'Membership statements' }), el('ul', {}, rec.memberships.map((m) => el('li', { text: `${m.member} ${m.negated ? 'not ' : ''}${m.status} of ${m.bloc}${m.date ? ' (' + m.date + ')' : ''}` })))]
          : null,
        (rec.quantities || []).length
          ? [el('h3', { text: 'Amounts' }), el('ul', {}, rec.quantities.map((q) => el('li', { text: `${q.kind}: ${fmtAmount(q.amount)} ${q.currency || ''} — “${q.text}”` })))]
          : null,
      ),
    ),
  );
}
