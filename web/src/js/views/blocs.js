// Blocs: a bloc's members on a date (the reference, each row with its source), its membership timeline, and
// the news claims about it checked against the reference (conflicts highlighted).

import { el, fill, loading, errorBox, table, escapeHtml, safeHref } from '../dom.js';
import { api, nameOf } from '../api.js';
import { dateControl, today, countryLink, section, empty, evidenceCard } from '../widgets.js';
import { replaceRoute } from '../main.js';

const STATUS_COLOR = {
  founder: '#1f8a4c',
  member: '#2e9e5b',
  observer: '#5b7fc7',
  partner: '#8e7cc3',
  dialogue_partner: '#a39ad6',
  applicant: '#e0a526',
  suspended: '#c0392b',
  former: '#9aa0aa',
};

export async function render(root, args, params, ctx) {
  const blocs = await api.blocs();
  if (!ctx.isCurrent()) return;
  const state = { bloc: args[0] || 'SCO', at: params.get('at') || today() };
  const select = el(
    'select',
    {
      id: 'bloc-select',
      name: 'bloc',
      onchange: () => {
        state.bloc = select.value;
        update(true);
      },
    },
    blocs.map((b) => el('option', { value: b.id, text: `${b.name_en} (${b.id})`, selected: b.id === state.bloc })),
  );
  const membersBox = el('div', { id: 'bloc-members' });
  const timelineBox = el('div', { class: 'chart small', id: 'bloc-timeline' });
  const claimsBox = el('div', { id: 'bloc-claims' });
  fill(
    root,
    el('h1', { text: 'Blocs and their members' }),
    el(
      'div',
      { class: 'controls' },
      el('label', { for: 'bloc-select', text: 'Bloc' }),
      select,
      dateControl(state.at, (d) => {
        state.at = d;
        update(false);
      }),
    ),
    el(
      'div',
      { class: 'grid-2' },
      el('div', {}, membersBox, section('News claims checked against the reference', claimsBox)),
      section(
      'Membership timeline',
      el('div', { class: 'legend' }, Object.entries(STATUS_COLOR).map(([k, c]) => el('span', { class: 'chip' }, el('span', { class: 'swatch', style: `background:${c}` }), ` ${k.replace(/_/g, ' ')}`))),
      timelineBox,
    ),
    ),
  );
  const chart = window.echarts.init(timelineBox);
  window.addEventListener('resize', () => chart.resize());
  let timelineOf = null;

  async function update(blocChanged) {
    replaceRoute('blocs', [state.bloc], { at: state.at });
    loading(membersBox, 'members');
    let rep;
    try {
      rep = await api.bloc(state.bloc, state.at);
    } catch (err) {
      fill(membersBox, errorBox(err));
      return;
    }
    if (!ctx.isCurrent()) return;
    renderMembers(membersBox, rep);
    renderClaims(claimsBox, rep.claims);
    if (blocChanged || timelineOf !== state.bloc) {
      timelineOf = state.bloc;
      const rows = await api.memberships(state.bloc);
      if (ctx.isCurrent()) renderTimeline(chart, timelineBox, rows, rep.bloc);
    }
  }
  await update(true);
}

function renderMembers(box, rep) {
  const b = rep.bloc;
  fill(
    box,
    section(
      `${b.name_en} on ${rep.at}`,
      el(
        'p',
        { class: 'muted' },
        el('span', { id: 'member-count', text: String(rep.members.length) }),
        ` members · ${b.kind.replace(/_/g, ' ')}`,
        b.founded ? ` · founded ${b.founded}` : '',
        b.dissolved ? ` · dissolved ${b.dissolved}` : '',
      ),
      rep.members.length === 0
        ? empty('No members on this date.')
        : el(
            'div',
            { class: 'table-wrap' },
            table(
              ['Member', 'Status', 'Since', 'Source'],
              rep.members.map((m) =>
                el(
                  'tr',
                  { dataset: { member: m.member, status: m.status } },
                  el('td', {}, countryLink(m.member)),
                  el('td', {}, el('span', { class: `status status-${m.status}`, text: m.status.replace(/_/g, ' ') })),
                  el('td', { class: 'date', text: m.since || '–' }),
                  el('td', { class: 'muted src' }, sourceNode(m.source)),
                ),
              ),
              { id: 'members' },
            ),
          ),
      (rep.associates || []).length
        ? [
            el('h3', { text: `Observers, partners and applicants (${rep.associates.length})` }),
            el(
              'div',
              { class: 'table-wrap' },
              table(
                ['Country', 'Status', 'Since', 'Source'],
                rep.associates.map((m) =>
                  el(
                    'tr',
                    { dataset: { member: m.member, status: m.status } },
                    el('td', {}, countryLink(m.member)),
                    el('td', {}, el('span', { class: `status status-${m.status}`, text: m.status.replace(/_/g, ' ') })),
                    el('td', { class: 'date', text: m.since || '–' }),
                    el('td', { class: 'muted src' }, sourceNode(m.source)),
                  ),
                ),
                { id: 'associates' },
              ),
            ),
          ]
        : null,
      (rep.notes || []).length ? el('ul', { class: 'muted' }, rep.notes.map((n) => el('li', { text: n }))) : null,
    ),
  );
}

/** A reference row's source: a link when it is a URL, else the citation as text. */
export function sourceNode(src) {
  if (/^https?:\/\//.test(src || '')) return el('a', { href: safeHref(src), title: src, rel: 'noopener noreferrer', target: '_blank', text: shorten(src) });
  return document.createTextNode(src || '');
}

function shorten(url) {
  try {
    const u = new URL(url);
    return u.hostname + (u.pathname.length > 30 ? u.pathname.slice(0, 30) + '…' : u.pathname);
  } catch (_) {
    return url;
  }
}

function renderClaims(box, claims) {
  if (!claims || claims.length === 0) {
    fill(box, empty('No news sentence says anything about this bloc’s membership.'));
    return;
  }
  const order = { conflicts: 0, new: 1, agrees: 2 };
  const sorted = [...claims].sort((a, b) => (order[a.verdict] ?? 3) - (order[b.verdict] ?? 3));
  fill(
    box,
    sorted.map((c) =>
      el(
        'div',
        { class: `claim ${c.verdict}`, dataset: { verdict: c.verdict } },
        el(
          'div',
          { class: 'meta' },
          el('span', { class: `verdict verdict-${c.verdict}`, text: c.verdict }),
          el('span', {}, countryLink(c.claim.member), ` ${c.claim.negated ? 'not ' : ''}${c.claim.status.replace(/_/g, ' ')}`, c.claim.date ? ` (${c.claim.date})` : ''),
          el('span', { text: c.reason }),
        ),
        evidenceCard(c.claim.evidence),
      ),
    ),
  );
}

function renderTimeline(chart, box, rows, bloc) {
  if (rows.length === 0) {
    chart.clear();
    return;
  }
  const now = today();
  const members = [...new Set(rows.map((r) => r.member))].sort((a, b) => first(rows, a).localeCompare(first(rows, b)));
  const data = rows.map((r) => ({
    value: [members.indexOf(r.member), toTime(r.from || bloc.founded || '1990'), toTime(r.to || now), r.status],
    itemStyle: { color: STATUS_COLOR[r.status] || '#888' },
    name: `${nameOf(r.member)}: ${r.status} ${r.from || '?'} – ${r.to || 'now'}`,
  }));
  box.style.height = `${Math.max(260, 22 * members.length + 60)}px`;
  chart.resize();
  chart.setOption(
    {
      tooltip: { formatter: (p) => escapeHtml(p.name) },
      grid: { left: 110, right: 20, top: 10, bottom: 30 },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: members.map((m) => nameOf(m)), inverse: true, axisLabel: { fontSize: 11 } },
      series: [
        {
          type: 'custom',
          renderItem: (params, api) => {
            const y = api.value(0);
            const start = api.coord([api.value(1), y]);
            const end = api.coord([api.value(2), y]);
            const h = api.size([0, 1])[1] * 0.6;
            return {
              type: 'rect',
              shape: { x: start[0], y: start[1] - h / 2, width: Math.max(2, end[0] - start[0]), height: h },
              style: api.style(),
            };
          },
          encode: { x: [1, 2], y: 0 },
          data,
        },
      ],
    },
    true,
  );
}

function first(rows, member) {
  return rows.filter((r) => r.member === member).map((r) => r.from || '0').sort()[0] || '0';
}

function toTime(iso) {
  const [y, m, d] = String(iso).split('-');
  return Date.UTC(Number(y), m ? Number(m) - 1 : 0, d ? Number(d) : 1);
}
