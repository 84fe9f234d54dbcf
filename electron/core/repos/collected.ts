import { readStored } from '../db/content';
import type { CollectedMeetingSummary } from '../../shared/groupTypes';
import type { Stance } from '../../shared/types';
import { type ReadDb, type WriteDb, now, stmt } from './util';

export interface CollectedItemInput {
  caseKey: string;
  caseTitle: string;
  stance: Stance | null;
  poll: { agree: number | null; disagree: number | null; unsure: number | null };
  consensusNotes: string;
  dissent: string;
  proposedPoint: string;
}

export interface CollectedMeetingInput {
  sourceUid: string;
  sourceMeetingId: number;
  sourceOrg: string;
  unit: string;
  title: string;
  date: string;
  signed: boolean;
  participantsPresent: number;
  items: CollectedItemInput[];
}

export function isCollected(db: ReadDb, sourceUid: string, sourceMeetingId: number): boolean {
  return (
    stmt(db, 'SELECT 1 FROM collected_meetings WHERE source_uid = ? AND source_meeting_id = ?').get(
      sourceUid,
      sourceMeetingId,
    ) !== undefined
  );
}

export function insertCollectedMeeting(db: WriteDb, m: CollectedMeetingInput): number {
  const id = Number(
    stmt(
      db,
      `INSERT INTO collected_meetings (source_uid, source_meeting_id, source_org, unit, title, date, signed, participants_present, collected_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      m.sourceUid,
      m.sourceMeetingId,
      m.sourceOrg,
      m.unit,
      m.title,
      m.date,
      m.signed ? 1 : 0,
      m.participantsPresent,
      now(),
    ).lastInsertRowid,
  );
  const insert = stmt(
    db,
    `INSERT INTO collected_items (collected_meeting_id, position, case_key, case_title, stance, poll_agree, poll_disagree, poll_unsure,
       consensus_notes, dissent, proposed_point) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  m.items.forEach((item, position) =>
    insert.run(
      id,
      position,
      item.caseKey,
      item.caseTitle,
      item.stance,
      item.poll.agree,
      item.poll.disagree,
      item.poll.unsure,
      item.consensusNotes,
      item.dissent,
      item.proposedPoint,
    ),
  );
  return id;
}

export function listCollectedMeetings(db: ReadDb): CollectedMeetingSummary[] {
  return (
    stmt(
      db,
      `SELECT c.id, c.source_org AS sourceOrg, c.unit, c.title, c.date, c.signed,
         (SELECT COUNT(*) FROM collected_items i WHERE i.collected_meeting_id = c.id) AS itemCount
       FROM collected_meetings c ORDER BY c.date DESC, c.id DESC`,
    ).all() as (Omit<CollectedMeetingSummary, 'signed'> & { signed: number })[]
  ).map((r) => ({ ...r, signed: r.signed === 1 }));
}

export interface CollectedItemRow extends CollectedItemInput {
  collectedMeetingId: number;
}

export function listCollectedItems(db: ReadDb): CollectedItemRow[] {
  return (
    stmt(
      db,
      `SELECT rowid AS rowId, collected_meeting_id AS collectedMeetingId, case_key AS caseKey, case_title AS caseTitle, stance,
         poll_agree AS agree, poll_disagree AS disagree, poll_unsure AS unsure, consensus_notes AS consensusNotes, dissent,
         proposed_point AS proposedPoint FROM collected_items ORDER BY collected_meeting_id, position`,
    ).all() as (Omit<CollectedItemRow, 'poll'> & {
      rowId: number;
      agree: number | null;
      disagree: number | null;
      unsure: number | null;
    })[]
  ).map(({ rowId, agree, disagree, unsure, ...rest }) => ({
    ...rest,
    stance: readStored('collected_items', 'stance', rest.stance, rowId),
    poll: { agree, disagree, unsure },
  }));
}

export function removeCollectedMeeting(db: WriteDb, id: number): void {
  stmt(db, 'DELETE FROM collected_meetings WHERE id = ?').run(id);
}

export interface CarriedPoint {
  id: number;
  caseKey: string;
  text: string;
  groups: string[];
}

/** The same point carried again only adds the groups that were not cited yet. */
export function carryPoint(db: WriteDb, caseKey: string, text: string, groups: string[]): number {
  const existing = listCarriedPoints(db).find((p) => p.caseKey === caseKey && p.text.trim() === text.trim());
  if (existing) {
    const merged = [...new Set([...existing.groups, ...groups])];
    stmt(db, 'UPDATE carried_points SET groups = ? WHERE id = ?').run(JSON.stringify(merged), existing.id);
    return existing.id;
  }
  return Number(
    stmt(db, 'INSERT INTO carried_points (case_key, text, groups, created_at) VALUES (?, ?, ?, ?)').run(
      caseKey,
      text,
      JSON.stringify(groups),
      now(),
    ).lastInsertRowid,
  );
}

export function listCarriedPoints(db: ReadDb): CarriedPoint[] {
  return (
    stmt(db, 'SELECT id, case_key AS caseKey, text, groups FROM carried_points ORDER BY id').all() as (Omit<
      CarriedPoint,
      'groups'
    > & { groups: string })[]
  ).map((r) => ({ ...r, groups: readStored('carried_points', 'groups', r.groups, r.id) }));
}
