import { writeFileSync } from 'node:fs';
import type { Workbook } from '../core/db/workbook';
import { AppError } from '../core/errors';
import { loadLibrary } from '../core/library';
import { renderPaper } from '../core/papers';
import type { ResourcePaths } from '../core/paths';
import { listAdoptedVersions } from '../core/repos/agreements';
import { listMeetings } from '../core/repos/meetings';
import type { PaperRequest } from '../shared/paperTypes';
import { oneOf, parseArgs, UsageError } from './options';
import { withWorkbook, type Print } from './workbookCommands';

// The commands that write a PDF: only they load pdfkit and the fonts.

export async function minutes(resources: ResourcePaths, args: string[], out: Print): Promise<number> {
  const { file, flags, paper } = paperArgs(args, 'minutes needs a FILE');
  const style = oneOf(flags.get('--style'), ['notes', 'formal'] as const, 'formal', '--style');
  const wanted = flags.get('--meeting') ?? 'latest';
  return paperTo(
    resources,
    file,
    flags,
    (wb) => {
      const meetings = listMeetings(wb.db);
      const meetingId = wanted === 'latest' ? meetings[0]?.id : Number(wanted);
      if (!meetingId || !meetings.some((m) => m.id === meetingId)) throw new AppError('NOT_FOUND');
      return { kind: 'minutes', meetingId, style, paper };
    },
    out,
  );
}

export async function policy(resources: ResourcePaths, args: string[], out: Print): Promise<number> {
  const { file, flags, paper } = paperArgs(args, 'policy needs a FILE');
  const wanted = flags.get('--version') ?? 'latest';
  return paperTo(
    resources,
    file,
    flags,
    (wb) => {
      const latest = listAdoptedVersions(wb.db).at(-1)?.number ?? undefined;
      const version = wanted === 'latest' ? latest : wanted === 'draft' ? 'draft' : Number(wanted);
      if (version === undefined || (version !== 'draft' && !Number.isInteger(version))) throw new AppError('NOT_FOUND');
      return { kind: 'policy', version, paper };
    },
    out,
  );
}

export async function compare(resources: ResourcePaths, args: string[], out: Print): Promise<number> {
  const { file, flags, paper } = paperArgs(args, 'compare needs CENTRAL.samsyn');
  return paperTo(resources, file, flags, () => ({ kind: 'summary', paper }), out);
}

export async function plans(resources: ResourcePaths, args: string[], out: Print): Promise<number> {
  const { file, flags, paper } = paperArgs(args, 'plans needs FILE');
  return paperTo(resources, file, flags, () => ({ kind: 'register', paper }), out);
}

export async function paperTo(
  resources: ResourcePaths,
  file: string,
  flags: Map<string, string>,
  request: (wb: Workbook) => PaperRequest,
  out: Print,
): Promise<number> {
  const target = output(flags);
  const library = () => loadLibrary(resources.libraryDir);
  const { bytes } = await withWorkbook(file, (wb) => renderPaper(wb.db, request(wb), resources.fontsDir, library));
  writeFileSync(target, bytes);
  out(`${target}: written`);
  return 0;
}

export function output(flags: Map<string, string>): string {
  const out = flags.get('-o') ?? flags.get('--output');
  if (!out) throw new UsageError('-o OUT.pdf is required');
  return out;
}

/** The one workbook a PDF command reads, its flags and the paper size. */
function paperArgs(args: string[], usage: string) {
  const { positional, flags } = parseArgs(args);
  if (positional.length !== 1) throw new UsageError(usage);
  const paper = oneOf(flags.get('--paper'), ['a4', 'letter'] as const, 'a4', '--paper');
  return { file: positional[0]!, flags, paper };
}
