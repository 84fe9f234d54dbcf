import { z } from 'zod';
import { type CaseContent, caseTextIn } from '../../shared/caseSchema';
import type { PackageSummary } from '../../shared/groupTypes';
import { AppError } from '../errors';
import { checkCases } from '../casePacks';
import { readFormatFile, writeFormatFile, type FileFormat } from '../jsonFiles';
import * as repo from '../repos';
import { transaction, type ReadDb, type WriteDb } from '../db/handles';

const PACKAGE_FORMAT = {
  name: 'samsyn-package',
  version: 1,
  maxBytes: 10 * 1024 * 1024,
  refuse: { notOurs: 'NOT_A_PACKAGE', invalid: 'PACKAGE_INVALID', newer: 'PACKAGE_NEWER' },
  fields: {
    source: z.string().max(200),
    title: z.string().min(1).max(200),
    instruction: z.string().max(5000),
    agenda: z
      .array(z.object({ key: z.string().max(80), timeboxMinutes: z.number().int().min(1).max(240) }))
      .min(1)
      .max(100),
    cases: z.array(z.unknown()).min(1).max(100),
  },
} satisfies FileFormat;

export interface ConversationPackage {
  source: string;
  title: string;
  instruction: string;
  agenda: { key: string; timeboxMinutes: number }[];
  cases: CaseContent[];
}

/** A conversation to run in every unit: the meeting's cases as they stand here, the agenda and time boxes, and a note to the local facilitator. */
export function buildPackage(db: ReadDb, meetingId: number, instruction: string): ConversationPackage {
  const meeting = repo.getMeeting(db, meetingId);
  const items = repo.listItems(db, meetingId);
  if (items.length === 0) throw new AppError('NOT_FOUND');
  const cases = new Map<number, CaseContent>();
  for (const item of items) {
    const { id: _id, origin: _origin, edited: _edited, ...content } = repo.getCase(db, item.caseId);
    cases.set(item.caseId, content);
  }
  return {
    source: repo.getWorkbookRow(db).orgName,
    title: meeting.title,
    instruction,
    agenda: items.map((i) => ({ key: cases.get(i.caseId)!.key, timeboxMinutes: i.timeboxMinutes })),
    cases: [...cases.values()],
  };
}

export function writePackage(path: string, pack: ConversationPackage): void {
  writeFormatFile(path, PACKAGE_FORMAT, pack);
}

/** Reads and checks a whole package; anything wrong refuses all of it. */
export function readPackage(path: string): ConversationPackage {
  const pack = readFormatFile(path, PACKAGE_FORMAT);
  const cases = checkCases(pack.cases, 'PACKAGE_INVALID');
  const keys = new Set(cases.map((c) => c.key));
  const missing = pack.agenda.find((a) => !keys.has(a.key));
  if (missing) throw new AppError('PACKAGE_INVALID', { where: `agenda: ${missing.key}` });
  const { source, title, instruction, agenda } = pack;
  return { source, title, instruction, agenda, cases };
}

export function summarisePackage(path: string, pack: ConversationPackage, language: 'sv' | 'en'): PackageSummary {
  const byKey = new Map(pack.cases.map((c) => [c.key, c]));
  return {
    path,
    title: pack.title,
    source: pack.source,
    instruction: pack.instruction,
    cases: pack.agenda.map((a) => {
      const c = byKey.get(a.key)!;
      return { key: a.key, title: caseTextIn(c, language).title, timeboxMinutes: a.timeboxMinutes };
    }),
  };
}

/**
 * Puts a package into a workbook as a planned meeting: the cases keep their keys
 * (so the central workbook can match them later) and are reused when already here.
 */
export function importPackage(db: WriteDb, pack: ConversationPackage, date: string): number {
  return transaction(db, () => {
    const caseIds = new Map<string, number>();
    for (const c of pack.cases) {
      const existing = repo.findCaseByKey(db, c.key);
      caseIds.set(
        c.key,
        existing?.version === c.version
          ? existing.id
          : existing
            ? replaceKeepingKey(db, existing.id, c)
            : repo.insertCase(db, c, 'pack'),
      );
    }
    const meetingId = repo.createMeeting(db, { title: pack.title, date, purpose: pack.instruction.slice(0, 500) });
    for (const a of pack.agenda) {
      repo.addItem(db, meetingId, { caseId: caseIds.get(a.key)!, timeboxMinutes: a.timeboxMinutes });
    }
    return meetingId;
  });
}

/** The organisation's version of a case replaces an older local copy that no meeting has used yet. */
function replaceKeepingKey(db: WriteDb, id: number, content: CaseContent): number {
  if (repo.caseUseCount(db, id) === 0) {
    repo.updateCase(db, id, content, false);
    return id;
  }
  return id;
}
