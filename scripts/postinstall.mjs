// On a machine with internet: download Electron and rebuild better-sqlite3 for it.
// With ELECTRON_SKIP_BINARY_DOWNLOAD=1 (offline build machines) nothing is
// downloaded and better-sqlite3 stays built for plain Node, which the tests then use.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { electronBinary, electronDir } from './electron-binary.mjs';

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('samsyn: ELECTRON_SKIP_BINARY_DOWNLOAD is set; better-sqlite3 stays built for Node.');
  process.exit(0);
}

if (!electronBinary()) {
  const download = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (download.status !== 0 || !electronBinary()) {
    console.warn('samsyn: Electron could not be downloaded; `npm test` still runs under Node, `npm start` needs it.');
    process.exit(0);
  }
}

const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
console.log(`samsyn: rebuilding better-sqlite3 for Electron ${version}`);
const rebuild = spawnSync('npm', ['rebuild', 'better-sqlite3'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: {
    ...process.env,
    npm_config_runtime: 'electron',
    npm_config_target: version,
    npm_config_disturl: 'https://electronjs.org/headers',
  },
});
process.exit(rebuild.status ?? 1);
