// The data build's wall time and peak memory: `npm run data`'s command into a temporary folder
// (public/data, which the pages read, is left alone), under GNU time for the peak resident set of
// the largest process (tsx runs the build in a child). Without /usr/bin/time, the wall time only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function measureDataBuild() {
  const out = mkdtempSync(join(tmpdir(), 'bench-data-'));
  const command = [join('node_modules', '.bin', 'tsx'), 'tools/build-data/cli.ts', '--out', join(out, 'data')];
  const timed = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const run = timed ? spawnSync('/usr/bin/time', ['-v', ...command], { encoding: 'utf8' }) : spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  rmSync(out, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`the data build failed (exit ${run.status}):\n${run.stderr}`);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr ?? '');
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : null };
}
