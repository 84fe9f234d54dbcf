// `npm test`: runs vitest in the runtime better-sqlite3 was built for. When the
// Electron binary exists, postinstall rebuilt the module for Electron, so vitest
// runs inside Electron as plain Node (ELECTRON_RUN_AS_NODE=1); otherwise in Node.
// Ends with a plain "N passed, N failed" line read from vitest's JSON report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const report = fileURLToPath(new URL('../test-output/vitest.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('../test-output/', import.meta.url)), { recursive: true });
rmSync(report, { force: true });

const binary = electronBinary();
const runtime = binary ?? process.execPath;
const env = binary ? { ...process.env, ELECTRON_RUN_AS_NODE: '1' } : process.env;
console.log(`samsyn: running tests with ${binary ? 'Electron as Node' : `Node ${process.version}`}`);
const args = [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const result = spawnSync(runtime, args, { stdio: 'inherit', env });

if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\nTests: ${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
}
process.exit(result.status ?? 1);
