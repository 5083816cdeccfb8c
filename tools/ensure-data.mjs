// Builds the endpoints the tests and `npm start` read when they are missing, so both work on a
// fresh clone. An existing endpoint is kept: `npm run data` rebuilds it on purpose.
// - public/data: the default endpoint, from ../shared/data (national projections only);
// - public/data-state-projections: the same with Projections Central's older state projections
//   (2020–30), so browser tests can show a state's projections beside the nation's (2024–34).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const STATE_PROJECTIONS_CSV = '../shared/data/older/state-projections-2020-30/ltprojections.csv';

function build(out, args) {
  if (existsSync(`${out}/index.json`)) return;
  console.log(`${out} is missing: building it from ../shared/data (npm run data -- ${args.join(' ')})...`);
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
