import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { against, ratioAtMost, row, type Row } from './report';
import { alternate, stats } from './stats';

/** `samsyn info` and `samsyn check` of the example workbook, each a new process, against `node -e 0`. */
export async function cliStart(root: string, work: string): Promise<Row> {
  const bin = join(root, 'bin', 'samsyn.js');
  const cpuAtExit = join(root, 'bench', 'cpuAtExit.cjs');
  const file = join(work, 'cli-example.samsyn');
  rmSync(file, { force: true });
  execFileSync(process.execPath, [bin, 'example', file]);
  const cpu = { node: [] as number[], info: [] as number[], check: [] as number[] };
  const node =
    (name: keyof typeof cpu, ...args: string[]) =>
    () => {
      const { stderr, status } = spawnSync(process.execPath, ['-r', cpuAtExit, ...args], { encoding: 'utf8' });
      if (status !== 0) throw new Error(`${args.join(' ')} failed: ${stderr}`);
      cpu[name].push(Number(/cpu-ms (\S+)/.exec(stderr)![1]));
    };
  const result = await alternate(
    { blocks: 6, runs: 5, warmup: 2 },
    { node: node('node', '-e', '0'), info: node('info', bin, 'info', file), check: node('check', bin, 'check', file) },
  );
  const slower = result.ratio.info >= result.ratio.check ? 'info' : 'check';
  const cpuRatio = (name: 'info' | 'check') => (stats(cpu[name]).median / stats(cpu.node).median).toFixed(2);
  return row({
    id: 'cli-start',
    case: `Command line: samsyn ${slower} of a small workbook, start to exit (the slower of info and check)`,
    unit: 'ms',
    ...against(result, slower, 'node -e 0'),
    target: ratioAtMost('1.5'),
    meaning: 'A script that checks many workbooks waits for Node itself, not for Samsyn.',
    note:
      `on the clock info ${result.ratio.info.toFixed(2)}×, check ${result.ratio.check.toFixed(2)}×; ` +
      `in CPU time (less disturbed by a busy machine) info ${cpuRatio('info')}×, check ${cpuRatio('check')}×`,
  });
}
