// Network: blocs and countries on a date. Membership edges are drawn by status (full members solid,
// observers and partners dashed); country–country edges by the news balance (green cooperation, red
// conflict). Clicking a node opens its panel.

import { el, fill, loading, errorBox, fmtNum, escapeHtml } from '../dom.js';
import { api, nameOf } from '../api.js';
import { dateControl, today, section, countryLink, blocLink, empty } from '../widgets.js';
import { replaceRoute } from '../main.js';

const FULL = new Set(['founder', 'member']);
/** Shown at first: the Eurasian blocs and their Western counterparts. The world-wide bodies (UN, WTO…) would
 * join every country to every other and hide the structure; they are one click away. */
const DEFAULT_BLOCS = ['SCO', 'BRICS', 'EAEU', 'CSTO', 'CIS', 'UNION_STATE', 'NATO', 'ASEAN', 'GCC', 'EU'];

export async function render(root, _args, params, ctx) {
  const state = {
    at: params.get('at') || today(),
    relations: params.get('relations') !== '0',
    blocs: new Set(params.get('blocs') ? params.get('blocs').split(',') : DEFAULT_BLOCS),
  };
  const toggles = el('div', { class: 'toggles', id: 'network-blocs' });
  // The graph is a canvas: this list opens the same panels from the keyboard (and from tests).
  const picker = el('select', { id: 'network-node', 'aria-label': 'Open a node', onchange: () => {
    const [kind, id] = picker.value.split(':');
    if (id) showPanel(panel, id, kind, state.at);
  } });
  let last = null;
  const chartBox = el('div', { class: 'chart', id: 'network-chart', role: 'img', 'aria-label': 'Network of blocs and countries' });
  const panel = el('div', { class: 'panel', id: 'network-panel' }, section('Panel', empty('Click a bloc or a country.')));
  const status = el('p', { class: 'muted', id: 'network-status' });
  fill(
    root,
    el('h1', { text: 'Blocs, members and news relations' }),
    el(
      'div',
      { class: 'controls' },
      dateControl(state.at, (d) => {
        state.at = d;
        update();
      }),
      el(
        'label',
        {},
        el('input', {
          type: 'checkbox',
          id: 'network-relations',
          checked: state.relations,
          onchange: (e) => {
            state.relations = e.target.checked;
            draw();
          },
        }),
        ' country–country relations from the news',
      ),
    ),
    toggles,
    el('div', { class: 'controls' }, el('label', { for: 'network-node', text: 'Open' }), picker, status),
    el('div', { class: 'grid' }, el('section', { class: 'card' }, chartBox), panel),
  );
  const chart = window.echarts.init(chartBox);
  window.addEventListener('resize', () => chart.resize());
  chart.on('click', (p) => {
    if (p.dataType === 'node') showPanel(panel, p.data.id, p.data.kind, state.at);
  });

  async function update() {
    status.textContent = 'Loading…';
    try {
      last = await api.network(state.at);
    } catch (err) {
      fill(status, errorBox(err));
      return;
    }
    if (!ctx.isCurrent()) return;
    draw();
  }

  function draw() {
    const net = last;
    replaceRoute('network', [], { at: state.at, relations: state.relations ? '' : '0', blocs: [...state.blocs].join(',') });
    const blocIds = net.nodes.filter((n) => n.kind === 'bloc').map((n) => n.id).sort();
    fill(
      toggles,
      el('span', { class: 'muted', text: 'Blocs:' }),
      blocIds.map((id) =>
        el('label', {}, el('input', { type: 'checkbox', value: id, checked: state.blocs.has(id), onchange: (e) => { if (e.target.checked) state.blocs.add(id); else state.blocs.delete(id); draw(); } }), ` ${id}`),
      ),
    );
    const members = new Set(net.edges.filter((e) => e.kind === 'membership' && state.blocs.has(e.target)).map((e) => e.source));
    const edges = net.edges.filter((e) =>
      e.kind === 'membership' ? state.blocs.has(e.target) : state.relations && members.has(e.source) && members.has(e.target),
    );
    const degree = new Map();
    for (const e of edges) {
      degree.set(e.source, (degree.get(e.source) || 0) + 1);
      degree.set(e.target, (degree.get(e.target) || 0) + 1);
    }
    const nodes = net.nodes
      .filter((n) => degree.has(n.id))
      .map((n) => ({
        id: n.id,
        name: n.id,
        kind: n.kind,
        category: n.kind === 'bloc' ? 0 : 1,
        symbolSize: n.kind === 'bloc' ? 34 : 10 + Math.min(14, 2 * (degree.get(n.id) || 0)),
        label: { show: n.kind === 'bloc' || (degree.get(n.id) || 0) > 2 },
        tooltip: { formatter: escapeHtml(`${n.name} (${n.id})`) },
      }));
    const links = edges.map((e) => {
      if (e.kind === 'membership') {
        return {
          source: e.source,
          target: e.target,
          lineStyle: { type: FULL.has(e.status) ? 'solid' : 'dashed', color: '#9aa5b8', width: FULL.has(e.status) ? 1.5 : 1 },
          tooltip: { formatter: escapeHtml(`${nameOf(e.source)} — ${nameOf(e.target)}: ${e.status}`) },
        };
      }
      const s = e.score || 0;
      return {
        source: e.source,
        target: e.target,
        lineStyle: { color: s >= 0 ? '#1f8a4c' : '#c0392b', width: 1 + Math.min(4, 4 * Math.abs(s)), opacity: 0.8, curveness: 0.2 },
        tooltip: { formatter: escapeHtml(`${nameOf(e.source)} — ${nameOf(e.target)}: news balance ${fmtNum(s)}, ${e.events || 0} events`) },
      };
    });
    status.textContent = `${nodes.length} nodes, ${links.length} edges as of ${state.at}`;
    fill(
      picker,
      el('option', { value: '', text: 'a bloc or a country…' }),
      [...nodes]
        .sort((a, b) => a.category - b.category || nameOf(a.id).localeCompare(nameOf(b.id)))
        .map((n) => el('option', { value: `${n.kind}:${n.id}`, text: `${nameOf(n.id)} (${n.id})` })),
    );
    chart.setOption(
      {
        tooltip: {},
        legend: [{ data: ['bloc', 'country'], top: 0 }],
        series: [
          {
            type: 'graph',
            layout: 'force',
            roam: true,
            draggable: true,
            categories: [{ name: 'bloc', itemStyle: { color: '#e67e22' } }, { name: 'country', itemStyle: { color: '#2456a6' } }],
            force: { repulsion: 90, edgeLength: [30, 90], gravity: 0.2 },
            label: { position: 'right', fontSize: 11 },
            data: nodes,
            links,
          },
        ],
      },
      true,
    );
  }
  await update();
}

async function showPanel(panel, id, kind, at) {
  loading(panel, nameOf(id));
  try {
    if (kind === 'bloc') {
      const rep = await api.bloc(id, at);
      fill(
        panel,
        section(
          `${rep.bloc.name_en} (${rep.bloc.id})`,
          el('p', { class: 'muted', text: `${rep.members.length} members and partners on ${rep.at}` }),
          el('div', { class: 'chips' }, rep.members.map((m) => el('span', { class: 'chip' }, countryLink(m.member), ` ${m.status}`))),
          el('p', {}, blocLink(id, at), ' — timeline and news claims'),
        ),
      );
    } else {
      const rep = await api.country(id, at);
      fill(
        panel,
        section(
          `${rep.name} (${rep.id})`,
          el('h3', { text: 'Memberships' }),
          rep.memberships.length
            ? el('div', { class: 'chips' }, rep.memberships.map((m) => el('span', { class: 'chip' }, blocLink(m.bloc, at), ` ${m.status}`)))
            : empty('None on this date.'),
          el('h3', { text: 'Strongest news relations' }),
          rep.relations.length
            ? el('ul', {}, rep.relations.slice(0, 8).map((r) => el('li', {}, el('a', { href: `#/dyad/${enc(id)}/${enc(r.country)}`, text: nameOf(r.country) }), ` balance ${fmtNum(r.balance)} (${r.events} events)`)))
            : empty('No events in the news.'),
          el('p', {}, el('a', { href: `#/country/${enc(id)}?at=${at}`, text: 'Full profile →' })),
        ),
      );
    }
  } catch (err) {
    fill(panel, errorBox(err));
  }
}

const enc = encodeURIComponent;
