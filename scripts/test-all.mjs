// The test command: lint, type-check, unit and property tests (Vitest), then the end-to-end
// tests in Chromium. Ends with one line "N passed, N failed" so a run that executes nothing shows.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;

function step(name, command, args) {
  process.stdout.write(`\n== ${name}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  return result.status === 0;
}

function check(name, command, args) {
  if (step(name, command, args)) passed += 1;
  else {
    failed += 1;
    process.stdout.write(`!! ${name} failed\n`);
  }
}

function vitest(name, config, reportFile) {
  mkdirSync('test-results', { recursive: true });
  const ok = step(name, 'npx', [
    'vitest',
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
  ]);
  if (!existsSync(reportFile)) {
    failed += 1;
    process.stdout.write(`!! ${name} wrote no report\n`);
    return;
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (!ok && report.numFailedTests === 0) failed += 1; // a suite that failed to load
}

check('lint', 'npm', ['run', '--silent', 'lint']);
check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
vitest('unit and property tests', 'vitest.config.ts', 'test-results/unit.json');
if (existsSync('vitest.e2e.config.ts'))
  vitest('end-to-end tests (Chromium)', 'vitest.e2e.config.ts', 'test-results/e2e.json');

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
