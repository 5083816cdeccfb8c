import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `dist/cdn/`: the library for a page with no build step, one `<script type="module">` away.
// The entry is `occupation-widgets.js`; its chunks sit in `chunks/` beside it, those only some
// pages need (chart.js, the Spanish strings, the full profile's sections, the live-only elements)
// loaded on use. Chunk URLs are relative (`import('./chunks/…')`), so the browser
// resolves them against the script's own URL: copy the whole folder anywhere and it works.
export default defineConfig({
  publicDir: false,
  base: './',
  build: {
    outDir: here('dist/cdn'),
    emptyOutDir: true,
    sourcemap: true,
    lib: { entry: { 'occupation-widgets': here('src/index.ts') }, formats: ['es'] },
    rollupOptions: {
      output: {
        minify: true,
        // Pure annotations help a bundler drop unused code; these files are already bundled, per entry,
        // and a page loads them as they are: ~300 of them were 0.3 KB of gzip in the shared chunk.
        comments: { legal: true, annotation: false, jsdoc: false },
        entryFileNames: '[name].js',
        // Spanish namespaces as es-<namespace>, apart from the elements' chunks of the same name.
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/i18n/es/') ? 'chunks/es-[name]-[hash].js' : 'chunks/[name]-[hash].js'),
      },
    },
  },
});
