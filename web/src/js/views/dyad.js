// Dyad: two countries over time — events per quad class as stacked bars, the cooperation–conflict score as a
// line, the amounts of money between them, and the evidence sentences of each period.

import { el, fill, loading, errorBox, table, fmtNum, fmtAmount, escapeHtml } from '../dom.js';
import { api, nameOf } from '../api.js';
import { entitySelect, section, empty, evidenceCard, countryLink } from '../widgets.js';
import { replaceRoute } from '../main.js';

const QUADS = [
  ['verbal_coop', 'verbal cooperation', '#7cc49a'],
  ['material_coop', 'material cooperation', '#1f8a4c'],
  ['verbal_conflict', 'verbal conflict', '#f0a39a'],
  ['material_conflict', 'material conflict', '#c0392b'],
];

export async function render(root, args, params, ctx) {
  const state = {
    a: args[0] || 'RUS',
    b: args[1] || 'CHN',
    by: params.get('by') || 'year',
    from: params.get('from') || '',
    to: params.get('to') || '',
  };
  const chartBox = el('div', { class: 'chart small', id: 'dyad-chart' });
  const summary = el('div', { id: 'dyad-summary' });
  const evidenceBox = el('div', { id: 'dyad-evidence' });
  const amountsBox = el('div', { id: 'dyad-amounts' });
  const typesBox = el('div', { id: 'dyad-types-box' });
  const by = el(
    'select',
    { id: 'dyad-by', onchange: () => { state.by = by.value; update(); } },
    ['year', 'quarter', 'month'].map((p) => el('option', { value: p, text: p, selected: p === state.by })),
  );
  const from = el('input', { type: 'text', id: 'dyad-from', placeholder: 'from (YYYY…)', value: state.from, size: 10 });
  const to = el('input', { type: 'text', id: 'dyad-to', placeholder: 'to (YYYY…)', value: state.to, size: 10 });
  const go = el('button', { type: 'button', id: 'dyad-go', text: 'Show', onclick: () => { state.from = from.value.trim(); state.to = to.value.trim(); update(); } });
  fill(
    root,
    el('h1', { text: 'Two countries over time' }),
    el(
      'div',
      { class: 'controls' },
      entitySelect('country', 'dyad-a', state.a, (v) => { state.a = v; update(); }),
      el('span', { text: 'and' }),
      entitySelect('country', 'dyad-b', state.b, (v) => { state.b = v; update(); }),
      el('label', { for: 'dyad-by', text: 'by' }),
      by,
      from,
      to,
      go,
    ),
    summary,
    el('div', { class: 'grid' }, section('Events and score', chartBox), section('Amounts', amountsBox)),
    section('Events by type', typesBox),
    section('Evidence', evidenceBox),
  );
  const chart = window.echarts.init(chartBox);
  window.addEventListener('resize', () => chart.resize());

  async function update() {
    replaceRoute('dyad', [state.a, state.b], { by: state.by, from: state.from, to: state.to });
    loading(evidenceBox, 'events');
    let rep;
    try {
      rep = await api.dyad(state.a, state.b, { by: state.by, from: state.from, to: state.to, evidence: 5 });
    } catch (err) {
      fill(summary, errorBox(err));
      fill(evidenceBox);
      return;
    }
    if (!ctx.isCurrent()) return;
    fill(summary);
    const periods = rep.periods || [];
    chart.setOption(
      {
        tooltip: { trigger: 'axis', valueFormatter: (v) => escapeHtml(fmtNum(v, 2)) },
        legend: { top: 0, type: 'scroll', data: [...QUADS.map((q) => q[1]), 'score'] },
        grid: { left: 40, right: 40, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: periods.map((p) => p.period) },
        yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'score', min: -10, max: 10 }],
        series: [
          ...QUADS.map(([key, label, color]) => ({
            name: label,
            type: 'bar',
            stack: 'events',
            itemStyle: { color },
            data: periods.map((p) => (p.quad && p.quad[key]) || 0),
          })),
          { name: 'score', type: 'line', yAxisIndex: 1, data: periods.map((p) => p.score), itemStyle: { color: '#14213d' } },
        ],
      },
      true,
    );
    const types = [...new Set(periods.flatMap((p) => Object.keys(p.counts || {})))].sort();
    fill(
      typesBox,
      types.length === 0
        ? empty('No events.')
        : el(
            'div',
            { class: 'table-wrap' },
            table(
              ['PLOVER type', ...periods.map((p) => p.period)],
              types.map((t) => el('tr', {}, el('td', { text: t }), periods.map((p) => el('td', { class: 'num', text: (p.counts && p.counts[t]) || '' })))),
              { id: 'dyad-types' },
            ),
          ),
    );
    const quantities = rep.quantities || [];
    fill(
      amountsBox,
      quantities.length === 0
        ? empty('No amounts of money between them in the news.')
        : el(
            'div',
            { class: 'table-wrap' },
            table(
              ['Kind', 'Amount', 'Date'],
              quantities.map((q) =>
                el(
                  'tr',
                  {},
                  el('td', { text: q.kind }),
                  el('td', { class: 'num', title: q.evidence.text, text: `${q.bound ? q.bound.replace(/_/g, ' ') + ' ' : ''}${fmtAmount(q.amount)} ${q.currency || ''}` }),
                  el('td', { text: q.date || q.evidence.doc_date || '–' }),
                ),
              ),
            ),
          ),
    );
    const withEvidence = periods.filter((p) => p.evidence && p.evidence.length);
    fill(
      evidenceBox,
      withEvidence.length === 0
        ? empty(`No events between ${nameOf(state.a)} and ${nameOf(state.b)} in the news.`)
        : withEvidence
            .slice()
            .reverse()
            .map((p) =>
              el(
                'div',
                { class: 'period', dataset: { period: p.period } },
                el('h3', {}, `${p.period} · ${p.events} events · score ${fmtNum(p.score)}`),
                p.evidence.map((ev) =>
                  evidenceCard(
                    ev.evidence,
                    [],
                    el(
                      'div',
                      { class: 'meta' },
                      el('span', { class: 'chip', text: ev.type }),
                      ev.source.map((s) => countryLink(s)),
                      el('span', { text: '→' }),
                      ev.target.map((t) => countryLink(t)),
                      el('span', { text: `score ${fmtNum(ev.score, 1)}` }),
                      ev.negated ? el('span', { class: 'chip', text: 'negated' }) : null,
                      ev.modality !== 'asserted' ? el('span', { class: 'chip', text: ev.modality }) : null,
                    ),
                  ),
                ),
              ),
            ),
    );
  }
  await update();
}
