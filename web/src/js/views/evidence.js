// Evidence: full-text search over every stored sentence. Each hit is shown as written (Arabic right to
// left), its mentions marked, with its language, date, document and source.

import { el, fill, loading, errorBox } from '../dom.js';
import { api } from '../api.js';
import { section, empty, evidenceCard, entityLink } from '../widgets.js';
import { replaceRoute } from '../main.js';

const PAGE = 20;

export async function render(root, _args, params, ctx) {
  const state = { q: params.get('q') || '', lang: params.get('lang') || '', offset: Number(params.get('offset')) || 0 };
  const input = el('input', { type: 'search', id: 'search-q', name: 'q', value: state.q, placeholder: 'Words in Arabic, English or Russian', size: 40, dir: 'auto' });
  const lang = el(
    'select',
    { id: 'search-lang', name: 'lang' },
    [['', 'any language'], ['ar', 'Arabic'], ['en', 'English'], ['ru', 'Russian']].map(([v, t]) => el('option', { value: v, text: t, selected: v === state.lang })),
  );
  const out = el('div', { id: 'search-results' });
  const form = el(
    'form',
    {
      class: 'controls',
      role: 'search',
      onsubmit: (e) => {
        e.preventDefault();
        state.q = input.value.trim();
        state.lang = lang.value;
        state.offset = 0;
        update();
      },
    },
    input,
    lang,
    el('button', { type: 'submit', id: 'search-go', text: 'Search' }),
  );
  fill(root, el('h1', { text: 'Evidence' }), form, out);

  async function update() {
    replaceRoute('evidence', [], { q: state.q, lang: state.lang, offset: state.offset || '' });
    if (!state.q) {
      fill(out, empty('Type words to find the sentences that contain them, in any of the three languages.'));
      return;
    }
    loading(out, 'sentences');
    let res;
    try {
      res = await api.search(state.q, { lang: state.lang, limit: PAGE, offset: state.offset });
    } catch (err) {
      fill(out, errorBox(err));
      return;
    }
    if (!ctx.isCurrent()) return;
    const hits = res.items;
    fill(
      out,
      section(
        hits.length === 0 && state.offset === 0 ? 'No sentence found' : `Sentences ${state.offset + 1}–${state.offset + hits.length}`,
        hits.length === 0
          ? empty('Nothing matches; try fewer or other words.')
          : el(
              'div',
              { class: 'hits' },
              hits.map((h) =>
                evidenceCard(
                  h.evidence,
                  (h.mentions || []).map((m) => ({ start: m.start, end: m.end, cls: `k-${m.kind}`, title: m.entity, entity: m.entity })),
                  h.entities.length ? el('div', { class: 'chips' }, h.entities.slice(0, 8).map((id) => el('span', { class: 'chip' }, entityLink(id)))) : null,
                ),
              ),
            ),
        el(
          'div',
          { class: 'pager' },
          el('button', { type: 'button', class: 'secondary', text: '← Previous', disabled: state.offset === 0, onclick: () => { state.offset = Math.max(0, state.offset - PAGE); update(); } }),
          el('button', { type: 'button', class: 'secondary', text: 'Next →', disabled: hits.length < PAGE, onclick: () => { state.offset += PAGE; update(); } }),
        ),
      ),
    );
  }
  await update();
}
