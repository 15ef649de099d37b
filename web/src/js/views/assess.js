// Assess: how realistic a proposed grouping is — the verdict and its reasons, pairwise alignment, what the
// members share, and stated positions for and against, each with its sentence.

import { el, fill, loading, errorBox, fmtNum, table } from '../dom.js';
import { api, nameOf } from '../api.js';
import { dateControl, today, section, empty, evidenceCard, countryLink, blocLink } from '../widgets.js';
import { replaceRoute } from '../main.js';
import { components, reasons } from './prospects.js';

export async function render(root, args, params, ctx) {
  const state = { members: (args[0] || 'RUS,KAZ,UZB').split(',').filter(Boolean), at: params.get('at') || today() };
  const input = el('input', { type: 'text', id: 'assess-members', value: state.members.join(','), size: 30, 'aria-label': 'Members (comma-separated ids)' });
  const out = el('div', { id: 'assess-out' });
  const form = el(
    'form',
    {
      class: 'controls',
      onsubmit: (e) => {
        e.preventDefault();
        state.members = input.value.split(/[\s,]+/).map((s) => s.trim().toUpperCase()).filter(Boolean);
        update();
      },
    },
    el('label', { for: 'assess-members', text: 'Members' }),
    input,
    el('button', { type: 'submit', text: 'Assess' }),
    dateControl(state.at, (d) => { state.at = d; update(); }),
  );
  fill(root, el('h1', { text: 'Is this grouping realistic?' }), form, el('p', { class: 'muted', text: 'Country ids (ISO alpha-3), e.g. RUS, KAZ, UZB.' }), out);

  async function update() {
    replaceRoute('assess', [state.members.join(',')], { at: state.at });
    loading(out, 'the assessment');
    let rep;
    try {
      rep = await api.assess(state.members, state.at);
    } catch (err) {
      fill(out, errorBox(err));
      return;
    }
    if (!ctx.isCurrent()) return;
    fill(
      out,
      section(
        'Verdict',
        el('p', {}, el('span', { class: `verdict verdict-${rep.verdict}`, id: 'verdict', text: rep.verdict }), ` score ${fmtNum(rep.score)}`),
        el('ul', {}, rep.reasons.map((r) => el('li', { text: r }))),
        el('div', { class: 'chips' }, rep.members.map((m) => el('span', { class: 'chip' }, countryLink(m)))),
      ),
      el(
        'div',
        { class: 'grid-2' },
        section(
          'Pairs',
          rep.pairs.length === 0
            ? empty('No pairs.')
            : rep.pairs.map((p) =>
                el(
                  'details',
                  {},
                  el('summary', {}, `${nameOf(p.a)} – ${nameOf(p.b)}: ${fmtNum(p.index)}`),
                  p.components ? components(p.components) : null,
                  reasons(p, state.at),
                  (p.evidence || []).map((ev) => evidenceCard(ev)),
                ),
              ),
        ),
        section(
          'What they share',
          el('h3', { text: 'Blocs all of them belong to' }),
          rep.shared_blocs.length
            ? el('div', { class: 'chips' }, rep.shared_blocs.map((b) => el('span', { class: 'chip', title: (b.statuses || []).map((s) => `${s[0]}: ${s[1]}`).join(', ') }, blocLink(b.bloc, state.at))))
            : empty('None.'),
          el('h3', { text: 'Treaties among them' }),
          rep.treaties.length
            ? table(['Treaty', 'Parties', 'Signed'], rep.treaties.map((t) => el('tr', {}, el('td', { text: t.name || t }), el('td', { text: (t.parties || []).join(', ') }), el('td', { text: t.signed || '–' }))))
            : empty('None.'),
        ),
      ),
      el(
        'div',
        { class: 'grid-2' },
        section('Positions for', positions(rep.positions_for, 'positions-for')),
        section('Positions against', positions(rep.positions_against, 'positions-against')),
      ),
    );
  }
  await update();
}

function positions(events, id) {
  if (!events || events.length === 0) return empty('No stated position in the news.');
  return el(
    'div',
    { id },
    events.map((ev) =>
      evidenceCard(ev.evidence, [], el('div', { class: 'meta' }, el('span', { class: 'chip', text: ev.type }), ev.source.map(countryLink), '→', ev.target.map(countryLink))),
    ),
  );
}
