// `npm run dist:check`: packs the Linux app folder (electron-builder --dir) against a
// stand-in Electron, since the real binary cannot be downloaded on the build machines,
// then checks the result (scripts/packaged-layout.mjs). The stand-in `electron` carries
// Electron's fuse wire, so the afterPack hook's fuses are checked too.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFuses, checkPackagedApp, checkPackedCommandLine, devDependencyNames } from './packaged-layout.mjs';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const { SENTINEL } = require('@electron/fuses/dist/constants');

const standIn = mkdtempSync(join(tmpdir(), 'samsyn-electron-'));
mkdirSync(join(standIn, 'resources'));
// Electron's fuse wire as it ships: version 1, eight fuses at their defaults.
const wire = Buffer.concat([Buffer.from(SENTINEL, 'latin1'), Buffer.from([1, 8]), Buffer.from('10110000', 'latin1')]);
writeFileSync(join(standIn, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), wire]));
chmodSync(join(standIn, 'electron'), 0o755);
writeFileSync(join(standIn, 'LICENSE'), 'Electron stand-in for packaging checks\n');
writeFileSync(join(standIn, 'version'), electronVersion);

const out = join(root, 'dist');
rmSync(join(out, 'linux-unpacked'), { recursive: true, force: true });
const builder = spawnSync(
  process.execPath,
  [
    require.resolve('electron-builder/cli.js'),
    '--linux',
    '--x64',
    '--dir',
    '--publish',
    'never',
    `-c.electronDist=${standIn}`,
    `-c.electronVersion=${electronVersion}`,
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
);
rmSync(standIn, { recursive: true, force: true });
if (builder.status !== 0) {
  console.error('samsyn: electron-builder could not pack the app.');
  process.exit(1);
}

const appDir = join(out, 'linux-unpacked');
const layout = checkPackagedApp({ appDir, nativeModule: 'linux-x64.node', devDependencies: devDependencyNames(root) });
const problems = [
  ...layout.problems,
  ...(await checkFuses(join(appDir, 'samsyn'))),
  ...checkPackedCommandLine(appDir, join(root, 'bin', 'samsyn.js')),
];
console.log(`samsyn: app.asar holds ${layout.files} files, ${(layout.asarBytes / 1024 / 1024).toFixed(1)} MB.`);
if (problems.length) {
  for (const problem of problems) console.error(`samsyn: ${problem}`);
  process.exit(1);
}
console.log(
  'samsyn: the packed app is sound: app.asar, native module, case library, fonts, fuses, and its samsyn check runs.',
);
