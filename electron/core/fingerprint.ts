import { createHash } from 'node:crypto';
// The repositories one by one, not their index: signing imports this file.
import { listActions } from './repos/actions';
import { listItems } from './repos/agendaItems';
import { getCase } from './repos/cases';
import { getMeeting } from './repos/meetings';
import { listParticipants } from './repos/participants';
import type { ReadDb } from './db/handles';
import { isStandardProcedure } from '../shared/types';
import type { CaseText } from '../shared/caseSchema';
import type { WorkbookCase } from '../shared/caseTypes';

/** JSON with keys in a fixed order, so the same content always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The meeting as recorded, in the parts `verify` names. Whether an action was
 * later done is not part of it (finishing the work is not an edit of the record),
 * nor are addenda, which come after.
 */
function recordedParts(db: ReadDb, meetingId: number) {
  const m = getMeeting(db, meetingId);
  const items = listItems(db, meetingId);
  const positionOf = new Map(items.map((i, index) => [i.id, index + 1]));
  return {
    m,
    items,
    meeting: {
      title: m.title,
      date: m.date,
      startTime: m.startTime,
      durationMinutes: m.durationMinutes,
      place: m.place,
      purpose: m.purpose,
      facilitator: m.facilitator,
      noteTaker: m.noteTaker,
      adjusters: m.adjusters,
      // only when changed, so meetings signed before the procedure could be edited keep their fingerprint
      ...(isStandardProcedure(m.procedure) ? {} : { procedure: m.procedure }),
    },
    participants: listParticipants(db, meetingId).map((p) => ({ name: p.name, role: p.role, present: p.present })),
    itemRecords: items.map((i, index) => ({
      number: index + 1,
      timeboxMinutes: i.timeboxMinutes,
      stance: i.stance,
      consensusNotes: i.consensusNotes,
      dissent: i.dissent,
      poll: i.poll,
      proposedPoint: i.proposedPoint,
      timeSpentSeconds: i.timeSpentSeconds,
    })),
    actions: listActions(db, meetingId).map((a) => ({
      what: a.what,
      who: a.who,
      dueDate: a.dueDate,
      item: a.itemId === null ? null : (positionOf.get(a.itemId) ?? null),
    })),
  };
}

type CaseTexts = { sv: CaseText | null; en: CaseText | null };

/** The meeting as recorded, each item with its case's key and the case texts `textsOf` gives. */
function record(db: ReadDb, meetingId: number, textsOf: (c: WorkbookCase, index: number) => CaseTexts) {
  const parts = recordedParts(db, meetingId);
  return {
    signature: { signedBy: parts.m.signedBy, signedAt: parts.m.signedAt },
    meeting: parts.meeting,
    participants: parts.participants,
    items: parts.itemRecords.map((itemRecord, index) => {
      const c = getCase(db, parts.items[index]!.caseId);
      return { ...itemRecord, caseKey: c.key, ...textsOf(c, index) };
    }),
    actions: parts.actions,
  };
}

/**
 * What a signature covers (scheme 2), taken once at signing: the signature itself
 * (who, when), the meeting as recorded, and each case as it was discussed (its key,
 * title and text in both languages), so a later edit of a case changes nothing here.
 */
export function signedSnapshot(db: ReadDb, meetingId: number) {
  return record(db, meetingId, (c) => ({ sv: c.sv ?? null, en: c.en ?? null }));
}
export type SignedSnapshot = ReturnType<typeof signedSnapshot>;

/**
 * The meeting as it is now, in the snapshot's shape, with each case's text taken
 * from the snapshot: the cases are recorded there, not in the meeting.
 */
export function currentRecord(db: ReadDb, meetingId: number, snapshot: SignedSnapshot): SignedSnapshot {
  return record(db, meetingId, (_c, index) => {
    const signed = snapshot.items[index];
    return { sv: signed?.sv ?? null, en: signed?.en ?? null };
  });
}

/**
 * Scheme 1, for meetings signed before format 4: the fingerprint printed on their
 * pages is of the meeting recomputed from the workbook, case titles included.
 */
export function legacyFingerprint(db: ReadDb, meetingId: number): string {
  const parts = recordedParts(db, meetingId);
  return sha256(
    canonicalJson({
      meeting: { ...parts.meeting, signedBy: parts.m.signedBy, signedAt: parts.m.signedAt },
      participants: parts.participants,
      items: parts.itemRecords.map((record, index) => {
        const c = getCase(db, parts.items[index]!.caseId);
        const { number, ...rest } = record;
        return { number, caseKey: c.key, title: { sv: c.sv?.title ?? null, en: c.en?.title ?? null }, ...rest };
      }),
      actions: parts.actions,
    }),
  );
}
