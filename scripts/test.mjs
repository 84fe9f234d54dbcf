// `npm test`: runs vitest under the Node that runs npm (24 LTS; better-sqlite3 13 loads
// the same prebuilt Node-API binary here and in Electron). Ends with a plain
// "N passed, N failed" line read from vitest's JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`samsyn: Node ${process.version} is too old; the tests need Node 22.12 or later (24 LTS recommended).`);
  process.exit(1);
}

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const report = fileURLToPath(new URL('../test-output/vitest.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('../test-output/', import.meta.url)), { recursive: true });
rmSync(report, { force: true });

console.log(`samsyn: running tests with Node ${process.version}`);
const args = [
  vitest,
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
];
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });

if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests, testResults } = JSON.parse(readFileSync(report, 'utf8'));
  // A file that fails before any test runs (a missing module, a syntax error) counts as a failure too.
  const brokenFiles = testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length;
  const failed = numFailedTests + brokenFiles;
  console.log(
    `\nTests: ${numPassedTests} passed, ${failed} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`,
  );
}
process.exit(result.status ?? 1);
