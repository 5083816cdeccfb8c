import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `vite` serves the demo pages (demo/) with the built endpoint (public/data) under /data/;
// `vite build` builds the library: one ES module, chart.js split into a lazily loaded chunk.
export default defineConfig({
  root: here('demo'),
  publicDir: here('public'),
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    lib: {
      entry: here('src/index.ts'),
      formats: ['es'],
      fileName: 'occupation-widgets',
    },
    rollupOptions: { output: { minify: true } },
  },
});
