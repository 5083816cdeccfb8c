/**
 * Every widget from the built library on a page served with a strict Content Security Policy
 * (`default-src 'self'; script-src 'self'; style-src 'self'`, and again with Trusted Types
 * required): each renders, no violation is reported, score bars keep their length and the chart
 * its height. Also two copies of the library on one page: `configure()` on the second reaches
 * the elements the first registered. A small static server on 127.0.0.1, Debian's Chromium.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium, type Browser } from 'playwright-core';

const root = process.cwd();
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'";
const TYPES = `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`;
const PAGE = '<!doctype html><html lang="en"><meta charset="utf-8"><title>CSP</title><body><script type="module" src="/page.js"></script></body></html>';
const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

let server: Server;
let browser: Browser;
let origin = '';

before(async () => {
  // The built library is what a host page loads; CI builds before testing, a developer may not have.
  if (!existsSync(join(root, 'dist/occupation-widgets.js'))) {
    assert.equal(spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status, 0, 'npm run build');
  }
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const policy = url.searchParams.get('policy') === 'types' ? TYPES : STRICT;
    let body: Buffer | string | undefined;
    let file = url.pathname;
    if (file === '/') body = PAGE;
    else if (file === '/page.js') file = '/test/tools/csp/page.js';
    else if (file.startsWith('/copy2/')) file = file.replace('/copy2/', '/dist/');
    if (body === undefined && /^\/(dist|public\/data|test\/tools\/csp)\//.test(file)) {
      const path = normalize(join(root, file));
      if (path.startsWith(root)) body = await readFile(path).catch(() => undefined);
    }
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': file === '/' ? 'text/html' : (types[extname(file)] ?? 'application/octet-stream'),
      'content-security-policy': policy,
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

interface Result {
  violations: string[];
  errors: string[];
  events: { tag: string; type: string; kind: string | null }[];
  bars: { fill: number; track: number }[];
  chartHeight: number;
}

async function visit(query: string): Promise<Result> {
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  try {
    await page.goto(`${origin}/${query}`, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __events?: unknown[] }).__events?.length === 13, undefined, {
      timeout: 15_000,
    });
    await page.waitForTimeout(800); // the chart draws after its first render
    return await page.evaluate(() => {
      const w = window as unknown as { __violations: string[]; __errors: string[]; __events: Result['events'] };
      const interests = document.querySelector('occupation-interests')!.shadowRoot!;
      const bars = [...interests.querySelectorAll<HTMLElement>('.bar')].map((b) => ({
        track: b.getBoundingClientRect().width,
        fill: b.querySelector('.fill')!.getBoundingClientRect().width,
      }));
      const chart = document.querySelector('education-chart')!.shadowRoot!.querySelector('[part=chart]');
      return {
        violations: w.__violations,
        errors: w.__errors,
        events: w.__events,
        bars,
        chartHeight: chart?.getBoundingClientRect().height ?? 0,
      };
    });
  } finally {
    await page.close();
  }
}

function check(result: Result): void {
  assert.deepEqual(result.violations, [], 'CSP violation reports');
  assert.deepEqual(result.errors, [], 'uncaught errors');
  assert.deepEqual(
    result.events.filter((e) => e.type !== 'occupation-load'),
    [],
    'every widget loads',
  );
  // Medical Assistants' interests from Conventional 5.76 down to Artistic 1 (of 7): bars of those lengths.
  assert.equal(result.bars.length, 6);
  const last = result.bars.at(-1)!;
  assert.ok(Math.abs(last.fill / last.track - 1 / 7) < 0.02, `Artistic 1 of 7 drawn as ${last.fill}/${last.track}`);
  assert.ok(result.chartHeight > 100, `chart height ${result.chartHeight}`);
}

test("under default-src 'self'; script-src 'self'; style-src 'self': every widget renders, no violation", async () => {
  check(await visit(''));
});

test('with Trusted Types required too: every widget renders, no violation', async () => {
  check(await visit('?policy=types'));
});

test('two copies of the library: configure() on the second reaches the widgets the first registered', async () => {
  check(await visit('?copies=2'));
});
