import type { Language, Sector } from '../../shared/types';
import { readStored } from '../db/content';
import { AppError } from '../errors';
import { type ReadDb, type WriteDb, now, stmt } from './util';

export interface WorkbookRow {
  orgName: string;
  sector: Sector;
  language: Language;
  createdAt: string;
}

export function insertWorkbookRow(db: WriteDb, init: { orgName: string; sector: Sector; language: Language }): void {
  const at = now();
  stmt(
    db,
    'INSERT INTO workbook (id, org_name, sector, language, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?)',
  ).run(init.orgName, init.sector, init.language, at, at);
  // Files written before format 3 get their identity in the migration; new ones here.
  if (hasWorkbookUid(db))
    stmt(db, 'UPDATE workbook SET uid = ? WHERE id = 1').run(crypto.randomUUID().replace(/-/g, ''));
}

/** Whether the file is of format 3 or later, where a workbook has an identity. */
export function hasWorkbookUid(db: ReadDb): boolean {
  return (stmt(db, 'PRAGMA table_info(workbook)').all() as { name: string }[]).some((c) => c.name === 'uid');
}

/** The workbook's own identity, which collected meetings remember it by. */
export function workbookUid(db: ReadDb): string {
  return stmt(db, 'SELECT uid FROM workbook WHERE id = 1').pluck().get() as string;
}

export function getWorkbookRow(db: ReadDb): WorkbookRow {
  const row = stmt(
    db,
    'SELECT org_name AS orgName, sector, language, created_at AS createdAt FROM workbook WHERE id = 1',
  ).get() as WorkbookRow | undefined;
  if (!row) throw new AppError('DAMAGED', { reason: 'no workbook record' });
  return {
    ...row,
    sector: readStored('workbook', 'sector', row.sector, 1),
    language: readStored('workbook', 'language', row.language, 1),
  };
}

export function updateWorkbookRow(
  db: WriteDb,
  changes: Partial<Pick<WorkbookRow, 'orgName' | 'sector' | 'language'>>,
): void {
  const current = getWorkbookRow(db);
  const next = { ...current, ...changes };
  stmt(db, 'UPDATE workbook SET org_name = ?, sector = ?, language = ?, updated_at = ? WHERE id = 1').run(
    next.orgName,
    next.sector,
    next.language,
    now(),
  );
}
