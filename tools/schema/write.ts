/** `npm run schema`: writes src/data/schema.json from the valibot definitions. */
import { writeFileSync } from 'node:fs';
import { endpointJsonSchema } from './json-schema.ts';

const file = new URL('../../src/data/schema.json', import.meta.url);
writeFileSync(file, JSON.stringify(endpointJsonSchema(), null, 2) + '\n');
console.log(`wrote ${file.pathname}`);
