// Opens yoy's generated pages in Debian's chromium through playwright-core and
// checks what a reader would notice: the page is wider than the screen, timeline
// labels overlap, the index does not sort or filter, a link leads nowhere, the
// console shows an error. Usage: node check_pages.mjs DIR...  (each DIR a site or
// summary written by yoy; every page's links are checked, a sample is opened).
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node check_pages.mjs DIR...');
  process.exit(2);
}
const failures = [];
const fail = (where, what) => failures.push(`${where}: ${what}`);

// Every relative link of every page must name a file that exists, and a #fragment
// an id in it (checked from the files, so every page counts, not only the opened ones).
const idsOf = new Map();
function ids(file) {
  if (!idsOf.has(file)) {
    const text = fs.readFileSync(file, 'utf8');
    idsOf.set(file, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idsOf.get(file);
}
const decode = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>');
for (const dir of dirs) {
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.html'))) {
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    if (!/<title>[^<]+<\/title>/.test(text)) fail(file, 'no <title>');
    if (/<script[^>]+src=/i.test(text) || /<link[^>]+href="https?:/i.test(text))
      fail(file, 'loads something from the network');
    for (const m of text.matchAll(/<a\s[^>]*href="([^"]*)"/g)) {
      const href = decode(m[1]);
      if (/^[a-z]+:/i.test(href)) continue;  // absolute URLs are the reader's business
      const [target, fragment] = href.split('#');
      const targetFile = target === '' ? file : path.join(dir, decodeURIComponent(target));
      if (!fs.existsSync(targetFile)) { fail(file, `link to missing ${href}`); continue; }
      if (fragment && !ids(targetFile).has(decodeURIComponent(fragment)))
        fail(file, `link to missing anchor ${href}`);
    }
  }
}

// The pages opened in the browser: index, pair pages, and report pages with and
// without a timeline (a sample: every check below runs at two widths).
function sample(dir) {
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.html')).sort();
  const pick = new Set(names.filter((n) => n === 'index.html' || n.startsWith('changes-')).slice(0, 3));
  const withTimeline = names.filter((n) => fs.readFileSync(path.join(dir, n), 'utf8').includes('<svg class="timeline"'));
  const without = names.filter((n) => !pick.has(n) && !withTimeline.includes(n));
  for (const n of withTimeline.slice(0, 4)) pick.add(n);
  for (const n of without.slice(0, 2)) pick.add(n);
  return [...pick].map((n) => path.join(dir, n));
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'yoy-chromium-'));
// A fresh profile each run (playwright passes it as --user-data-dir).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.YOY_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let opened = 0;
try {
  for (const dir of dirs) {
    for (const file of sample(dir)) {
      for (const width of [390, 1280]) {
        const where = `${file} at ${width}px`;
        const page = await browser.newPage();
        await page.setViewportSize({ width, height: 900 });
        page.on('console', (m) => { if (m.type() === 'error') fail(where, `console error: ${m.text()}`); });
        page.on('pageerror', (e) => fail(where, `script error: ${e.message}`));
        await page.goto('file://' + path.resolve(file));
        opened++;
        const overflow = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
        if (overflow[0] > overflow[1]) fail(where, `page is ${overflow[0]}px wide, wider than the ${overflow[1]}px screen`);
        // Timeline labels (years and tier names) never overlap one another.
        const overlaps = await page.evaluate(() => {
          const out = [];
          for (const svg of document.querySelectorAll('svg.timeline')) {
            const boxes = [...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getBoundingClientRect()]);
            for (let i = 0; i < boxes.length; i++)
              for (let j = i + 1; j < boxes.length; j++) {
                const [a, r] = boxes[i], [b, s] = boxes[j];
                if (r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom)
                  out.push(`${a} / ${b}`);
              }
          }
          return out;
        });
        for (const o of overlaps) fail(where, `timeline labels overlap: ${o}`);
        if (path.basename(file) === 'index.html' && (await page.$('table.tiers'))) await checkIndex(page, where);
        if (await page.$('table.tiers')) await checkLatestFirst(page, where);
        await checkLegends(page, where);
        if (await page.$('nav.toc')) await checkContents(page, where);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

// The tier heat map shows its latest year in the first year column, and that
// column is on screen without scrolling sideways (at 390 px too).
async function checkLatestFirst(page, where) {
  const heads = await page.$$eval('table.tiers thead th[scope=col]', (ths) => ths.map((th) => {
    const r = th.getBoundingClientRect();
    return { text: th.textContent.trim(), right: r.right };
  }));
  const years = heads.filter((h) => /^\d{4}$/.test(h.text));
  if (years.length === 0) return fail(where, 'the heat map has no year columns');
  const latest = Math.max(...years.map((h) => +h.text));
  if (+years[0].text !== latest) fail(where, `the first year column is ${years[0].text}, not the latest (${latest})`);
  const width = await page.evaluate(() => innerWidth);
  if (years[0].right > width) fail(where, `the latest year (${latest}) is off screen at ${width}px`);
}

// Every mark has its legend: a tier timeline (filled and hollow dots) has one
// under it, and a table of rating moves explains its arrows; every rating move
// shown in a changes table carries an arrow and a colour.
async function checkLegends(page, where) {
  const timelines = await page.$$eval('svg.timeline', (svgs) => svgs.map((svg) => {
    const figure = svg.closest('figure');
    const legend = figure && figure.nextElementSibling;
    if (!legend || !legend.classList.contains('timeline-legend')) return 'no legend';
    const r = legend.getBoundingClientRect();
    if (r.height === 0 || r.width === 0) return 'legend not shown';
    if (!/latest edition/.test(legend.textContent) || !/earlier edition/.test(legend.textContent)) return 'legend does not name the dots';
    if (legend.querySelectorAll('svg.mark circle').length < 2) return 'legend does not draw the dots';
    return '';
  }));
  for (const t of timelines) if (t) fail(where, `tier timeline: ${t}`);
  const rating = '(Tier [123]( Watch List)?|Special Case|—)';
  const moves = await page.$$eval('table:not(.tiers) tbody td', (tds, rating) => tds
    .filter((td) => new RegExp(`^${rating} → ${rating}`).test(td.textContent.trim()))
    .map((td) => ({ text: td.textContent, cls: td.className, color: getComputedStyle(td).color,
                    body: getComputedStyle(td.closest('table')).color })), rating);
  for (const m of moves) {
    if (!/[↑↓↗↘↔]$/.test(m.text.trim())) fail(where, `rating move without an arrow: "${m.text}"`);
    if (!m.cls || m.color === m.body) fail(where, `rating move without a colour: "${m.text}"`);
  }
  if (moves.length > 0) {
    const legend = await page.evaluate(() => document.body.textContent.includes('↗ first rating'));
    if (!legend) fail(where, 'rating arrows without a legend');
  }
}

// A whole-edition diff: reports start collapsed; following a contents link opens that one.
async function checkContents(page, where) {
  const open = () => page.$$eval('details.report', (ds) => ds.filter((d) => d.open).map((d) => d.id));
  if ((await open()).length !== 0) return fail(where, 'reports are open before any is asked for');
  const links = await page.$$eval('nav.toc a', (as) => as.map((a) => a.getAttribute('href')));
  if (links.length < 2) return fail(where, 'the contents list fewer than two reports');
  const target = links[links.length - 1];
  await page.click(`nav.toc a[href="${target}"]`);
  const opened = await open();
  if (opened.length !== 1 || '#' + opened[0] !== target) fail(where, `following ${target} opened [${opened}]`);
  const visible = await page.$eval(target, (d) => { const r = d.getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; });
  if (!visible) fail(where, `${target} is not on screen after following its link`);
}

// The heat map sorts by last change and by name, and the filter keeps only matching rows.
async function checkIndex(page, where) {
  const rows = () => page.$$eval('table.tiers tbody tr', (trs) => trs.map((r) => ({
    name: r.cells[0].textContent.toLowerCase(), change: +r.getAttribute('data-change'), hidden: r.hidden })));
  const all = await rows();
  if (all.length === 0) return fail(where, 'the tier table has no rows');
  await page.click('button[data-sort=change]');
  const byChange = await rows();
  for (let i = 1; i < byChange.length; i++)
    if (byChange[i].change > byChange[i - 1].change) return fail(where, 'sort by last change is out of order');
  await page.click('button[data-sort=country]');
  const byName = await rows();
  for (let i = 1; i < byName.length; i++)
    if (byName[i].name.localeCompare(byName[i - 1].name) < 0) return fail(where, 'sort by name is out of order');
  const query = byName[byName.length - 1].name.split(/\s+/)[0].slice(0, 4);
  await page.fill('#tier-filter', query);
  const filtered = await rows();
  const shown = filtered.filter((r) => !r.hidden);
  if (shown.length === 0) fail(where, `filter "${query}" hides every row`);
  if (shown.some((r) => !r.name.includes(query))) fail(where, `filter "${query}" shows a row without it`);
  if (filtered.filter((r) => !r.name.includes(query)).some((r) => !r.hidden)) fail(where, 'filter leaves a non-matching row');
  const count = await page.textContent('#tier-count');
  const expected = shown.length === filtered.length ? `${shown.length} report` : `${shown.length} of ${filtered.length} report`;
  if (!count.startsWith(expected)) fail(where, `count says "${count}", expected "${expected}…"`);
  await page.fill('#tier-filter', '');
  if ((await rows()).some((r) => r.hidden)) fail(where, 'clearing the filter does not show every row');
}

for (const f of failures) console.error('FAIL ' + f);
console.log(`${opened} page views checked in ${dirs.length} director${dirs.length === 1 ? 'y' : 'ies'}, ${failures.length} failure(s)`);
process.exit(failures.length ? 1 : 0);
