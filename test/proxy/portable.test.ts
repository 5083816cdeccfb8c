/**
 * The proxy runs anywhere fetch does: only the Node entry (node.ts) may use Node's APIs, and the
 * app answers a plain Request with no server around it, as a serverless or edge runtime calls it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import * as v from 'valibot';
import { documents } from '../../src/data/schema.ts';
import { createApp } from '../../tools/proxy/app.ts';
import { readConfig } from '../../tools/proxy/config.ts';

const DIR = new URL('../../tools/proxy/', import.meta.url);

describe('runtime portability', () => {
  it('imports nothing Node-only outside node.ts', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && f !== 'node.ts');
    assert.ok(files.length > 10);
    for (const file of files) {
      const source = readFileSync(new URL(file, DIR), 'utf8');
      assert.doesNotMatch(source, /from '(node:|@hono\/node-server)/, file);
    }
  });

  it('answers a Request through app.fetch, without a server', async () => {
    const app = createApp(readConfig({ ONET_API_KEY: 'k', PROXY_ALLOWED_ORIGINS: '*' }), { log: () => {} });
    const response = await app.fetch(new Request('https://proxy.example.org/index.json', { headers: { Origin: 'https://any.example' } }));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://any.example');
    const index = v.parse(documents.index, await response.json());
    assert.deepEqual(index.sources.map((s) => s.id), ['onet-web-services']);
  });
});

/** A port nothing listens on yet. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('npm run proxy (node.ts)', () => {
  it('starts without credentials, says what is missing, and answers with JSON errors', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'tools/proxy/node.ts'], {
      cwd: new URL('../../', import.meta.url),
      env: { PATH: process.env.PATH, PORT: String(port) },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    try {
      for (let i = 0; i < 100 && !output.includes('listening'); i++) await new Promise((r) => setTimeout(r, 100));
      assert.match(output, new RegExp(`listening on http://127.0.0.1:${port}/`));
      assert.match(output, /not set: CAREERONESTOP_USER_ID\/CAREERONESTOP_TOKEN, ONET_API_KEY/);
      const response = await fetch(`http://127.0.0.1:${port}/occupations/29-2072.00.json`);
      assert.equal(response.status, 503);
      assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'not-configured');
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
