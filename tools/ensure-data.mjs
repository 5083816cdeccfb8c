// Builds the endpoints the tests and `npm start` read when they are missing or older than the
// data build's code (after a pull that changed it), so both work on a fresh clone and after an
// update. An endpoint newer than its code is kept: `npm run data` rebuilds it on purpose.
// - public/data: the default endpoint, from ../shared/data (national projections only);
// - public/data-state-projections: the same with Projections Central's older state projections
//   (2020–30), so browser tests can show a state's projections beside the nation's (2024–34).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

export const STATE_PROJECTIONS_CSV = '../shared/data/older/state-projections-2020-30/ltprojections.csv';

/** The last change to the code that writes the endpoint: the data build and the schema it writes to. */
function codeChanged() {
  const files = ['tools/build-data', 'src/data/schema'].flatMap((dir) =>
    readdirSync(dir, { recursive: true }).map((f) => join(dir, f)),
  );
  return Math.max(...[...files, 'src/data/schema.ts'].map((f) => statSync(f).mtimeMs));
}

function build(out, args) {
  const index = `${out}/index.json`;
  const why = !existsSync(index) ? 'missing' : statSync(index).mtimeMs < codeChanged() ? 'older than the data build' : '';
  if (!why) return;
  console.log(`${out} is ${why}: building it from ../shared/data (npm run data -- ${args.join(' ')})...`);
  const { status } = spawnSync('npm', ['run', 'data', '--', ...args], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

export function ensureData({ stateProjections = false } = {}) {
  build('public/data', []);
  if (stateProjections) {
    build('public/data-state-projections', [
      '--state-projections',
      STATE_PROJECTIONS_CSV,
      '--out',
      'public/data-state-projections',
    ]);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureData({ stateProjections: process.argv.includes('--state-projections') });
