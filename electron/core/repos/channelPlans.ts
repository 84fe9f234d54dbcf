import type { ChannelPlan, ChannelPlanFields } from '../../shared/groupTypes';
import { readStored } from '../db/content';
import { type ReadDb, type WriteDb, expectChanged, now, requireRow, stmt } from './util';

const COLUMNS = `id, name, platform, address, purpose, audience, responsible, answered_by AS answeredBy,
  response_time AS responseTime, moderation, archiving, start_date AS startDate, review_date AS reviewDate, status`;

const FIELDS: [keyof ChannelPlanFields, string][] = [
  ['name', 'name'],
  ['platform', 'platform'],
  ['address', 'address'],
  ['purpose', 'purpose'],
  ['audience', 'audience'],
  ['responsible', 'responsible'],
  ['answeredBy', 'answered_by'],
  ['responseTime', 'response_time'],
  ['moderation', 'moderation'],
  ['archiving', 'archiving'],
  ['startDate', 'start_date'],
  ['reviewDate', 'review_date'],
  ['status', 'status'],
];

export function createChannelPlan(db: WriteDb, fields: Partial<ChannelPlanFields> & { name: string }): number {
  const at = now();
  const id = Number(
    stmt(db, 'INSERT INTO channel_plans (name, created_at, updated_at) VALUES (?, ?, ?)').run(fields.name, at, at)
      .lastInsertRowid,
  );
  updateChannelPlan(db, id, fields);
  return id;
}

export function updateChannelPlan(db: WriteDb, id: number, changes: Partial<ChannelPlanFields>): void {
  const set = FIELDS.filter(([key]) => changes[key] !== undefined);
  if (set.length === 0) return;
  expectChanged(
    stmt(
      db,
      `UPDATE channel_plans SET ${set.map(([, column]) => `${column} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
    ).run(...set.map(([key]) => changes[key]), now(), id),
  );
}

const toPlan = (row: ChannelPlan): ChannelPlan => ({
  ...row,
  status: readStored('channel_plans', 'status', row.status, row.id),
});

export function getChannelPlan(db: ReadDb, id: number): ChannelPlan {
  return toPlan(
    requireRow(stmt(db, `SELECT ${COLUMNS} FROM channel_plans WHERE id = ?`).get(id) as ChannelPlan | undefined),
  );
}

export function listChannelPlans(db: ReadDb): ChannelPlan[] {
  return (
    stmt(
      db,
      `SELECT ${COLUMNS} FROM channel_plans ORDER BY status = 'closed', name COLLATE NOCASE`,
    ).all() as ChannelPlan[]
  ).map(toPlan);
}

export function deleteChannelPlan(db: WriteDb, id: number): void {
  expectChanged(stmt(db, 'DELETE FROM channel_plans WHERE id = ?').run(id));
}

/** Plans that are not closed and whose review date has come, or comes within `days`. */
export function plansDueForReview(db: ReadDb, today: string, days = 30): ChannelPlan[] {
  return (
    stmt(
      db,
      `SELECT ${COLUMNS} FROM channel_plans WHERE status <> 'closed' AND review_date IS NOT NULL AND review_date <= date(?, '+' || ? || ' days')
     ORDER BY review_date`,
    ).all(today, days) as ChannelPlan[]
  ).map(toPlan);
}
