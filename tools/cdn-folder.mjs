// `npm run build` (after vite): dist/cdn/, the library for a site to host and load with script
// tags: the package's modules and their chunks, without the types. A copy of what vite wrote,
// not a second build: the scripts of a page share the same chunks either way.
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const cdn = join(dist, 'cdn');
rmSync(cdn, { recursive: true, force: true });
for (const name of readdirSync(dist).filter((n) => n === 'chunks' || /\.js(\.map)?$/.test(n))) {
  cpSync(join(dist, name), join(cdn, name), { recursive: true });
}
