// Controls shared by the views: the "as of" date (a date field and a month slider that move together),
// country and bloc pickers, evidence cards, links between views.

import { el, debounce, sentence, safeHref } from './dom.js';
import { nameOf, entitiesOf, kindOf } from './api.js';

const FIRST_YEAR = 1990;

export function today() {
  return new Date().toISOString().slice(0, 10);
}

function monthIndex(date) {
  const [y, m] = date.split('-').map(Number);
  return (y - FIRST_YEAR) * 12 + ((m || 1) - 1);
}

function lastDayOfMonth(idx) {
  const y = FIRST_YEAR + Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The "as of" control: a date field and a slider over months since 1990. Moving the slider calls
 * `onChange(date)` (debounced) with the month's last day, or today for the current month.
 */
export function dateControl(at, onChange) {
  const now = today();
  const max = monthIndex(now);
  const dateInput = el('input', { type: 'date', id: 'at', name: 'at', value: at, min: `${FIRST_YEAR}-01-01`, max: now });
  const slider = el('input', {
    type: 'range',
    id: 'at-slider',
    min: 0,
    max,
    step: 1,
    value: Math.min(max, Math.max(0, monthIndex(at))),
    'aria-label': 'As of (month)',
  });
  const label = el('output', { for: 'at-slider', class: 'slider-label', text: at });
  const fire = debounce((d) => onChange(d), 200);
  slider.addEventListener('input', () => {
    const idx = Number(slider.value);
    const d = idx >= max ? now : lastDayOfMonth(idx);
    dateInput.value = d;
    label.textContent = d;
    fire(d);
  });
  dateInput.addEventListener('change', () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dateInput.value)) return;
    slider.value = monthIndex(dateInput.value);
    label.textContent = dateInput.value;
    onChange(dateInput.value);
  });
  return el(
    'div',
    { class: 'asof' },
    el('label', { for: 'at', text: 'As of' }),
    dateInput,
    el('span', { class: 'slider-wrap' }, el('span', { class: 'muted', text: String(FIRST_YEAR) }), slider, label),
  );
}

export function entitySelect(kind, id, value, onChange, extra = []) {
  const options = [...extra, ...entitiesOf(kind).map((e) => ({ id: e.id, label: `${e.name_en} (${e.id})` }))];
  if (value && !options.some((o) => o.id === value)) options.unshift({ id: value, label: value });
  const select = el(
    'select',
    { id, name: id, onchange: () => onChange(select.value) },
    options.map((o) => el('option', { value: o.id, text: o.label, selected: o.id === value })),
  );
  return select;
}

/** A country name and id that links to its profile on the network view. */
export function countryLink(id) {
  return el('a', { href: `#/country/${encodeURIComponent(id)}`, class: 'entity', title: id }, nameOf(id));
}

/** A link to what the entity is (a country's profile, a bloc's members), or just its name. */
export function entityLink(id, at) {
  const kind = kindOf(id);
  if (kind === 'country') return countryLink(id);
  if (kind === 'bloc') return blocLink(id, at);
  return el('span', { class: 'entity', title: id, text: nameOf(id) });
}

export function blocLink(id, at) {
  const q = at ? `?at=${encodeURIComponent(at)}` : '';
  return el('a', { href: `#/blocs/${encodeURIComponent(id)}${q}`, class: 'entity bloc', title: id }, nameOf(id));
}

/** The link to a document, with the sentence to show highlighted. */
export function docHref(ev) {
  const s = ev.sentence ? `?s=${ev.sentence[0]}-${ev.sentence[1]}` : '';
  return `#/doc/${encodeURIComponent(ev.doc_id)}${s}`;
}

/**
 * One evidence sentence (a store `Evidence`): the sentence as written, its source, its date and a link to the
 * whole document. `spans` are byte ranges within the sentence to mark.
 */
export function evidenceCard(ev, spans = [], extra = null) {
  const meta = el(
    'div',
    { class: 'meta' },
    el('span', { class: 'lang', text: (ev.lang || '?').toUpperCase() }),
    ev.doc_date ? el('time', { text: ev.doc_date }) : null,
    el('a', { href: docHref(ev), class: 'doclink', text: ev.title || ev.doc_id }),
    ev.url ? el('a', { href: safeHref(ev.url), class: 'ext', rel: 'noopener noreferrer', target: '_blank', text: 'source ↗' }) : null,
  );
  return el('article', { class: 'evidence' }, extra, sentence(ev.text, ev.lang, spans), meta);
}

export function section(title, ...children) {
  return el('section', { class: 'card' }, el('h2', { text: title }), ...children);
}

export function empty(text) {
  return el('p', { class: 'muted empty', text });
}
