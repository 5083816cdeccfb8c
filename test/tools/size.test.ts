/**
 * Issue 13's budgets inside `npm test`: the library built from the source as it is now (into a
 * temporary folder, so a stale dist/ cannot hide a regression), measured by
 * `npm run size`'s tool against the built endpoint; a page, chunk or document over its budget
 * fails with its figure and the budget.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const out = mkdtempSync(join(tmpdir(), 'ow-size-'));
after(() => rmSync(out, { recursive: true, force: true }));

test('every page, lazy chunk and endpoint document is within its size budget', () => {
  execFileSync('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', '--emptyOutDir', '--outDir', out], { stdio: 'inherit' });
  const size = spawnSync('node', ['tools/size.mjs', `--dist=${out}`], { encoding: 'utf8' });
  // The tool prints the table, and "over budget: <what> <KB> KB > <budget> KB; ..." when one fails.
  assert.equal(size.status, 0, size.stderr || size.stdout);
  assert.match(size.stdout, /page JS, one card: occupation-profile\.js variant=card/);
  assert.match(size.stdout, /median occupations\/\*\.json/);
});
