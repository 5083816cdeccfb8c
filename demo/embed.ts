// The demo's embed builder page. The dev server serves the CDN build (dist/cdn, after
// `npm run build`) at /occupation-widgets/ and the endpoint at /data/: the snippet's defaults.
import '../src/index.ts';
import { mountEmbedBuilder } from './embed-builder.ts';

await mountEmbedBuilder(document.querySelector('#builder')!, {
  script: new URL('/occupation-widgets/occupation-profile.js', location.href).href,
  endpoint: new URL('/data/', location.href).href,
});
