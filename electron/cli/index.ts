import { AppError } from '../core/errors';
import { closeWorkbook, openWorkbook } from '../core/db/workbook';
import { errorSentence } from '../shared/messages';
import type { Language } from '../shared/types';
import { workbookCounts } from '../core/repos/counts';
import { join } from 'node:path';
import { loadLibrary } from '../core/library';

// `samsyn info FILE` and `samsyn check FILE`, on the same core as the app.
// Exit codes: 0 sound, 1 damaged, 2 not a workbook this version can read or wrong usage.

const language: Language = /^sv/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'sv' : 'en';

const USAGE = `Usage:
  samsyn info FILE       organisation, format version and counts
  samsyn check FILE      exit 0 when sound, 1 when damaged, 2 when not a Samsyn workbook
  samsyn cases --json    the built-in case library as JSON`;

// out/main/cli.js → resources/cases at the package root
const LIBRARY_DIR = join(__dirname, '..', '..', 'resources', 'cases');

function listCases(out: (line: string) => void, err: (line: string) => void): number {
  const { cases, problems } = loadLibrary(LIBRARY_DIR);
  for (const p of problems) err(`${p.file}: ${p.field || 'file'}: ${p.message}`);
  const summary = cases.map((c) => ({
    key: c.key,
    version: c.version,
    themes: c.themes,
    sectors: c.sectors,
    channel: c.channel,
    kind: c.kind,
    title: { sv: c.sv.title, en: c.en.title },
  }));
  out(JSON.stringify(summary, null, 2));
  return problems.length ? 1 : 0;
}

function explain(err: unknown): { code: number; line: string } {
  if (err instanceof AppError) {
    return { code: err.code === 'DAMAGED' ? 1 : 2, line: errorSentence(language, err.code, err.details) };
  }
  return { code: 2, line: (err as Error).message };
}

function withWorkbook<T>(file: string, use: (wb: ReturnType<typeof openWorkbook>) => T): T {
  const wb = openWorkbook(file, { readOnly: true });
  try {
    return use(wb);
  } finally {
    closeWorkbook(wb);
  }
}

export function run(argv: string[], out: (line: string) => void, err: (line: string) => void): number {
  const [command, file, ...rest] = argv;
  if (command === 'cases' && file === '--json' && rest.length === 0) return listCases(out, err);
  if ((command !== 'info' && command !== 'check') || !file || rest.length > 0) {
    err(USAGE);
    return 2;
  }
  try {
    if (command === 'check') {
      withWorkbook(file, () => undefined);
      out(`${file}: ok`);
      return 0;
    }
    const info = withWorkbook(file, (wb) => workbookCounts(wb.db));
    out(`Organisation:   ${info.orgName}`);
    out(`Sector:         ${info.sector}`);
    out(`Language:       ${info.language}`);
    out(`Format version: ${info.formatVersion}`);
    out(`Cases:          ${info.cases}`);
    out(`Meetings:       ${info.meetings}`);
    out(`Agenda items:   ${info.items}`);
    out(`Actions:        ${info.actions} (${info.openActions} open)`);
    out(`Agreement:      ${info.adoptedVersions} adopted version(s)`);
    return 0;
  } catch (e) {
    const { code, line } = explain(e);
    err(`${file}: ${line}`);
    return code;
  }
}

if (require.main === module) {
  process.exitCode = run(
    process.argv.slice(2),
    (line) => console.log(line),
    (line) => console.error(line),
  );
}
