#!/usr/bin/env node
'use strict';
// Runs the built command-line tool under Node (22.12 or later).
// Node keeps the compiled code of the tool in its own cache folder (in the temporary
// folder), so the next start skips compiling it: a few milliseconds of each `samsyn info`.
require('node:module').enableCompileCache?.();
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  console.error(`samsyn: Node ${process.version} is too old; the command-line tool needs Node 22.12 or later.`);
  process.exit(2);
}
const cli = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  console.error('samsyn: the command-line tool is not built yet. Run `npm run build` first.');
  process.exit(2);
}
const { run, printTo } = require(cli);
Promise.resolve(run(process.argv.slice(2), printTo(1), printTo(2))).then((code) => {
  process.exitCode = code;
});
