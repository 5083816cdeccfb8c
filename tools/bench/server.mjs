// The benchmark's web server on 127.0.0.1: the production build (dist/), the built endpoint
// (public/data/ at /data/), the table page and the two table libraries, and the pages of
// pages.mjs at /page/NAME. `?delay=MS` on a page adds that latency to every endpoint document
// it asks for (the page passes it on through the endpoint URL: /delay/MS/data/...).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { page } from './pages.mjs';

const types = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
};
const allowed = ['dist/', 'public/data/', 'tools/bench/', 'node_modules/gridjs/dist/', 'node_modules/tabulator-tables/dist/'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts the server; resolves with its base URL and a `close()`. */
export async function serve(root = process.cwd()) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/page/')) {
      const html = page(url.pathname.slice(6), url.searchParams);
      if (!html) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' });
      return res.end(html);
    }
    let pathname = decodeURIComponent(url.pathname);
    const delayed = /^\/delay\/(\d+)(\/data\/.*)$/.exec(pathname);
    if (delayed) {
      await sleep(Number(delayed[1]));
      pathname = delayed[2];
    }
    const path = normalize(pathname).replace(/^\/data\//, 'public/data/').replace(/^\//, '');
    if (!allowed.some((a) => path.startsWith(a))) return res.writeHead(404).end();
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', r));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
