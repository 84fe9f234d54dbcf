// `npm test`: runs vitest in the runtime better-sqlite3 was built for. When the
// Electron binary exists, postinstall rebuilt the module for Electron, so vitest
// runs inside Electron as plain Node (ELECTRON_RUN_AS_NODE=1); otherwise in Node.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const binary = electronBinary();
const runtime = binary ?? process.execPath;
const env = binary ? { ...process.env, ELECTRON_RUN_AS_NODE: '1' } : process.env;
console.log(`samsyn: running tests with ${binary ? 'Electron as Node' : `Node ${process.version}`}`);
const result = spawnSync(runtime, [vitest, 'run', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
