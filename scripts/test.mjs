// `npm test`: type check, unit tests, then the browser tests against the built test extension, in
// Chromium and in Firefox ESR (TC_BROWSER=chromium or firefox runs one engine).
// Prints the totals as the last line, "N passed, N failed", counted from vitest's JSON reports.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'tone-coach-test-'));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
let failedSteps = 0;

function step(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    failedSteps++;
    console.log(`✖ ${name} failed (exit ${r.status})`);
  }
  return r.status === 0;
}

function counts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const j = JSON.parse(readFileSync(file, 'utf8'));
  // A test file that failed to load has no failed tests but is a failed suite.
  return { passed: j.numPassedTests ?? 0, failed: j.numFailedTests || j.numFailedTestSuites || 0 };
}

step('type check', npx, ['tsc', '--noEmit']);
step('build the command line', process.execPath, ['scripts/build-cli.mjs']);
step('unit tests', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(out, 'unit.json')}`]);
const built = step('build the test extension', 'npm', ['run', '--silent', 'build:test']);
// The same browser tests once per engine (the build checks with the first), timed separately.
const engines = process.env.TC_BROWSER ? [process.env.TC_BROWSER] : ['chromium', 'firefox'];
const browser = [];
for (const [i, engine] of engines.entries()) {
  if (!built) break;
  const file = join(out, `e2e-${engine}.json`);
  const started = Date.now();
  const projects = [...(i === 0 ? ['build'] : []), engine].flatMap((p) => ['--project', p]);
  step(`browser tests in ${engine}`, npx, ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  browser.push({ engine: i === 0 ? `${engine} (with the build checks)` : engine, seconds: Math.round((Date.now() - started) / 1000), ...counts(file) });
}

const unit = counts(join(out, 'unit.json'));
const e2e = browser.reduce((t, b) => ({ passed: t.passed + b.passed, failed: t.failed + b.failed }), { passed: 0, failed: 0 });
const passed = unit.passed + e2e.passed;
// A failed step that ran no test (type errors, a broken build) counts as one failure.
const failed = unit.failed + e2e.failed + (failedSteps && unit.failed + e2e.failed === 0 ? failedSteps : 0);
const perEngine = browser.map((b) => `${b.engine}: ${b.passed} passed, ${b.failed} failed in ${b.seconds} s`).join('; ');
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; browser ${perEngine || 'not run'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps || failed ? 1 : 0);
