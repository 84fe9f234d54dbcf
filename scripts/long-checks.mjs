// The long variants of the reliability tests, run by `npm run bench`: many more
// crash rounds and fuzz cases than the everyday suite.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(process.execPath, [vitest, 'run', 'tests/core/crash.test.ts', 'tests/core/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, SAMSYN_SKIP_BUILD: '1', SAMSYN_CRASH_ROUNDS: '200', SAMSYN_FUZZ_RUNS: '600' },
});
process.exit(result.status ?? 1);
