// Screenshots of yoy's pages as a reader sees them, at a phone's and a desktop's
// width (390 and 1280 CSS px), through Debian's chromium and playwright-core.
// Usage: node screenshot.mjs OUT_DIR NAME=PAGE.html[#anchor]...  → OUT_DIR/NAME-390.png, NAME-1280.png
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [out, ...pages] = process.argv.slice(2);
if (!out || pages.length === 0) {
  console.error('usage: node screenshot.mjs OUT_DIR NAME=PAGE.html...');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'yoy-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.YOY_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  for (const spec of pages) {
    const at = spec.indexOf('=');
    const name = spec.slice(0, at), target = spec.slice(at + 1);
    const [file, anchor] = target.split('#');
    for (const [width, height] of [[390, 1600], [1280, 1100]]) {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height });
      page.on('pageerror', (e) => { failed = true; console.error(`${file}: script error: ${e.message}`); });
      await page.goto('file://' + path.resolve(file) + (anchor ? '#' + anchor : ''));
      const png = path.join(out, `${name}-${width}.png`);
      await page.screenshot({ path: png });
      console.log(png);
      await page.close();
    }
  }
} finally {
  await browser.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
