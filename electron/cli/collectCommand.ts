import { resolve } from 'node:path';
import { closeWorkbook, openWorkbook, type Workbook, writerOf } from '../core/db/workbook';
import { collectMeetings } from '../core/groups/collect';
import { getWorkbookRow } from '../core/repos/workbookRow';
import { UsageError } from './options';
import type { Print } from './workbookCommands';

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
    collectMeetings(writerOf(wb), wb.path, sources, getWorkbookRow(wb.db).language),
  );
  for (const s of result.sources) out(`${s.path}: ${s.orgName}, ${s.meetings} meeting(s)`);
  out(
    `collected ${result.added} meeting(s); ${result.alreadyCollected} already collected; ${result.skippedOpen} not closed yet`,
  );
  return 0;
}
