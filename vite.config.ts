import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// One entry per element (`dist/<tag>.js` registers it and what it renders), the whole library,
// the data client and the schema; what they share lands in chunks/ (chart.js in its own, loaded
// only when a chart is drawn).
const tags = readdirSync(here('src/elements'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const entries = {
  'occupation-widgets': here('src/index.ts'),
  'data-client': here('src/data/client.ts'),
  schema: here('src/data/schema.ts'),
  ...Object.fromEntries(tags.map((tag) => [tag, here(`src/elements/${tag}/${tag}.ts`)])),
};

// The embed builder's snippet loads the CDN build: the dev server serves dist/cdn (after
// `npm run build`) at /occupation-widgets/, to any origin, as a site hosting it would.
const cdnFolder: Plugin = {
  name: 'cdn-folder',
  configureServer(server) {
    server.middlewares.use('/occupation-widgets/', (req, res, next) => {
      const file = here(`dist/cdn/${(req.url ?? '').split('?')[0]!.replace(/\.\.+/g, '')}`);
      if (!existsSync(file) || !file.endsWith('.js')) return next();
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Content-Type', 'text/javascript');
      res.end(readFileSync(file));
    });
  },
};

// `vite` serves the demo pages (demo/) with the built endpoint (public/data) under /data/;
// `vite build` builds the library.
export default defineConfig({
  root: here('demo'),
  plugins: [cdnFolder],
  publicDir: here('public'),
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rollupOptions: {
      output: {
        minify: true,
        // Pure annotations help a bundler drop unused code; these files are already bundled, per entry,
        // and a page loads them as they are: ~300 of them were 0.3 KB of gzip in the shared chunk.
        comments: { legal: true, annotation: false, jsdoc: false },
        entryFileNames: '[name].js',
        // Spanish namespaces as es-<namespace>, apart from the elements' chunks of the same name.
        chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/i18n/es/') ? 'chunks/es-[name]-[hash].js' : 'chunks/[name]-[hash].js'),
        // What every element needs (Lit, the data client and schema, the common messages, theme)
        // in one shared chunk rather than a dozen small ones, each gzipped and fetched on its own.
        // Lit's directives that one or two elements use (keyed, live, ref) go with them too, and
        // the schemas of the area table's, search's and the live-only documents are chunks of
        // their own, which the client downloads when a page first reads such a document.
        // The other message namespaces go with the elements that name them; Spanish ones are
        // chunks of their own, downloaded when a widget first speaks Spanish.
        codeSplitting: {
          groups: [
            {
              name: 'runtime',
              test: /node_modules\/(lit|lit-html|lit-element|@lit|@lit-labs|valibot)\/(?!(directives\/)?(keyed|live|ref|async-directive|directive-helpers)\.js)|src\/(runtime|i18n\/(index|translated|en\/common)\.ts|data\/(?!schema(\/(area|search|live))?\.ts)|styles|format|templates|config|context|version)/,
            },
          ],
        },
      },
    },
  },
});
