import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { transaction } from '../electron/core/db/handles';
import { closeWorkbook, createWorkbook } from '../electron/core/db/workbook';
import { loadLibrary } from '../electron/core/library';
import type { LibraryCase } from '../electron/shared/caseSchema';
import * as repo from '../electron/core/repos';

const STANCES = ['acceptable', 'not_acceptable', 'depends', 'no_consensus'] as const;
const NOTE =
  'Gruppen pratade länge om var gränsen går mellan att kritisera hur arbetsplatsen leds och att hänga ut en person. ' +
  'Flera kände igen situationen och berättade om egna erfarenheter – både från den här arbetsplatsen och tidigare jobb. ';
// Bump when the generated content changes, so an old cached file is not measured.
const VERSION = 2;

/** Where the workbook of `meetings` weekly meetings lies; made once and kept between runs. */
export function largeWorkbookPath(dir: string, meetings: number): string {
  return join(dir, `meetings-${meetings}-v${VERSION}.samsyn`);
}

/**
 * A busy client's workbook: `meetings` weekly meetings of 12 agenda items each, with
 * several kilobytes of notes per item, 8 participants and 3 actions per meeting, done
 * by the next meetings except the latest three meetings' actions.
 * 1,000 meetings is ten years: 12,000 items and 3,000 actions.
 */
export function ensureLargeWorkbook(dir: string, meetings: number, libraryDir: string): string {
  const path = largeWorkbookPath(dir, meetings);
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const partial = `${path}.partial`;
  rmSync(partial, { force: true });
  rmSync(`${partial}.lock`, { force: true });
  const library = loadLibrary(libraryDir).cases;
  const wb = createWorkbook(partial, { orgName: 'Storstadens kommun', sector: 'public', language: 'sv' });
  const { db } = wb;
  const caseIds = transaction(db, () => library.map((c) => repo.insertCase(db, c, 'library')));
  // One transaction per hundred meetings keeps the journal small for the largest files.
  for (let from = 0; from < meetings; from += 100) {
    transaction(db, () => {
      for (let m = from; m < Math.min(meetings, from + 100); m++) addMeeting(db, m, caseIds, m < meetings - 3);
    });
  }
  closeWorkbook(wb);
  renameSync(partial, path);
  return path;
}

function addMeeting(db: Parameters<typeof repo.createMeeting>[0], m: number, caseIds: number[], done: boolean): void {
  const date = new Date(Date.UTC(2016, 0, 4) + m * 7 * 86_400_000).toISOString().slice(0, 10);
  const meetingId = repo.createMeeting(db, {
    title: `Arbetsplatsträff ${m + 1}`,
    date,
    startTime: '13:00',
    facilitator: 'Åsa',
    noteTaker: 'Örjan',
  });
  for (let p = 0; p < 8; p++)
    repo.setAttendance(
      db,
      repo.addParticipant(db, meetingId, { name: `Deltagare ${p + 1}`, role: 'medarbetare' }),
      p < 7,
    );
  for (let i = 0; i < 12; i++) {
    const itemId = repo.addItem(db, meetingId, {
      caseId: caseIds[(m + i) % caseIds.length]!,
      timeboxMinutes: 10,
      proposedPoint: 'Vi pratar med personen först.',
    });
    repo.updateItem(db, itemId, {
      stance: STANCES[(m + i) % 4],
      consensusNotes: NOTE.repeat(8),
      dissent: i % 3 === 0 ? NOTE : '',
      timeSpentSeconds: 600,
    });
    repo.setPoll(db, itemId, { agree: 4, disagree: 2, unsure: 1 });
  }
  for (const what of ['Följa upp', 'Skicka protokollet', 'Boka nästa träff']) {
    const actionId = repo.addAction(db, meetingId, { what, who: 'Åsa', dueDate: date });
    if (done) repo.setActionDone(db, actionId, true);
  }
  repo.setMeetingStatus(db, meetingId, 'closed');
}

/** `count` cases: the library's, then copies of them under new keys until there are enough. */
export function benchCases(libraryDir: string, count: number): LibraryCase[] {
  const library = loadLibrary(libraryDir).cases;
  return Array.from({ length: count }, (_, i) => {
    const base = library[i % library.length]!;
    return i < library.length ? base : { ...base, key: `${base.key}-${Math.floor(i / library.length) + 1}` };
  });
}

/**
 * `units` workbooks of one closed meeting each, every meeting discussing the same
 * `cases` cases: what a central office collects from its units.
 */
export function ensureUnitWorkbooks(dir: string, units: number, cases: number, libraryDir: string): string[] {
  const unitsDir = join(dir, `units-${units}x${cases}-v${VERSION}`);
  const paths = Array.from({ length: units }, (_, u) => join(unitsDir, `enhet-${u + 1}.samsyn`));
  if (paths.every((p) => existsSync(p))) return paths;
  rmSync(unitsDir, { recursive: true, force: true });
  mkdirSync(unitsDir, { recursive: true });
  const content = benchCases(libraryDir, cases);
  paths.forEach((path, u) => {
    const wb = createWorkbook(path, { orgName: `Enhet ${u + 1}`, sector: 'public', language: 'sv' });
    const { db } = wb;
    transaction(db, () => {
      const meetingId = repo.createMeeting(db, { title: 'Arbetsplatsträff', date: '2026-10-01' });
      content.forEach((c, i) => {
        const itemId = repo.addItem(db, meetingId, { caseId: repo.insertCase(db, c, 'library') });
        repo.updateItem(db, itemId, { stance: STANCES[(u + i) % 4], consensusNotes: NOTE, dissent: '' });
        repo.setPoll(db, itemId, { agree: 4 + (u % 3), disagree: 2, unsure: 1 });
      });
      repo.setMeetingStatus(db, meetingId, 'closed');
    });
    closeWorkbook(wb);
  });
  return paths;
}
