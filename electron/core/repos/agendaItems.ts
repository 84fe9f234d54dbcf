import { THEMES, type Theme } from '../../shared/caseLists';
import { discussed } from '../../shared/discussed';
import type { AgendaItem, Stance } from '../../shared/types';
import { readStored } from '../db/content';
import { AppError } from '../errors';
import { assertMeetingEditable } from './meetings';
import { presentCount } from './participants';
import { type ReadDb, type WriteDb, expectChanged, nextPosition, now, reorder, requireRow, stmt } from './util';

const COLUMNS = `id, meeting_id AS meetingId, case_id AS caseId, position, timebox_minutes AS timeboxMinutes, stance,
  consensus_notes AS consensusNotes, dissent, poll_agree AS agree, poll_disagree AS disagree, poll_unsure AS unsure,
  proposed_point AS proposedPoint, time_spent_seconds AS timeSpentSeconds`;

type Row = Omit<AgendaItem, 'poll'> & { agree: number | null; disagree: number | null; unsure: number | null };

function toItem({ agree, disagree, unsure, ...rest }: Row): AgendaItem {
  return {
    ...rest,
    stance: readStored('agenda_items', 'stance', rest.stance, rest.id),
    poll: { agree, disagree, unsure },
  };
}

export function getItem(db: ReadDb, id: number): AgendaItem {
  return toItem(requireRow(stmt(db, `SELECT ${COLUMNS} FROM agenda_items WHERE id = ?`).get(id) as Row | undefined));
}

export function listItems(db: ReadDb, meetingId: number): AgendaItem[] {
  return (
    stmt(db, `SELECT ${COLUMNS} FROM agenda_items WHERE meeting_id = ? ORDER BY position`).all(meetingId) as Row[]
  ).map(toItem);
}

export function addItem(
  db: WriteDb,
  meetingId: number,
  input: { caseId: number; timeboxMinutes?: number; proposedPoint?: string },
): number {
  assertMeetingEditable(db, meetingId);
  return Number(
    stmt(
      db,
      `INSERT INTO agenda_items (meeting_id, case_id, position, timebox_minutes, proposed_point, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(
      meetingId,
      input.caseId,
      nextPosition(db, 'agenda_items', 'meeting_id', meetingId),
      input.timeboxMinutes ?? 10,
      input.proposedPoint ?? '',
      now(),
    ).lastInsertRowid,
  );
}

export interface ItemChanges {
  timeboxMinutes?: number;
  stance?: Stance | null;
  consensusNotes?: string;
  dissent?: string;
  proposedPoint?: string;
  timeSpentSeconds?: number;
}

const CHANGE_COLUMNS: Record<keyof ItemChanges, string> = {
  timeboxMinutes: 'timebox_minutes',
  stance: 'stance',
  consensusNotes: 'consensus_notes',
  dissent: 'dissent',
  proposedPoint: 'proposed_point',
  timeSpentSeconds: 'time_spent_seconds',
};

/** Writes only the fields given, so two quick edits to different fields never undo each other. */
export function updateItem(db: WriteDb, id: number, changes: ItemChanges): void {
  const item = getItem(db, id);
  assertMeetingEditable(db, item.meetingId);
  const keys = (Object.keys(changes) as (keyof ItemChanges)[]).filter((k) => changes[k] !== undefined);
  if (keys.length === 0) return;
  const sets = keys.map((k) => `${CHANGE_COLUMNS[k]} = ?`).join(', ');
  stmt(db, `UPDATE agenda_items SET ${sets}, updated_at = ? WHERE id = ?`).run(
    ...keys.map((k) => changes[k]),
    now(),
    id,
  );
}

/** A show of hands: never more hands than people present (when attendance is taken). */
export function setPoll(db: WriteDb, id: number, poll: { agree: number; disagree: number; unsure: number }): void {
  const item = getItem(db, id);
  assertMeetingEditable(db, item.meetingId);
  const present = presentCount(db, item.meetingId);
  const total = poll.agree + poll.disagree + poll.unsure;
  if (present > 0 && total > present) {
    throw new AppError('POLL_OVER_COUNT', { total, present });
  }
  stmt(
    db,
    'UPDATE agenda_items SET poll_agree = ?, poll_disagree = ?, poll_unsure = ?, updated_at = ? WHERE id = ?',
  ).run(poll.agree, poll.disagree, poll.unsure, now(), id);
}

export function removeItem(db: WriteDb, id: number): void {
  assertMeetingEditable(db, getItem(db, id).meetingId);
  expectChanged(stmt(db, 'DELETE FROM agenda_items WHERE id = ?').run(id));
}

export function reorderItems(db: WriteDb, meetingId: number, ids: number[]): void {
  assertMeetingEditable(db, meetingId);
  reorder(db, 'agenda_items', 'meeting_id', meetingId, ids);
}

export interface ProposedPoint {
  itemId: number;
  meetingId: number;
  meetingTitle: string;
  meetingDate: string;
  caseId: number;
  text: string;
}

/**
 * Every point a meeting proposed for the agreement, newest meeting first; only from items the
 * group discussed, since an untouched item may still hold the library's suggestion.
 */
export function listProposedPoints(db: ReadDb): ProposedPoint[] {
  const rows = stmt(
    db,
    `SELECT i.id AS itemId, m.id AS meetingId, m.title AS meetingTitle, m.date AS meetingDate, i.case_id AS caseId,
       i.proposed_point AS text, i.stance, i.consensus_notes AS consensusNotes, i.dissent, i.poll_agree AS agree,
       i.time_spent_seconds AS timeSpentSeconds
     FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
     WHERE trim(i.proposed_point) <> '' ORDER BY m.date DESC, m.id DESC, i.position`,
  ).all() as (ProposedPoint & {
    stance: Stance | null;
    consensusNotes: string;
    dissent: string;
    agree: number | null;
    timeSpentSeconds: number;
  })[];
  return rows
    .filter((r) => discussed({ ...r, poll: { agree: r.agree } }))
    .map(({ itemId, meetingId, meetingTitle, meetingDate, caseId, text }) => ({
      itemId,
      meetingId,
      meetingTitle,
      meetingDate,
      caseId,
      text,
    }));
}

/** Every agenda item of every meeting, with its case's themes and whether its meeting is closed. */
export function listItemsWithThemes(db: ReadDb): (AgendaItem & { themes: Theme[]; meetingClosed: boolean })[] {
  const rows = stmt(
    db,
    `SELECT i.*, c.themes AS themesJson, m.status = 'closed' AS closed
       FROM (SELECT ${COLUMNS} FROM agenda_items) i
       JOIN cases c ON c.id = i.caseId
       JOIN meetings m ON m.id = i.meetingId
      ORDER BY i.meetingId, i.position`,
  ).all() as (Row & { themesJson: string; closed: number })[];
  return rows.map(({ themesJson, closed, ...row }) => ({
    ...toItem(row),
    themes: knownThemes(themesJson),
    meetingClosed: closed === 1,
  }));
}

// The column is written from validated content; a theme this version does not know is left out, not trusted.
function knownThemes(json: string): Theme[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? THEMES.filter((t) => parsed.includes(t)) : [];
}
