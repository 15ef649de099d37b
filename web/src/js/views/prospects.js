// Prospects: every country ranked by its alignment index with the chosen one; each row opens into its
// components (memberships, treaties, news, stances, economy) and the evidence behind them.

import { el, fill, loading, errorBox, fmtNum, table } from '../dom.js';
import { api, nameOf } from '../api.js';
import { entitySelect, dateControl, today, section, empty, evidenceCard, countryLink, blocLink } from '../widgets.js';
import { replaceRoute } from '../main.js';
import { sourceNode } from './blocs.js';

export const COMPONENTS = ['memberships', 'treaties', 'news', 'stances', 'economy'];

/** A signed bar for a value in [-max, max]. */
export function bar(value, max) {
  const w = Math.min(100, (Math.abs(value || 0) / (max || 1)) * 100);
  return el('div', { class: `bar${value < 0 ? ' neg' : ''}`, title: fmtNum(value) }, el('span', { style: `width:${w.toFixed(1)}%` }));
}

/**
 * Why a pair scores what it does: the blocs they share (each status and its weight, with the reference
 * source), the treaties binding them, and the counts behind the news, stance and economy components.
 */
export function reasons(x, at) {
  const blocs = x.blocs || [];
  const treaties = x.treaty_details || x.treaties || [];
  return [
    blocs.length
      ? el(
          'div',
          { class: 'table-wrap' },
          table(
            ['Shared bloc', 'Statuses', 'Weight', 'Source'],
            blocs.map((b) =>
              el(
                'tr',
                {},
                el('td', {}, blocLink(b.bloc, at)),
                el('td', { text: `${b.status_a} / ${b.status_b}` }),
                el('td', { class: 'num', text: fmtNum(b.weight) }),
                el('td', { class: 'muted src' }, sourceNode(b.source_a)),
              ),
            ),
          ),
        )
      : el('p', { class: 'muted', text: 'No bloc in common on this date.' }),
    treaties.length && typeof treaties[0] === 'object'
      ? el(
          'div',
          { class: 'table-wrap' },
          table(
            ['Treaty', 'Kind', 'Signed', 'Weight', 'Source'],
            treaties.map((t) =>
              el(
                'tr',
                {},
                el('td', { text: t.name }),
                el('td', { text: t.kind.replace(/_/g, ' ') }),
                el('td', { class: 'date', text: t.signed || '–' }),
                el('td', { class: 'num', text: fmtNum(t.weight) }),
                el('td', { class: 'muted src' }, sourceNode(t.source)),
              ),
            ),
          ),
        )
      : el('p', { class: 'muted', text: 'No treaty between them in the reference data.' }),
    x.news_events !== undefined
      ? el('p', { class: 'muted', text: `News: ${x.news_events} events counted, ${x.negated_events} negated (not counted); ${x.stance_events} stated positions; amounts between them: ${fmtNum(x.economy_usd_bn)} bn USD.` })
      : null,
  ];
}

/** The components of one index, each with its bar. */
export function components(c) {
  const max = Math.max(0.01, ...COMPONENTS.map((k) => Math.abs(c[k] || 0)));
  return el(
    'div',
    { class: 'component-list' },
    COMPONENTS.map((k) => [el('span', { text: k }), bar(c[k], max), el('span', { class: 'num', text: fmtNum(c[k]) })]),
  );
}

export async function render(root, args, params, ctx) {
  const state = { country: args[0] || 'RUS', at: params.get('at') || today(), top: Number(params.get('top')) || 20 };
  const out = el('div', { id: 'prospects-out' });
  fill(
    root,
    el('h1', { text: 'Which countries could it ally with?' }),
    el(
      'div',
      { class: 'controls' },
      el('label', { for: 'prospects-country', text: 'Country' }),
      entitySelect('country', 'prospects-country', state.country, (v) => { state.country = v; update(); }),
      dateControl(state.at, (d) => { state.at = d; update(); }),
    ),
    out,
  );

  async function update() {
    replaceRoute('prospects', [state.country], { at: state.at, top: state.top === 20 ? '' : state.top });
    loading(out, 'the ranking');
    let rep;
    try {
      rep = await api.prospects(state.country, { at: state.at, top: state.top });
    } catch (err) {
      fill(out, errorBox(err));
      return;
    }
    if (!ctx.isCurrent()) return;
    const max = Math.max(0.01, ...rep.ranked.map((p) => Math.abs(p.index)));
    fill(
      out,
      section(
        `Alignment with ${nameOf(rep.country)} on ${rep.at}`,
        el('p', { class: 'muted', text: 'The index adds the weighted components below; open a row for its reasons and evidence. Weights: ' + Object.entries(rep.weights.components || rep.weights || {}).filter(([, v]) => typeof v === 'number').map(([k, v]) => `${k} ${v}`).join(', ') }),
        rep.ranked.length === 0
          ? empty('No country to rank.')
          : el(
              'ol',
              { class: 'ranking', id: 'ranking' },
              rep.ranked.map((p) =>
                el(
                  'li',
                  { dataset: { country: p.country } },
                  el(
                    'details',
                    {},
                    el(
                      'summary',
                      {},
                      el('strong', {}, countryLink(p.country)),
                      ` ${fmtNum(p.index)} `,
                      el('span', { style: 'display:inline-block;width:8rem;vertical-align:middle' }, bar(p.index, max)),
                    ),
                    components(p.components),
                    reasons(p, rep.at),
                    p.evidence.length ? p.evidence.map((ev) => evidenceCard(ev)) : empty('No news sentence behind this pair.'),
                    el('p', {}, el('a', { href: `#/dyad/${encodeURIComponent(rep.country)}/${encodeURIComponent(p.country)}`, text: 'The dyad over time →' })),
                  ),
                ),
              ),
            ),
      ),
    );
  }
  await update();
}
