// `npm start`: builds and opens the app with electron-vite. On Linux it first checks
// that Electron's sandbox can start, and says what to do instead of letting Electron abort.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { sandboxProblem } from './linux-sandbox.mjs';

const require = createRequire(import.meta.url);
const noSandbox = process.env.SAMSYN_NO_SANDBOX === '1';
if (process.platform === 'linux' && !noSandbox) {
  // Resolving electron's path downloads the binary on first use (Electron 42 and later).
  const binary = require('electron');
  const problem = sandboxProblem({ platform: process.platform, helper: join(dirname(binary), 'chrome-sandbox') });
  if (problem) {
    console.error(`samsyn: ${problem}`);
    process.exit(1);
  }
}
const cli = require.resolve('electron-vite/bin/electron-vite.js');
const args = [cli, 'preview', ...(noSandbox ? ['--noSandbox'] : []), ...process.argv.slice(2)];
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
