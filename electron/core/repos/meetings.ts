import {
  isStandardProcedure,
  STANDARD_PROCEDURE,
  type Meeting,
  type MeetingStatus,
  type MeetingSummary,
  type Procedure,
} from '../../shared/types';
import { readStored } from '../db/content';
import { AppError } from '../errors';
import { type ReadDb, type WriteDb, expectChanged, now, requireRow, stmt } from './util';

export interface MeetingInput {
  title: string;
  date: string;
  startTime?: string;
  durationMinutes?: number;
  place?: string;
  purpose?: string;
  facilitator?: string;
  noteTaker?: string;
  adjusters?: string[];
  procedure?: Procedure;
}

const COLUMNS = `id, title, date, start_time AS startTime, duration_minutes AS durationMinutes, place, purpose,
  facilitator, note_taker AS noteTaker, adjusters, procedure, status, current_item_id AS currentItemId,
  closed_at AS closedAt, signed_at AS signedAt, signed_by AS signedBy, fingerprint`;

// A workbook of format 4 or older, opened read-only, has no procedure column: its meetings had the standard one.
function columns(db: ReadDb): string {
  const has = stmt(db, "SELECT 1 FROM pragma_table_info('meetings') WHERE name = 'procedure'").get();
  return has ? COLUMNS : COLUMNS.replace('procedure,', "'' AS procedure,");
}

type MeetingRow = Omit<Meeting, 'adjusters' | 'procedure'> & { adjusters: string; procedure: string };

function toMeeting(row: MeetingRow): Meeting {
  return {
    ...row,
    status: readStored('meetings', 'status', row.status, row.id),
    adjusters: readStored('meetings', 'adjusters', row.adjusters, row.id),
    // '' is the standard procedure, so a meeting from before format 5 reads as it was held
    procedure: readStored('meetings', 'procedure', row.procedure, row.id) || STANDARD_PROCEDURE,
  };
}

export function createMeeting(db: WriteDb, input: MeetingInput): number {
  const at = now();
  return Number(
    stmt(
      db,
      `INSERT INTO meetings (title, date, start_time, duration_minutes, place, purpose, facilitator, note_taker, adjusters, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      input.title,
      input.date,
      input.startTime ?? '',
      input.durationMinutes ?? 60,
      input.place ?? '',
      input.purpose ?? '',
      input.facilitator ?? '',
      input.noteTaker ?? '',
      JSON.stringify(input.adjusters ?? []),
      at,
      at,
    ).lastInsertRowid,
  );
}

export function getMeeting(db: ReadDb, id: number): Meeting {
  return toMeeting(
    requireRow(stmt(db, `SELECT ${columns(db)} FROM meetings WHERE id = ?`).get(id) as MeetingRow | undefined),
  );
}

/** Signed meetings are the record: nothing in them may change. */
export function assertMeetingEditable(db: ReadDb, id: number): void {
  const signedAt = stmt(db, 'SELECT signed_at FROM meetings WHERE id = ?').pluck().get(id) as string | null | undefined;
  if (signedAt === undefined) throw new AppError('NOT_FOUND');
  if (signedAt !== null) throw new AppError('SIGNED');
}

export function updateMeeting(db: WriteDb, id: number, changes: Partial<MeetingInput>): void {
  assertMeetingEditable(db, id);
  const next = { ...getMeeting(db, id), ...changes };
  stmt(
    db,
    `UPDATE meetings SET title = ?, date = ?, start_time = ?, duration_minutes = ?, place = ?, purpose = ?,
       facilitator = ?, note_taker = ?, adjusters = ?, procedure = ?, updated_at = ? WHERE id = ?`,
  ).run(
    next.title,
    next.date,
    next.startTime,
    next.durationMinutes,
    next.place,
    next.purpose,
    next.facilitator,
    next.noteTaker,
    JSON.stringify(next.adjusters),
    isStandardProcedure(next.procedure) ? '' : JSON.stringify(next.procedure),
    now(),
    id,
  );
}

export function setMeetingStatus(db: WriteDb, id: number, status: MeetingStatus): void {
  assertMeetingEditable(db, id);
  expectChanged(
    stmt(db, 'UPDATE meetings SET status = ?, closed_at = ?, updated_at = ? WHERE id = ?').run(
      status,
      status === 'closed' ? now() : null,
      now(),
      id,
    ),
  );
}

export function setCurrentItem(db: WriteDb, id: number, itemId: number | null): void {
  assertMeetingEditable(db, id);
  expectChanged(
    stmt(db, 'UPDATE meetings SET current_item_id = ?, updated_at = ? WHERE id = ?').run(itemId, now(), id),
  );
}

export function deleteMeeting(db: WriteDb, id: number): void {
  assertMeetingEditable(db, id);
  expectChanged(stmt(db, 'DELETE FROM meetings WHERE id = ?').run(id));
}

export function countMeetings(db: ReadDb): number {
  return stmt(db, 'SELECT COUNT(*) FROM meetings').pluck().get() as number;
}

/** Newest first, with the counts the workbook home shows; only the first `limit` when given. */
export function listMeetings(db: ReadDb, limit?: number): MeetingSummary[] {
  const rows = stmt(
    db,
    `SELECT m.id, m.title, m.date, m.start_time AS startTime, m.status, m.signed_at IS NOT NULL AS signed,
         (SELECT COUNT(*) FROM agenda_items i WHERE i.meeting_id = m.id) AS itemCount,
         (SELECT COUNT(*) FROM participants p WHERE p.meeting_id = m.id) AS participantCount
       FROM meetings m ORDER BY m.date DESC, m.start_time DESC, m.id DESC LIMIT ?`,
  ).all(limit ?? -1) as (Omit<MeetingSummary, 'signed'> & { signed: number })[];
  return rows.map((r) => ({ ...r, status: readStored('meetings', 'status', r.status, r.id), signed: r.signed === 1 }));
}
