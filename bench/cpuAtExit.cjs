// Loaded with `node -r` by the command-line benchmark: prints the process's own CPU
// time at exit, which a busy machine disturbs far less than the time on the clock.
'use strict';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${(user + system) / 1000}\n`);
});
