import type { Workbook } from '../core/db/workbook';
import { AppError } from '../core/errors';
import { loadLibrary } from '../core/library';
import { renderPaper, savePaper } from '../core/papers';
import type { ResourcePaths } from '../core/paths';
import { listAdoptedVersions } from '../core/repos/agreements';
import { listMeetings } from '../core/repos/meetings';
import type { PaperRequest } from '../shared/paperTypes';
import { about, oneOf, parseArgs, UsageError } from './options';
import { withWorkbook, type Print } from './workbookCommands';

// The commands that write a PDF: only they load pdfkit and the fonts.

type PaperCommand = (resources: ResourcePaths, args: string[], out: Print) => Promise<number>;

/**
 * A command that prints a paper of one workbook to the -o file. `request` reads the
 * command's own flags first, so a wrong one is told before any file is touched, and
 * answers what to print once the workbook is open.
 */
function paperCommand(
  usage: string,
  request: (flags: Map<string, string>, paper: Paper) => (wb: Workbook) => PaperRequest,
): PaperCommand {
  return async (resources, args, out) => {
    const { positional, flags } = parseArgs(args);
    if (positional.length !== 1) throw new UsageError(usage);
    return paperTo(resources, positional[0]!, flags, request(flags, paperFlag(flags)), out);
  };
}

export const minutes = paperCommand('minutes needs a FILE', (flags, paper) => {
  const style = oneOf(flags.get('--style'), ['notes', 'formal'] as const, 'formal', '--style');
  const wanted = flags.get('--meeting') ?? 'latest';
  return (wb) => {
    const meetings = listMeetings(wb.db);
    const meetingId = wanted === 'latest' ? meetings[0]?.id : Number(wanted);
    if (!meetingId || !meetings.some((m) => m.id === meetingId)) throw new AppError('NOT_FOUND');
    return { kind: 'minutes', meetingId, style, paper };
  };
});

export const policy = paperCommand('policy needs a FILE', (flags, paper) => {
  const wanted = flags.get('--version') ?? 'latest';
  return (wb) => {
    const latest = listAdoptedVersions(wb.db).at(-1)?.number ?? undefined;
    const version = wanted === 'latest' ? latest : wanted === 'draft' ? 'draft' : Number(wanted);
    if (version === undefined || (version !== 'draft' && !Number.isInteger(version))) throw new AppError('NOT_FOUND');
    return { kind: 'policy', version, paper };
  };
});

export const compare = paperCommand('compare needs CENTRAL.samsyn', (_, paper) => () => ({
  kind: 'summary',
  paper,
}));

export const plans = paperCommand('plans needs FILE', (_, paper) => () => ({ kind: 'register', paper }));

/** Prints one workbook's paper to the -o file. */
export async function paperTo(
  resources: ResourcePaths,
  file: string,
  flags: Map<string, string>,
  request: (wb: Workbook) => PaperRequest,
  out: Print,
): Promise<number> {
  const library = () => loadLibrary(resources.libraryDir);
  return writePdf(flags, out, () =>
    withWorkbook(file, (wb) => renderPaper(wb.db, request(wb), resources.fontsDir, library)),
  );
}

/** Renders a PDF and writes it to the -o file; the file is asked for before anything is rendered. */
export async function writePdf(
  flags: Map<string, string>,
  out: Print,
  render: () => Promise<{ bytes: Uint8Array }>,
): Promise<number> {
  const target = flags.get('-o') ?? flags.get('--output');
  if (!target) throw new UsageError('-o OUT.pdf is required');
  const { bytes } = await render();
  about(target, () => savePaper(target, bytes));
  out(`${target}: written`);
  return 0;
}

type Paper = 'a4' | 'letter';

export const paperFlag = (flags: Map<string, string>): Paper =>
  oneOf(flags.get('--paper'), ['a4', 'letter'] as const, 'a4', '--paper');
