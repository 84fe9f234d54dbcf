import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { closeWorkbook, openWorkbook, type Workbook, writerOf } from '../core/db/workbook';
import { AppError } from '../core/errors';
import { writeExampleWorkbook } from '../core/example';
import { countLibrary, loadLibrary } from '../core/library';
import { renderPaper } from '../core/papers';
import { currentInstallation, resourcePaths } from '../core/paths';
import { collectMeetings } from '../core/groups/collect';
import type { PaperRequest } from '../shared/paperTypes';
import * as repo from '../core/repos';
import { verificationSentence } from '../shared/messages';
import { type Language, LANGUAGES } from '../shared/types';
import { oneOf, parseArgs, UsageError } from './options';

// out/main/*.js → the project's resources; in a packaged app, the folder beside app.asar
export const { libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR } = resourcePaths(
  currentInstallation(join(__dirname, '..', '..')),
);

export type Print = (line: string) => void;

export function withWorkbook<T>(file: string, use: (wb: Workbook) => T, thorough = false): T {
  const wb = openWorkbook(file, { readOnly: true, thorough });
  try {
    return use(wb);
  } finally {
    closeWorkbook(wb);
  }
}

export function info(file: string, out: Print): number {
  const counts = withWorkbook(file, (wb) => repo.workbookCounts(wb.db));
  out(`Organisation:   ${counts.orgName}`);
  out(`Sector:         ${counts.sector}`);
  out(`Language:       ${counts.language}`);
  out(`Format version: ${counts.formatVersion}`);
  out(`Cases:          ${counts.cases}`);
  out(`Meetings:       ${counts.meetings}`);
  out(`Agenda items:   ${counts.items}`);
  out(`Actions:        ${counts.actions} (${counts.openActions} open)`);
  out(`Agreement:      ${counts.adoptedVersions} adopted version(s)`);
  return 0;
}

export function cases(out: Print, err: Print): number {
  const { cases: all, problems } = loadLibrary(LIBRARY_DIR);
  for (const p of problems) err(`${p.file}: ${p.field || 'file'}: ${p.message}`);
  const summary = all.map((c) => ({
    key: c.key,
    version: c.version,
    themes: c.themes,
    sectors: c.sectors,
    channel: c.channel,
    kind: c.kind,
    heated: c.heated === true,
    title: { sv: c.sv.title, en: c.en.title },
  }));
  out(JSON.stringify({ counts: countLibrary(all), cases: summary }, null, 2));
  return problems.length ? 1 : 0;
}

export function example(args: string[], out: Print): number {
  const { positional, flags } = parseArgs(args);
  const [file] = positional;
  if (!file || positional.length > 1) throw new UsageError('example needs one FILE');
  if (existsSync(file)) throw new AppError('FILE_EXISTS');
  writeExampleWorkbook(
    resolve(file),
    oneOf(flags.get('--language'), LANGUAGES, 'sv', '--language'),
    loadLibrary(LIBRARY_DIR),
  );
  out(`${file}: example workbook written`);
  return 0;
}

export function output(flags: Map<string, string>): string {
  const out = flags.get('-o') ?? flags.get('--output');
  if (!out) throw new UsageError('-o OUT.pdf is required');
  return out;
}

export async function minutes(args: string[], out: Print): Promise<number> {
  const { file, flags, paper } = paperArgs(args, 'minutes needs a FILE');
  const style = oneOf(flags.get('--style'), ['notes', 'formal'] as const, 'formal', '--style');
  const wanted = flags.get('--meeting') ?? 'latest';
  return paperTo(
    file,
    flags,
    (wb) => {
      const meetings = repo.listMeetings(wb.db);
      const meetingId = wanted === 'latest' ? meetings[0]?.id : Number(wanted);
      if (!meetingId || !meetings.some((m) => m.id === meetingId)) throw new AppError('NOT_FOUND');
      return { kind: 'minutes', meetingId, style, paper };
    },
    out,
  );
}

export async function policy(args: string[], out: Print): Promise<number> {
  const { file, flags, paper } = paperArgs(args, 'policy needs a FILE');
  const wanted = flags.get('--version') ?? 'latest';
  return paperTo(
    file,
    flags,
    (wb) => {
      const latest = repo.listAdoptedVersions(wb.db).at(-1)?.number ?? undefined;
      const version = wanted === 'latest' ? latest : wanted === 'draft' ? 'draft' : Number(wanted);
      if (version === undefined || (version !== 'draft' && !Number.isInteger(version))) throw new AppError('NOT_FOUND');
      return { kind: 'policy', version, paper };
    },
    out,
  );
}

export function verify(file: string, out: Print, language: Language): number {
  const results = withWorkbook(file, (wb) => repo.verifySignedMeetings(wb.db));
  if (results.length === 0) out(`${file}: no signed meetings`);
  for (const r of results) {
    const what = r.matches ? '' : `: ${verificationSentence(language, r.changed)}`;
    out(`${r.matches ? 'ok      ' : 'CHANGED '} ${r.date}  ${r.title} (meeting ${r.meetingId})${what}`);
  }
  return results.every((r) => r.matches) ? 0 : 1;
}

/** Opens a workbook for writing (taking its lock) for one command. */
function withWritable<T>(file: string, use: (wb: Workbook) => T): T {
  const wb = openWorkbook(resolve(file));
  try {
    return use(wb);
  } finally {
    closeWorkbook(wb);
  }
}

export function collect(args: string[], out: Print): number {
  const [central, ...sources] = args;
  if (!central || sources.length === 0)
    throw new UsageError('collect needs CENTRAL.samsyn and at least one SOURCE.samsyn');
  const result = withWritable(central, (wb) =>
    collectMeetings(writerOf(wb), wb.path, sources, repo.getWorkbookRow(wb.db).language),
  );
  for (const s of result.sources) out(`${s.path}: ${s.orgName}, ${s.meetings} meeting(s)`);
  out(
    `collected ${result.added} meeting(s); ${result.alreadyCollected} already collected; ${result.skippedOpen} not closed yet`,
  );
  return 0;
}

export async function paperTo(
  file: string,
  flags: Map<string, string>,
  request: (wb: Workbook) => PaperRequest,
  out: Print,
): Promise<number> {
  const target = output(flags);
  const library = () => loadLibrary(LIBRARY_DIR);
  const { bytes } = await withWorkbook(file, (wb) => renderPaper(wb.db, request(wb), FONTS_DIR, library));
  writeFileSync(target, bytes);
  out(`${target}: written`);
  return 0;
}

export async function compare(args: string[], out: Print): Promise<number> {
  const { file, flags, paper } = paperArgs(args, 'compare needs CENTRAL.samsyn');
  return paperTo(file, flags, () => ({ kind: 'summary', paper }), out);
}

export async function plans(args: string[], out: Print): Promise<number> {
  const { file, flags, paper } = paperArgs(args, 'plans needs FILE');
  return paperTo(file, flags, () => ({ kind: 'register', paper }), out);
}

/** The one workbook a PDF command reads, its flags and the paper size. */
function paperArgs(args: string[], usage: string) {
  const { positional, flags } = parseArgs(args);
  if (positional.length !== 1) throw new UsageError(usage);
  const paper = oneOf(flags.get('--paper'), ['a4', 'letter'] as const, 'a4', '--paper');
  return { file: positional[0]!, flags, paper };
}
