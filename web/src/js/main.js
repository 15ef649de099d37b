// The page: one document, views chosen by the location hash (`#/blocs/SCO?at=2016-01-01`), so that every
// state can be bookmarked and the back button works.

import { el, fill, errorBox } from './dom.js';
import { loadNames } from './api.js';
import * as map from './views/map.js';
import * as network from './views/network.js';
import * as blocs from './views/blocs.js';
import * as country from './views/country.js';
import * as dyad from './views/dyad.js';
import * as prospects from './views/prospects.js';
import * as assess from './views/assess.js';
import * as evidence from './views/evidence.js';
import * as read from './views/read.js';
import * as doc from './views/doc.js';

const VIEWS = { map, network, blocs, country, dyad, prospects, assess, evidence, read, doc };
const NAV = [
  ['map', 'Map'],
  ['network', 'Network'],
  ['blocs', 'Blocs'],
  ['dyad', 'Dyad'],
  ['prospects', 'Prospects'],
  ['assess', 'Assess'],
  ['evidence', 'Evidence'],
  ['read', 'Read an article'],
];

/** `#/dyad/RUS/CHN?by=year` → {view: 'dyad', args: ['RUS', 'CHN'], params: URLSearchParams}. */
export function parseHash(hash) {
  const h = (hash || '').replace(/^#\/?/, '');
  const [path, query] = h.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const view = VIEWS[parts[0]] ? parts[0] : 'map';
  return { view, args: VIEWS[parts[0]] ? parts.slice(1) : [], params: new URLSearchParams(query || '') };
}

/** Rewrites the hash for the current view's state without re-rendering (the slider and the forms use it). */
export function replaceRoute(view, args, params) {
  const path = [view, ...args.map(encodeURIComponent)].join('/');
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  history.replaceState(null, '', `#/${path}${s ? '?' + s : ''}`);
}

let generation = 0;

async function render() {
  const { view, args, params } = parseHash(window.location.hash);
  for (const a of document.querySelectorAll('nav.views a')) {
    const current = a.dataset.view === view || (view === 'country' && a.dataset.view === 'network');
    if (current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const main = document.getElementById('main');
  const mine = ++generation;
  const root = el('div', { class: `view view-${view}`, id: `view-${view}` });
  fill(main, root);
  try {
    await VIEWS[view].render(root, args, params, { isCurrent: () => mine === generation });
  } catch (err) {
    if (mine === generation) root.appendChild(errorBox(err));
  }
  if (mine === generation) document.body.dataset.view = view;
}

async function start() {
  const nav = document.querySelector('nav.views');
  fill(nav, NAV.map(([id, label]) => el('a', { href: `#/${id}`, dataset: { view: id }, text: label })));
  await loadNames();
  window.addEventListener('hashchange', render);
  await render();
  document.body.dataset.ready = 'true';
}

start();
