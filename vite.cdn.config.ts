import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { libraryBuild } from './vite.config.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `dist/cdn/`: the library for a page with no build step, one `<script type="module">` per
// element it uses (`occupation-profile.js`, `wage-table.js`, ...) or `occupation-widgets.js`
// for every element: the npm package's modules without its types, over the same shared chunks
// in `chunks/` (so a page's scripts share one runtime), those only some pages need (chart.js,
// the Spanish strings, the full profile's sections, the live-only elements) loaded on use.
// Chunk URLs are relative (`./chunks/…`), so the browser resolves them against the script's own
// URL: copy the whole folder anywhere and it works.
export default defineConfig({
  publicDir: false,
  build: libraryBuild(here('dist/cdn')),
});
