#!/usr/bin/env node
'use strict';
// Runs the built CLI. When better-sqlite3 was rebuilt for Electron (a machine
// with the Electron binary), plain Node cannot load it, so the CLI re-runs
// itself inside Electron as Node.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const cli = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  console.error('samsyn: the command-line tool is not built yet. Run `npm run build` first.');
  process.exit(2);
}

function electronBinary() {
  const dir = join(__dirname, '..', 'node_modules', 'electron');
  try {
    const binary = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

// better-sqlite3 loads its native module on first use, so try that before running.
try {
  new (require('better-sqlite3'))(':memory:').close();
} catch (err) {
  const binary = electronBinary();
  if (!/NODE_MODULE_VERSION/.test(String(err && err.message)) || !binary || process.env.ELECTRON_RUN_AS_NODE) throw err;
  const result = spawnSync(binary, [__filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  process.exit(result.status ?? 2);
}
Promise.resolve(require(cli).run(process.argv.slice(2), (l) => console.log(l), (l) => console.error(l))).then((code) => {
  process.exitCode = code;
});
