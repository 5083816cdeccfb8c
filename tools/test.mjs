// `npm test`: the Node tests (data build) and the browser tests (web-test-runner in Chromium).
// Both suites always run; the output ends with one plain total line, "N passed, N failed",
// and the exit code is non-zero when anything failed.
import { spawn } from 'node:child_process';

function run(script, show = (chunk) => process.stdout.write(chunk)) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      show(String(chunk));
      output += chunk;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * The Node tests' TAP, reduced to what a reader needs: each failure with its details (from
 * `not ok` to the end of its YAML block) and the closing counts; passing tests print nothing.
 */
function tapFailures() {
  let pending = '';
  let failureEnd = null; // the line closing the failure being printed
  return (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const failure = /^(\s*)not ok /.exec(line);
      if (failureEnd === null && failure) failureEnd = `${failure[1]}  ...`;
      if (failureEnd !== null || /^# (tests|suites|pass|fail|cancelled|skipped|todo) /.test(line)) {
        process.stdout.write(`${line}\n`);
      }
      if (line === failureEnd) failureEnd = null;
    }
  };
}

const last = (output, pattern) => [...output.matchAll(pattern)].at(-1);
let passed = 0;
let failed = 0;
let exitCode = 0;

const node = await run('test:node', tapFailures());
passed += Number(last(node.output, /^# pass (\d+)/gm)?.[1] ?? 0);
failed += Number(last(node.output, /^# fail (\d+)/gm)?.[1] ?? 0);
if (node.code !== 0) exitCode = 1;

const browser = await run('test:browser');
const counts = last(browser.output, /(\d+) passed, (\d+) failed/g);
passed += Number(counts?.[1] ?? 0);
failed += Number(counts?.[2] ?? 0);
// A test file that cannot be imported (or a run that stops) runs none of its tests, and
// web-test-runner's count does not show it: count each such file as a failure.
failed += [...browser.output.matchAll(/Could not import your test module|Error while transforming/g)].length;
if (browser.code !== 0 || !counts) exitCode = 1;

if (failed > 0) exitCode = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(exitCode);
