// A country's profile: memberships and treaties on a date, and its strongest partners in the news.

import { el, fill, fmtNum, table } from '../dom.js';
import { api, nameOf } from '../api.js';
import { dateControl, today, section, empty, blocLink, countryLink } from '../widgets.js';
import { replaceRoute } from '../main.js';
import { sourceNode } from './blocs.js';

export async function render(root, args, params, ctx) {
  const id = args[0] || 'RUS';
  const state = { at: params.get('at') || today() };
  const out = el('div', { id: 'country-out' });
  fill(root, el('h1', { text: `${nameOf(id)} (${id})` }), el('div', { class: 'controls' }, dateControl(state.at, (d) => { state.at = d; update(); })), out);

  async function update() {
    replaceRoute('country', [id], { at: state.at });
    const rep = await api.country(id, state.at);
    if (!ctx.isCurrent()) return;
    fill(
      out,
      el(
        'div',
        { class: 'grid-2' },
        section(
          `Memberships on ${rep.at}`,
          rep.memberships.length
            ? table(['Bloc', 'Status', 'Since', 'Source'], rep.memberships.map((m) => el('tr', {}, el('td', {}, blocLink(m.bloc, rep.at)), el('td', {}, el('span', { class: `status status-${m.status}`, text: m.status })), el('td', { class: 'date', text: m.from || '–' }), el('td', { class: 'muted src' }, sourceNode(m.source)))))
            : empty('No membership on this date.'),
          el('h3', { text: 'Treaties' }),
          rep.treaties.length
            ? table(['Treaty', 'Parties', 'Signed', 'Source'], rep.treaties.map((t) => el('tr', {}, el('td', { text: t.name }), el('td', {}, t.parties.filter((p) => p !== id).map((p) => [countryLink(p), ' '])), el('td', { class: 'date', text: t.signed || '–' }), el('td', { class: 'muted src' }, sourceNode(t.source)))))
            : empty('No treaty in the reference data.'),
        ),
        section(
          'Strongest relations in the news',
          rep.relations.length
            ? table(['Partner', 'Balance', 'Stances', 'Events', ''], rep.relations.map((r) => el('tr', {}, el('td', {}, countryLink(r.country)), el('td', { class: 'num', text: fmtNum(r.balance) }), el('td', { class: 'num', text: fmtNum(r.stances) }), el('td', { class: 'num', text: r.events }), el('td', {}, el('a', { href: `#/dyad/${encodeURIComponent(id)}/${encodeURIComponent(r.country)}`, text: 'dyad →' })))))
            : empty('No events in the news.'),
          el('p', {}, el('a', { href: `#/prospects/${encodeURIComponent(id)}?at=${rep.at}`, text: 'Alliance prospects →' })),
        ),
      ),
    );
  }
  await update();
}
