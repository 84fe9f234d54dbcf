import type { Action } from '../../shared/types';
import { assertMeetingEditable } from './meetings';
import { type ReadDb, type WriteDb, expectChanged, now, requireRow, stmt } from './util';

const COLUMNS = 'id, meeting_id AS meetingId, item_id AS itemId, what, who, due_date AS dueDate, done_at AS doneAt';

export interface ActionInput {
  itemId?: number | null;
  what: string;
  who?: string;
  dueDate?: string | null;
}

/** The meeting an action belongs to. */
export function meetingOfAction(db: ReadDb, id: number): number {
  return requireRow(stmt(db, 'SELECT meeting_id FROM actions WHERE id = ?').pluck().get(id) as number | undefined);
}

export function addAction(db: WriteDb, meetingId: number, input: ActionInput): number {
  assertMeetingEditable(db, meetingId);
  return Number(
    stmt(
      db,
      'INSERT INTO actions (meeting_id, item_id, what, who, due_date, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(meetingId, input.itemId ?? null, input.what, input.who ?? '', input.dueDate ?? null, now()).lastInsertRowid,
  );
}

export function listActions(db: ReadDb, meetingId: number): Action[] {
  return stmt(db, `SELECT ${COLUMNS} FROM actions WHERE meeting_id = ? ORDER BY id`).all(meetingId) as Action[];
}

/** Open actions from meetings held before this one: they carry over until done. */
export function listCarriedActions(db: ReadDb, meetingId: number): Action[] {
  return stmt(
    db,
    `SELECT ${COLUMNS.split(', ')
      .map((c) => `a.${c}`)
      .join(', ')} FROM actions a JOIN meetings m ON m.id = a.meeting_id
       WHERE a.done_at IS NULL AND a.meeting_id <> ?
         AND (m.date || m.start_time || printf('%010d', m.id)) <
             (SELECT date || start_time || printf('%010d', id) FROM meetings WHERE id = ?)
       ORDER BY m.date, a.id`,
  ).all(meetingId, meetingId) as Action[];
}

export function openActionCount(db: ReadDb): number {
  return stmt(db, 'SELECT COUNT(*) FROM actions WHERE done_at IS NULL').pluck().get() as number;
}

export function updateAction(db: WriteDb, id: number, changes: Partial<ActionInput>): void {
  assertMeetingEditable(db, meetingOfAction(db, id));
  const current = requireRow(stmt(db, `SELECT ${COLUMNS} FROM actions WHERE id = ?`).get(id) as Action | undefined);
  stmt(db, 'UPDATE actions SET item_id = ?, what = ?, who = ?, due_date = ? WHERE id = ?').run(
    changes.itemId === undefined ? current.itemId : changes.itemId,
    changes.what ?? current.what,
    changes.who ?? current.who,
    changes.dueDate === undefined ? current.dueDate : changes.dueDate,
    id,
  );
}

/** Marking done is allowed on a signed meeting's action: finishing the work is not an edit of the record. */
export function setActionDone(db: WriteDb, id: number, done: boolean): void {
  expectChanged(stmt(db, 'UPDATE actions SET done_at = ? WHERE id = ?').run(done ? now() : null, id));
}

export function removeAction(db: WriteDb, id: number): void {
  assertMeetingEditable(db, meetingOfAction(db, id));
  expectChanged(stmt(db, 'DELETE FROM actions WHERE id = ?').run(id));
}
