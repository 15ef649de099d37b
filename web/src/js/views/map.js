// Map: the world coloured by each country's alignment index with a chosen country (the prospects answer),
// bloc overlays outlining the members of the blocs ticked, and an "as of" date.

import { el, fill, loading, errorBox, fmtNum, escapeHtml, table } from '../dom.js';
import { api, nameOf } from '../api.js';
import { dateControl, entitySelect, today, countryLink, section, empty } from '../widgets.js';
import { replaceRoute } from '../main.js';

const OVERLAYS = [
  ['SCO', '#e67e22'],
  ['BRICS', '#8e44ad'],
  ['EAEU', '#16a085'],
  ['CSTO', '#c0392b'],
  ['CIS', '#7f8c8d'],
  ['NATO', '#2456a6'],
  ['ASEAN', '#d4ac0d'],
];

let worldReady = null;

/** Registers the Natural Earth world with ECharts once, each country named by its ISO alpha-3 id. */
function loadWorld() {
  if (!worldReady) {
    worldReady = Promise.all([
      fetch('/assets/vendor/countries-110m.json').then((r) => r.json()),
      fetch('/assets/iso-numeric.json').then((r) => r.json()),
    ]).then(([topo, iso]) => {
      const geo = window.topojson.feature(topo, topo.objects.countries);
      geo.features = geo.features
        .filter((f) => f.id !== undefined && iso[String(f.id).padStart(3, '0')] && iso[String(f.id).padStart(3, '0')] !== 'ATA')
        .map((f) => ({ ...f, geometry: unwrap(f.geometry), properties: { name: iso[String(f.id).padStart(3, '0')] } }));
      window.echarts.registerMap('world', geo);
    });
  }
  return worldReady;
}

/**
 * Rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to -180; drawn as they are they
 * streak across the whole map. Such a ring's western points are moved east by 360° so it stays in one piece.
 */
function unwrap(geometry) {
  const fixRing = (ring) => {
    const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
    return crosses ? ring.map(([x, y]) => [x < 0 ? x + 360 : x, y]) : ring;
  };
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(fixRing) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((poly) => poly.map(fixRing)) };
  return geometry;
}

export async function render(root, _args, params, ctx) {
  const state = {
    country: params.get('country') || 'RUS',
    at: params.get('at') || today(),
    overlays: new Set((params.get('blocs') || '').split(',').filter(Boolean)),
  };
  const chartBox = el('div', { class: 'chart', id: 'map-chart', role: 'img', 'aria-label': 'World map of alignment' });
  const side = el('div', { id: 'map-side' });
  const toggles = el(
    'div',
    { class: 'toggles', id: 'overlays' },
    el('span', { class: 'muted', text: 'Bloc overlays:' }),
    OVERLAYS.map(([id, color]) =>
      el(
        'label',
        {},
        el('input', {
          type: 'checkbox',
          value: id,
          checked: state.overlays.has(id),
          onchange: (e) => {
            if (e.target.checked) state.overlays.add(id);
            else state.overlays.delete(id);
            update();
          },
        }),
        ' ',
        el('span', { style: `border-bottom: 3px solid ${color}`, text: id }),
      ),
    ),
  );
  fill(
    root,
    el('h1', { text: 'Who could ally with whom' }),
    el(
      'div',
      { class: 'controls' },
      el('label', { for: 'map-country', text: 'Alignment with' }),
      entitySelect('country', 'map-country', state.country, (v) => {
        state.country = v;
        update();
      }),
      dateControl(state.at, (d) => {
        state.at = d;
        update();
      }),
    ),
    toggles,
    el('div', { class: 'grid' }, el('section', { class: 'card' }, chartBox), side),
  );

  await loadWorld();
  if (!ctx.isCurrent()) return;
  const chart = window.echarts.init(chartBox);
  const onResize = () => chart.resize();
  window.addEventListener('resize', onResize);
  chart.on('click', (p) => {
    if (p.name) window.location.hash = `#/country/${encodeURIComponent(p.name)}?at=${state.at}`;
  });

  async function update() {
    replaceRoute('map', [], { country: state.country, at: state.at, blocs: [...state.overlays].join(',') });
    loading(side, 'the alignment index');
    let report;
    let overlays;
    try {
      [report, overlays] = await Promise.all([
        api.prospects(state.country, { at: state.at, top: 200 }),
        Promise.all([...state.overlays].map((b) => api.bloc(b, state.at).catch(() => null))),
      ]);
    } catch (err) {
      fill(side, errorBox(err));
      return;
    }
    if (!ctx.isCurrent()) {
      window.removeEventListener('resize', onResize);
      return;
    }
    const border = new Map();
    overlays.filter(Boolean).forEach((rep) => {
      const color = (OVERLAYS.find(([id]) => id === rep.bloc.id) || [])[1] || '#333';
      for (const m of rep.members) if (!border.has(m.member)) border.set(m.member, color);
    });
    const values = report.ranked.map((p) => p.index);
    const max = Math.max(0.01, ...values.map(Math.abs));
    const data = report.ranked.map((p) => ({
      name: p.country,
      value: p.index,
      itemStyle: border.has(p.country) ? { borderColor: border.get(p.country), borderWidth: 2 } : undefined,
    }));
    for (const [id, color] of border) {
      if (!data.some((d) => d.name === id)) data.push({ name: id, value: null, itemStyle: { borderColor: color, borderWidth: 2 } });
    }
    const self = data.find((d) => d.name === state.country);
    if (self) Object.assign(self, { value: null, itemStyle: { ...(self.itemStyle || {}), areaColor: '#14213d' } });
    else data.push({ name: state.country, value: null, itemStyle: { areaColor: '#14213d' } });
    chart.setOption(
      {
        tooltip: {
          trigger: 'item',
          formatter: (p) => {
            // ECharts renders tooltip strings as HTML: only names from our own lexicon and numbers go in.
            const v = p.value === undefined || p.value === null || Number.isNaN(p.value) ? 'no data' : fmtNum(p.value);
            return `${escapeHtml(nameOf(p.name))}: ${v}`;
          },
        },
        visualMap: {
          min: -max,
          max,
          calculable: true,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          text: ['aligned', 'opposed'],
          inRange: { color: ['#c0392b', '#f3e9d2', '#1f8a4c'] },
        },
        series: [
          {
            type: 'map',
            map: 'world',
            roam: true,
            emphasis: { label: { show: false } },
            itemStyle: { areaColor: '#e8ebf0', borderColor: '#aab3c2', borderWidth: 0.5 },
            data,
          },
        ],
      },
      true,
    );
    fill(
      side,
      section(
        `Closest to ${nameOf(state.country)} on ${report.at}`,
        report.ranked.length === 0
          ? empty('No country has an alignment index yet.')
          : table(
              ['#', 'Country', 'Index'],
              report.ranked.slice(0, 15).map((p, i) =>
                el('tr', {}, el('td', { text: i + 1 }), el('td', {}, countryLink(p.country)), el('td', { class: 'num', text: fmtNum(p.index) })),
              ),
              { id: 'map-ranking' },
            ),
        el('p', {}, el('a', { href: `#/prospects/${encodeURIComponent(state.country)}?at=${state.at}`, text: 'Every component and its evidence →' })),
      ),
    );
  }
  await update();
}
