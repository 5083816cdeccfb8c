/**
 * The proxy runs anywhere fetch does: only the Node entry (node.ts) may use Node's APIs, and the
 * app answers a plain Request with no server around it, as a serverless or edge runtime calls it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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
