import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/samsyn.js', import.meta.url));

/** Runs the built command-line tool in English: its exit code and what it printed. */
export function samsyn(...args: string[]): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
