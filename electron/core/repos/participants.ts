import type { Participant } from '../../shared/types';
import { readStored } from '../db/content';
import { assertMeetingEditable } from './meetings';
import { type ReadDb, type WriteDb, expectChanged, nextPosition, reorder, requireRow, stmt } from './util';

const COLUMNS = 'id, meeting_id AS meetingId, position, name, role, present';
type Row = Omit<Participant, 'present'> & { present: number | null };
function toParticipant(r: Row): Participant {
  const present = readStored('participants', 'present', r.present, r.id);
  return { ...r, present: present === null ? null : present === 1 };
}

/** The meeting a participant belongs to. */
export function meetingOfParticipant(db: ReadDb, id: number): number {
  return requireRow(stmt(db, 'SELECT meeting_id FROM participants WHERE id = ?').pluck().get(id) as number | undefined);
}

export function addParticipant(db: WriteDb, meetingId: number, input: { name: string; role?: string }): number {
  assertMeetingEditable(db, meetingId);
  return Number(
    stmt(db, 'INSERT INTO participants (meeting_id, position, name, role) VALUES (?, ?, ?, ?)').run(
      meetingId,
      nextPosition(db, 'participants', 'meeting_id', meetingId),
      input.name,
      input.role ?? '',
    ).lastInsertRowid,
  );
}

export function listParticipants(db: ReadDb, meetingId: number): Participant[] {
  return (
    stmt(db, `SELECT ${COLUMNS} FROM participants WHERE meeting_id = ? ORDER BY position`).all(meetingId) as Row[]
  ).map(toParticipant);
}

export function updateParticipant(db: WriteDb, id: number, changes: { name?: string; role?: string }): void {
  assertMeetingEditable(db, meetingOfParticipant(db, id));
  const current = toParticipant(
    requireRow(stmt(db, `SELECT ${COLUMNS} FROM participants WHERE id = ?`).get(id) as Row | undefined),
  );
  stmt(db, 'UPDATE participants SET name = ?, role = ? WHERE id = ?').run(
    changes.name ?? current.name,
    changes.role ?? current.role,
    id,
  );
}

export function setAttendance(db: WriteDb, id: number, present: boolean | null): void {
  assertMeetingEditable(db, meetingOfParticipant(db, id));
  expectChanged(
    stmt(db, 'UPDATE participants SET present = ? WHERE id = ?').run(present === null ? null : Number(present), id),
  );
}

export function removeParticipant(db: WriteDb, id: number): void {
  assertMeetingEditable(db, meetingOfParticipant(db, id));
  expectChanged(stmt(db, 'DELETE FROM participants WHERE id = ?').run(id));
}

export function reorderParticipants(db: WriteDb, meetingId: number, ids: number[]): void {
  assertMeetingEditable(db, meetingId);
  reorder(db, 'participants', 'meeting_id', meetingId, ids);
}

export function presentCount(db: ReadDb, meetingId: number): number {
  return stmt(db, 'SELECT COUNT(*) FROM participants WHERE meeting_id = ? AND present = 1')
    .pluck()
    .get(meetingId) as number;
}
