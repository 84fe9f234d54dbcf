import { join } from 'node:path';
import { AppError, damagedIfCorrupt } from '../core/errors';
import { currentInstallation, resourcePaths } from '../core/paths';
import { lazy } from '../shared/lazy';
import { commandLineSentence } from '../shared/messages';
import type { ErrorCode } from '../shared/errors';
import type { Language } from '../shared/types';
import { OtherFileError, UsageError } from './options';
import { printTo } from './print';
import type { Print } from './workbookCommands';

export { printTo };

// The samsyn command-line tool, on the same core as the app.
// Exit codes: 0 fine, 1 damaged (check) or changed after signing (verify), 2 not a
// workbook this version can read, or wrong usage.

// A file that is a Samsyn workbook but is damaged, or holds more than Samsyn made, fails the check (exit 1).
const FAILS_CHECK: ErrorCode[] = ['DAMAGED', 'UNEXPECTED_SCHEMA', 'RECOVERY_FAILED'];

const language: Language = /^sv/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'sv' : 'en';

const USAGE = `Usage:
  samsyn info FILE        organisation, format version and counts
  samsyn check FILE       exit 0 when sound, 1 when damaged or altered, 2 when not a Samsyn workbook
  samsyn cases --json     the built-in case library as JSON: counts (posts, heated, themes…) and one line per case
  samsyn example FILE [--language sv|en]
                          write an example workbook
  samsyn minutes FILE [--meeting ID|latest] [--style notes|formal] [--paper a4|letter] -o OUT.pdf
  samsyn policy FILE [--version N|latest|draft] [--paper a4|letter] -o OUT.pdf
  samsyn verify FILE      check the fingerprint of every signed meeting (exit 1 if one changed)
  samsyn collect CENTRAL.samsyn SOURCE.samsyn…
                          copy the closed meetings of other workbooks into CENTRAL (sources are only read)
  samsyn compare CENTRAL.samsyn -o summary.pdf
  samsyn plans FILE -o register.pdf
  samsyn material FILE (--cases KEY,KEY | --meeting N | --package FILE) [--edition group|facilitator]
                  [--booklet] [--language sv|en] [--title TEXT] [--paper a4|letter] -o material.pdf
                          the conversation material to print; --booklet imposes A5 pages on A4 for folding
  samsyn guide [--language sv|en] [--paper a4|letter] -o guide.pdf
                          the facilitator's guide`;

type Command = (rest: string[], out: Print, err: Print) => number | Promise<number>;

// out/main/cli.js → the project's resources; in a packaged app, the folder beside app.asar
const resources = lazy(() => resourcePaths(currentInstallation(join(__dirname, '..', '..'))));

function single(command: string, rest: string[]): string {
  if (rest.length !== 1) throw new UsageError(`${command} needs one FILE`);
  return rest[0]!;
}

// Each command loads its own module when it runs, so a quick command never waits
// for pdfkit, fontkit or zod to load.
const reading = () => import('./workbookCommands');
const library = () => import('./libraryCommands');
const papers = () => import('./paperCommands');

const COMMANDS: Record<string, Command> = {
  info: async (rest, out) => (await reading()).info(single('info', rest), out),
  check: async (rest, out) => (await reading()).check(single('check', rest), out),
  verify: async (rest, out) => (await import('./verifyCommand')).verify(single('verify', rest), out, language),
  cases: async (rest, out, err) => {
    if (rest.length !== 1 || rest[0] !== '--json') throw new UsageError('cases takes --json');
    return (await library()).cases(resources().libraryDir, out, err);
  },
  example: async (rest, out) => (await library()).example(resources().libraryDir, rest, out),
  collect: async (rest, out) => (await import('./collectCommand')).collect(rest, out),
  minutes: async (rest, out) => (await papers()).minutes(resources(), rest, out),
  policy: async (rest, out) => (await papers()).policy(resources(), rest, out),
  compare: async (rest, out) => (await papers()).compare(resources(), rest, out),
  plans: async (rest, out) => (await papers()).plans(resources(), rest, out),
  material: async (rest, out) => (await import('./materialCommands')).material(resources(), rest, out),
  guide: async (rest, out) => (await import('./materialCommands')).guide(resources(), rest, out),
};

async function dispatch(command: string | undefined, rest: string[], out: Print, err: Print): Promise<number> {
  const run = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!run) throw new UsageError(command ? `unknown command ${command}` : 'no command');
  return run(rest, out, err);
}

export async function run(argv: string[], out: Print, err: Print): Promise<number> {
  const [command, ...rest] = argv;
  try {
    return await dispatch(command, rest, out, err);
  } catch (thrown) {
    const other = thrown instanceof OtherFileError ? thrown : null;
    const e = damagedIfCorrupt(other ? other.error : thrown);
    if (e instanceof UsageError) {
      err(`samsyn: ${e.message}\n${USAGE}`);
      return 2;
    }
    const file = other?.file ?? rest.find((a) => !a.startsWith('-')) ?? '';
    if (e instanceof AppError) {
      err(`${file}: ${commandLineSentence(language, e.code, e.details)}`);
      return FAILS_CHECK.includes(e.code) ? 1 : 2;
    }
    err(`${file}: ${(e as Error).message}`);
    return 2;
  }
}

if (require.main === module) {
  void run(process.argv.slice(2), printTo(1), printTo(2)).then((code) => (process.exitCode = code));
}
