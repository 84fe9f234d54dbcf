import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createDispatcher } from '../electron/core/dispatcher';
import { type CheckedFiles, checkedFilesIn, fileState, wasChecked } from '../electron/core/db/checkedFiles';
import { closeWorkbook, createWorkbook, openWorkbook, writerOf } from '../electron/core/db/workbook';
import { collectMeetings } from '../electron/core/groups/collect';
import { renderPaper } from '../electron/core/papers';
import * as repo from '../electron/core/repos';
import { createService, type Handlers } from '../electron/core/service';
import { ensureLargeWorkbook, ensureUnitWorkbooks } from './largeWorkbook';
import { against, both, medianUnder, ratioAtMost, REPORT, row, type Row } from './report';
import { alternate } from './stats';

export interface Places {
  work: string;
  library: string;
  fonts: string;
}

export const SIZES = [250, 1000, 4000] as const;
/** A ten-year workbook: 1,000 meetings. */
export const TEN_YEARS = 1000;

// What repo.listMeetings asks SQLite, so the baseline does the same reading without Samsyn around it.
const LIST_QUERY = `SELECT m.id, m.title, m.date, m.start_time AS startTime, m.status, m.signed_at IS NOT NULL AS signed,
    (SELECT COUNT(*) FROM agenda_items i WHERE i.meeting_id = m.id) AS itemCount,
    (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = m.id) AS participantCount
  FROM meetings m ORDER BY m.date DESC, m.start_time DESC, m.id DESC LIMIT -1`;

/** A fresh copy of `source` to write to, with no lock or journal left from an earlier run. */
export function copyOf(source: string, work: string, name: string): string {
  const path = join(work, name);
  for (const suffix of ['', '.lock', '-journal']) rmSync(path + suffix, { force: true });
  copyFileSync(source, path);
  return path;
}

export async function autosave(at: Places): Promise<Row> {
  const large = ensureLargeWorkbook(at.work, TEN_YEARS, at.library);
  const service = createService({
    userDataDir: join(at.work, 'user-data'),
    libraryDir: at.library,
    fontsDir: at.fonts,
  });
  await service.handlers['workbook.open']({ path: copyOf(large, at.work, 'autosave.samsyn'), takeOverLock: true });
  const dispatch = createDispatcher(service.handlers as unknown as Handlers);
  const db = new Database(copyOf(large, at.work, 'autosave-bare.samsyn'));
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = FULL');
  const update = db.prepare('UPDATE agenda_items SET consensus_notes = ? WHERE id = ?');
  let n = 0;
  const result = await alternate(
    { blocks: 6, runs: 40, warmup: 10 },
    {
      bare: () => update.run(`Anteckning ${n++} – åäö`, 1500),
      samsyn: () => dispatch('items.autosave', { id: 1500, changes: { consensusNotes: `Anteckning ${n++} – åäö` } }),
    },
  );
  service.shutdown();
  db.close();
  return row({
    id: 'autosave',
    case: 'Autosave of one note, through the contract check and the core',
    unit: 'ms',
    ...against(result, 'samsyn', 'bare prepared UPDATE, same journaling'),
    target: both(ratioAtMost('2'), { says: 'p99 < 5 ms', holds: (m) => m.samsyn.p99 < 5 }),
    meaning: 'A saved note costs about what the disk write itself costs; typing never waits for it.',
  });
}

/** Opens as the app does, with this computer's memory of checked files, and lists the meetings. */
const openAndList = (path: string, checkedFiles: CheckedFiles) => () => {
  const wb = openWorkbook(path, { checkedFiles });
  repo.listMeetings(wb.db);
  closeWorkbook(wb);
};
const bareOpen = (path: string) => () => {
  const db = new Database(path);
  db.prepare(LIST_QUERY).all();
  db.close();
};

/**
 * A copy of the `meetings` workbook that this computer has checked, as after the
 * first time the user opened it: the memory keeps only files whose last change is
 * older than a moment, so the copy is left to settle first.
 */
async function checkedCopy(at: Places, meetings: number, name: string): Promise<[string, CheckedFiles]> {
  const path = copyOf(ensureLargeWorkbook(at.work, meetings, at.library), at.work, name);
  const checkedFiles = checkedFilesIn(join(at.work, `user-data-${name}`));
  rmSync(checkedFiles.path, { force: true });
  while (fileState(path)?.recent !== false) await new Promise((settle) => setTimeout(settle, 20));
  openAndList(path, checkedFiles)();
  if (!wasChecked(checkedFiles, fileState(path)!)) throw new Error(`${name} was not remembered as checked`);
  return [path, checkedFiles];
}

export async function openLarge(at: Places): Promise<Row> {
  const [path, checkedFiles] = await checkedCopy(at, TEN_YEARS, 'open.samsyn');
  const result = await alternate(
    { blocks: 6, runs: 25, warmup: 5 },
    { bare: bareOpen(path), samsyn: openAndList(path, checkedFiles) },
  );
  return row({
    id: 'open-large',
    case: 'Reopen a ten-year workbook (1,000 meetings, 12,000 items) this computer checked before, with every check on that path (lock, header, schema, the memory), and list its meetings',
    unit: 'ms',
    ...against(result, 'samsyn', 'bare open + the same list query, no checks'),
    target: ratioAtMost('3'),
    meaning:
      'Opening a workbook you have used before takes little more than opening the bare file, even after ten years of meetings.',
  });
}

/** The first open of a file from elsewhere: every check that reads the whole file, each time with an empty memory. */
export async function openLargeNew(at: Places): Promise<Row> {
  const path = copyOf(ensureLargeWorkbook(at.work, TEN_YEARS, at.library), at.work, 'open-new.samsyn');
  let round = 0;
  const firstOpen = () => openAndList(path, checkedFilesIn(join(at.work, 'user-data-new', String(round++))))();
  const result = await alternate({ blocks: 5, runs: 4, warmup: 2 }, { bare: bareOpen(path), samsyn: firstOpen });
  rmSync(join(at.work, 'user-data-new'), { recursive: true, force: true });
  return row({
    id: 'open-large-new',
    case: 'First open of a ten-year workbook from elsewhere: quick_check, broken links and cell sizes read the whole file; list its meetings',
    unit: 'ms',
    ...against(result, 'samsyn', 'bare open + the same list query, no checks'),
    target: REPORT,
    meaning:
      'The first time this computer opens a file from someone else, it reads all of it once for damage and tampering.',
  });
}

/** Reopening a checked workbook at each size, against the same at 250 meetings. */
export async function openGrowth(at: Places): Promise<Row[]> {
  const opened = await Promise.all(SIZES.map((n) => checkedCopy(at, n, `open-${n}.samsyn`)));
  const result = await alternate(
    { blocks: 3, runs: 5, warmup: 1 },
    Object.fromEntries(SIZES.map((n, i) => [`m${n}`, openAndList(...opened[i]!)])) as Record<string, () => void>,
  );
  return SIZES.map((n) =>
    row({
      id: `open-${n}`,
      case: `Reopen a workbook this computer checked before and list all its meetings, ${n.toLocaleString('en')} meetings`,
      unit: 'ms',
      ...against(result, `m${n}`, 'the same at 250 meetings'),
      target: REPORT,
      meaning: 'How reopening grows with the years of meetings in the file: only the list of meetings grows.',
    }),
  );
}

/** 50 units' workbooks collected into a central one, and the 50 × 30 comparison printed from it. */
export async function collectFifty(at: Places): Promise<Row[]> {
  const sources = ensureUnitWorkbooks(at.work, 50, 30, at.library);
  const empty = join(at.work, 'central-empty.samsyn');
  rmSync(empty, { force: true });
  rmSync(`${empty}.lock`, { force: true });
  closeWorkbook(createWorkbook(empty, { orgName: 'Förvaltningen', sector: 'public', language: 'sv' }));
  const centralDir = join(at.work, 'central');
  mkdirSync(centralDir, { recursive: true });
  let round = 0;
  const collect = () => {
    const wb = openWorkbook(copyOf(empty, centralDir, `central-${round++ % 2}.samsyn`));
    const result = collectMeetings(writerOf(wb), wb.path, sources, 'sv');
    closeWorkbook(wb);
    if (result.added !== 50) throw new Error(`collected ${result.added} meetings, not 50`);
  };
  const bareRead = () => {
    for (const source of sources) {
      const db = new Database(source, { readonly: true });
      db.prepare(
        `SELECT m.id, m.title, m.date, c.key, c.content, i.stance, i.poll_agree, i.poll_disagree, i.poll_unsure,
           i.consensus_notes, i.dissent, i.proposed_point
         FROM meetings m JOIN agenda_items i ON i.meeting_id = m.id JOIN cases c ON c.id = i.case_id
         WHERE m.status = 'closed'`,
      ).all();
      db.close();
    }
  };
  const collecting = await alternate({ blocks: 4, runs: 2, warmup: 1 }, { bare: bareRead, samsyn: collect });

  const central = copyOf(empty, at.work, 'central.samsyn');
  const wb = openWorkbook(central);
  collectMeetings(writerOf(wb), wb.path, sources, 'sv');
  const reader = wb.db;
  const comparing = await alternate(
    { blocks: 4, runs: 2, warmup: 1 },
    {
      bare: () => reader.prepare('SELECT * FROM collected_items').all(),
      samsyn: () => renderPaper(reader, { kind: 'summary', paper: 'a4' }, at.fonts),
    },
  );
  closeWorkbook(wb);
  return [
    row({
      id: 'collect-50',
      case: 'Collect 50 units’ workbooks (one meeting, 30 cases each) into a central one',
      unit: 'ms',
      ...against(collecting, 'samsyn', 'bare queries of the same rows in the 50 files'),
      target: medianUnder(5, 's', 1000),
      meaning: 'A central office gathers fifty units’ meetings in a few seconds, checks included.',
    }),
    row({
      id: 'compare-50',
      case: 'Comparison PDF of 50 groups × 30 cases from the central workbook',
      unit: 'ms',
      ...against(comparing, 'samsyn', 'bare query of the collected rows'),
      target: medianUnder(5, 's', 1000),
      meaning: 'The summary of fifty groups is ready to print in a few seconds.',
    }),
  ];
}
