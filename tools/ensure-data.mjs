// Builds the endpoint (public/data) when it is missing, so `npm start` and `npm test` work on a
// fresh clone. An existing endpoint is kept: `npm run data` rebuilds it on purpose.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export function ensureData() {
  if (existsSync('public/data/index.json')) return;
  console.log('public/data is missing: building it from ../shared/data (npm run data)...');
  const { status } = spawnSync('npm', ['run', 'data'], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

if (import.meta.url === `file://${process.argv[1]}`) ensureData();
