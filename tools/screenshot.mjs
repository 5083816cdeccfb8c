// Screenshots a page the way a reader sees it: node tools/screenshot.mjs URL OUT.png [WIDTH] [--dark]
// OUT with %d (shot-%d.png) writes the page in 1600-pixel slices, readable one by one.
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
page.on('response', (r) => r.status() >= 400 && console.log(`[${r.status()}] ${r.url()}`));
// Not 'networkidle': Storybook's manager keeps a connection open. Widgets settle well within 2 s.
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(2000);
if (out.includes('%d')) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 1; y < height; y += 1600, i++) {
    const clip = { x: 0, y, width: Number(width), height: Math.min(1600, height - y) };
    await page.screenshot({ path: out.replace('%d', String(i)), fullPage: true, clip });
  }
} else {
  await page.screenshot({ path: out, fullPage: true });
}
await browser.close();
console.log(`wrote ${out}`);
