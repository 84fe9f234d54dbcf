import { createRequire } from 'node:module';
import { join } from 'node:path';
import { app } from 'electron';

/** `Samsyn --cli info X.samsyn`: the arguments after --cli, or null for a normal start. */
export function cliArguments(argv: string[]): string[] | null {
  const at = argv.indexOf('--cli');
  return at === -1 ? null : argv.slice(at + 1);
}

type Run = (argv: string[], out: (line: string) => void, err: (line: string) => void) => Promise<number>;

/**
 * A packaged build cannot run itself as Node (its RunAsNode fuse is off), so the
 * command-line tool runs inside the app's main process instead: no window, no
 * single-instance lock, and the exit code of the command.
 */
export async function runCommandLine(mainDir: string, argv: string[]): Promise<void> {
  // The built CLI entry (out/main/cli.js) finds its resources from where it lies.
  const { run } = createRequire(join(mainDir, 'index.js'))(join(mainDir, 'cli.js')) as { run: Run };
  const code = await run(
    argv,
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
  app.exit(code);
}
