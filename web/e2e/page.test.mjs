// Browser tests of the page, driven by playwright-core over Debian's chromium (no browser download).
// Run by crates/server/tests/server.rs, which starts the server on the sample corpus and sets
// BLOCWATCH_BASE_URL; by hand: `BLOCWATCH_BASE_URL=http://127.0.0.1:8080 node --test web/e2e/`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = process.env.BLOCWATCH_BASE_URL;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let context;
let profile;

before(async () => {
  assert.ok(BASE, 'set BLOCWATCH_BASE_URL to the server under test');
  assert.ok(existsSync(CHROMIUM), `no chromium at ${CHROMIUM}: run tools/setup.sh`);
  profile = mkdtempSync(join(tmpdir(), 'blocwatch-e2e-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
});

after(async () => {
  if (context) await context.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** A fresh tab on `hash`, failing the test on any uncaught page error. */
async function open(hash = '') {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${BASE}/${hash}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  return { page, errors };
}

async function memberCount(page) {
  return page.locator('#members tbody tr').count();
}

test('the page opens with every view in the navigation and the map drawn', async () => {
  const { page, errors } = await open();
  const nav = await page.locator('nav.views a').allTextContents();
  assert.deepEqual(nav, ['Map', 'Network', 'Blocs', 'Dyad', 'Prospects', 'Assess', 'Evidence', 'Read an article']);
  await page.waitForSelector('#map-ranking tbody tr', { timeout: 20000 });
  assert.ok((await page.locator('#map-chart canvas').count()) > 0, 'the map has a canvas');
  assert.deepEqual(errors, []);
  await page.close();
});

test('every view renders with data and without an error', async () => {
  const checks = [
    ['#/network', '#network-chart canvas'],
    ['#/blocs/BRICS', '#members tbody tr'],
    ['#/dyad/RUS/CHN', '#dyad-evidence .evidence'],
    ['#/prospects/RUS', '#ranking li'],
    ['#/assess/RUS,KAZ,UZB', '#verdict'],
    ['#/country/KAZ', '#country-out table'],
    ['#/evidence?q=BRICS', '#search-results .evidence'],
    ['#/read', '#read-text'],
  ];
  for (const [hash, selector] of checks) {
    const { page, errors } = await open(hash);
    await page.waitForSelector(selector, { timeout: 20000 });
    assert.equal(await page.locator('.error').count(), 0, `${hash} shows an error`);
    assert.deepEqual(errors, [], `${hash} logged errors`);
    await page.close();
  }
});

test('SCO on 2016-01-01 has exactly its six founders, and the date slider changes the members', async () => {
  const { page, errors } = await open('#/blocs/SCO?at=2016-01-01');
  await page.waitForSelector('#members tbody tr');
  assert.equal(await memberCount(page), 6);
  const founders = await page.locator('#members tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.member).sort());
  assert.deepEqual(founders, ['CHN', 'KAZ', 'KGZ', 'RUS', 'TJK', 'UZB']);
  // The slider to its end: today. India and Pakistan (2017), Iran (2023), Belarus (2024) have joined since.
  await page.focus('#at-slider');
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.querySelectorAll('#members tbody tr').length > 6, null, { timeout: 20000 });
  const now = await page.locator('#members tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.member));
  for (const id of ['IND', 'PAK', 'IRN', 'BLR']) assert.ok(now.includes(id), `${id} is a member today`);
  assert.match(page.url(), /#\/blocs\/SCO\?at=\d{4}-\d{2}-\d{2}/, 'the route follows the slider');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a network node opens its panel', async () => {
  const { page, errors } = await open('#/network?at=2016-01-01');
  await page.waitForSelector('#network-node option[value="bloc:SCO"]', { state: 'attached', timeout: 20000 });
  await page.selectOption('#network-node', 'bloc:SCO');
  await page.waitForSelector('#network-panel .chip', { timeout: 20000 });
  const chips = await page.locator('#network-panel .chip').allTextContents();
  assert.ok(chips.some((c) => c.includes('Kazakhstan')), chips.join(' | '));
  assert.ok(!chips.some((c) => c.includes('India') && c.includes('member')), 'India was not an SCO member in 2016');
  await page.selectOption('#network-node', 'country:KAZ');
  await page.waitForSelector('#network-panel h2:has-text("Kazakhstan")', { timeout: 20000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a dyad leads to an evidence sentence in its document', async () => {
  const { page, errors } = await open('#/dyad/RUS/CHN');
  const card = page.locator('#dyad-evidence .evidence').first();
  await card.waitFor({ timeout: 20000 });
  const sentence = (await card.locator('blockquote.sentence').textContent()).trim();
  assert.ok(sentence.length > 10);
  await card.locator('a.doclink').click();
  await page.waitForSelector('#focus-sentence', { timeout: 20000 });
  const focused = (await page.locator('#focus-sentence').textContent()).trim();
  assert.equal(focused, sentence, 'the document opens on the same sentence');
  assert.match(page.url(), /#\/doc\//);
  assert.deepEqual(errors, []);
  await page.close();
});

test('searching in Arabic shows Arabic sentences right to left with their mentions marked', async () => {
  const { page, errors } = await open('#/evidence');
  await page.fill('#search-q', 'روسيا');
  await page.click('#search-go');
  const hit = page.locator('#search-results blockquote.sentence[lang="ar"]').first();
  await hit.waitFor({ timeout: 20000 });
  assert.equal(await hit.getAttribute('dir'), 'auto');
  const direction = await hit.evaluate((n) => getComputedStyle(n).direction);
  assert.equal(direction, 'rtl');
  assert.ok((await hit.locator('mark[data-entity="RUS"]').count()) > 0, 'Russia is marked');
  assert.match(page.url(), /q=/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a pasted article shows its entities', async () => {
  const { page, errors } = await open('#/read');
  await page.fill('#read-text', 'Kazakhstan and Uzbekistan agreed in Tashkent to widen their trade with China, while Russia watched the talks.');
  await page.click('#read-go');
  await page.waitForSelector('#read-entities tbody tr', { timeout: 20000 });
  const ids = await page.locator('#read-entities tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.entity));
  for (const id of ['KAZ', 'UZB', 'CHN', 'RUS']) assert.ok(ids.includes(id), `${id} found`);
  assert.ok((await page.locator('#read-marked mark[data-entity="KAZ"]').count()) > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a dropped file is read like a pasted article', async () => {
  const { page, errors } = await open('#/read');
  await page.setInputFiles('#read-file', {
    name: 'note.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Россия и Казахстан подписали в Астане соглашение о поставках зерна.', 'utf8'),
  });
  await page.waitForSelector('#read-entities tbody tr', { timeout: 20000 });
  const ids = await page.locator('#read-entities tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.entity));
  for (const id of ['RUS', 'KAZ']) assert.ok(ids.includes(id), `${id} found in ${ids}`);
  assert.equal(await page.locator('#read-marked').getAttribute('lang'), 'ru');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an article holding <script> and HTML is shown as text, never run', async () => {
  const { page } = await open('#/read');
  const evil =
    '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2"> ' +
    'Russia <b onclick="window.__pwned = 3">and</b> China <iframe src="javascript:window.__pwned=4"></iframe> met.';
  await page.fill('#read-text', evil);
  await page.click('#read-go');
  await page.waitForSelector('#read-marked mark', { timeout: 20000 });
  const shown = await page.locator('#read-marked').textContent();
  assert.equal(shown, evil, 'the text is shown exactly as written');
  for (const tag of ['script', 'img', 'b', 'iframe']) {
    assert.equal(await page.locator(`#read-out ${tag}`).count(), 0, `no <${tag}> element was created`);
  }
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.close();
});
