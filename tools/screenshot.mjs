// Screenshots a page the way a reader sees it: node tools/screenshot.mjs URL OUT.png [WIDTH] [--dark]
// Uses Debian's Chromium (npm packages may not download a browser here).
import { chromium } from 'playwright-core';

const [url, out, width = '1280', flag] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node tools/screenshot.mjs URL OUT.png [WIDTH] [--dark]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: 900 },
  colorScheme: flag === '--dark' ? 'dark' : 'light',
});
page.on('console', (m) => m.type() !== 'debug' && console.log(`[${m.type()}] ${m.text()}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
