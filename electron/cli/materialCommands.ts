import { resolve } from 'node:path';
import { MATERIAL_EDITIONS, type MaterialSource } from '../shared/contract/material';
import { renderGuidePaper } from '../core/material';
import { readPackage } from '../core/groups/packages';
import * as repo from '../core/repos';
import { LANGUAGES } from '../shared/types';
import type { ResourcePaths } from '../core/paths';
import { paperFlag, paperTo, writePdf } from './paperCommands';
import type { Print } from './workbookCommands';
import { about, oneOf, parseArgs, UsageError } from './options';

function source(flags: Map<string, string>): MaterialSource {
  const chosen = ['--cases', '--meeting', '--package'].filter((f) => flags.has(f));
  if (chosen.length !== 1) throw new UsageError('material needs one of --cases KEY,KEY, --meeting N or --package FILE');
  if (flags.has('--package')) return { from: 'package', path: resolve(flags.get('--package')!) };
  if (flags.has('--meeting')) {
    const meetingId = Number(flags.get('--meeting'));
    if (!Number.isInteger(meetingId) || meetingId < 1) throw new UsageError('--meeting needs a meeting number');
    return { from: 'meeting', meetingId };
  }
  const keys = flags
    .get('--cases')!
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (keys.length === 0) throw new UsageError('--cases needs at least one case key');
  return { from: 'cases', keys };
}

export async function material(resources: ResourcePaths, args: string[], out: Print): Promise<number> {
  const { positional, flags } = parseArgs(args);
  if (positional.length !== 1) throw new UsageError('material needs one FILE');
  const from = source(flags);
  // read once first, so that a package that cannot be used is named as the file at fault
  if (from.from === 'package') about(flags.get('--package')!, () => readPackage(from.path));
  const edition = oneOf(flags.get('--edition'), MATERIAL_EDITIONS, 'group', '--edition');
  const paper = paperFlag(flags);
  return paperTo(
    resources,
    positional[0]!,
    flags,
    (wb) => ({
      kind: 'material',
      source: from,
      edition,
      booklet: flags.has('--booklet'),
      language: oneOf(flags.get('--language'), LANGUAGES, repo.getWorkbookRow(wb.db).language, '--language'),
      paper,
      title: flags.get('--title'),
    }),
    out,
  );
}

export async function guide(resources: ResourcePaths, args: string[], out: Print): Promise<number> {
  const { positional, flags } = parseArgs(args);
  if (positional.length !== 0) throw new UsageError('guide takes no FILE');
  return writePdf(flags, out, () => {
    const language = oneOf(flags.get('--language'), LANGUAGES, 'sv', '--language');
    return renderGuidePaper({ kind: 'guide', language, paper: paperFlag(flags) }, resources.fontsDir);
  });
}
