import type { CaseContent } from '../../shared/caseSchema';
import type { CaseOrigin, WorkbookCase } from '../../shared/caseTypes';
import { readStored } from '../db/content';
import { AppError } from '../errors';
import { type ReadDb, type WriteDb, expectChanged, now, requireRow, stmt } from './util';

interface CaseRow {
  id: number;
  origin: CaseOrigin;
  edited: number;
  content: string;
}

function toCase(row: CaseRow): WorkbookCase {
  return {
    ...readStored('cases', 'content', row.content, row.id),
    id: row.id,
    origin: readStored('cases', 'origin', row.origin, row.id),
    edited: row.edited === 1,
  };
}

/** The columns a case is filtered by, then the case itself, in the order both statements name them. */
function searchable(content: CaseContent) {
  return [
    content.version,
    JSON.stringify(content.themes),
    JSON.stringify(content.sectors),
    content.channel,
    content.kind,
    content.heated ? 1 : 0,
    JSON.stringify(content),
  ] as const;
}

export function insertCase(db: WriteDb, content: CaseContent, origin: CaseOrigin): number {
  const at = now();
  try {
    return Number(
      stmt(
        db,
        `INSERT INTO cases (key, origin, version, themes, sectors, channel, kind, heated, content, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(content.key, origin, ...searchable(content), at, at).lastInsertRowid,
    );
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE')
      throw new AppError('CASE_EXISTS', { key: content.key });
    throw err;
  }
}

export function listCases(db: ReadDb): WorkbookCase[] {
  return (stmt(db, 'SELECT id, origin, edited, content FROM cases ORDER BY id').all() as CaseRow[]).map(toCase);
}

export function getCase(db: ReadDb, id: number): WorkbookCase {
  return toCase(
    requireRow(stmt(db, 'SELECT id, origin, edited, content FROM cases WHERE id = ?').get(id) as CaseRow | undefined),
  );
}

export function findCaseByKey(db: ReadDb, key: string): WorkbookCase | null {
  const row = stmt(db, 'SELECT id, origin, edited, content FROM cases WHERE key = ?').get(key) as CaseRow | undefined;
  return row ? toCase(row) : null;
}

/** Stores this workbook's own wording; the key stays, so the library can still offer updates. */
export function updateCase(db: WriteDb, id: number, content: CaseContent, edited = true): void {
  const existing = getCase(db, id);
  if (existing.key !== content.key) throw new AppError('INVALID_INPUT', { field: 'key', reason: 'fixed' });
  expectChanged(
    stmt(
      db,
      `UPDATE cases SET version = ?, themes = ?, sectors = ?, channel = ?, kind = ?, heated = ?, content = ?, edited = ?,
           updated_at = ? WHERE id = ?`,
    ).run(...searchable(content), edited ? 1 : 0, now(), id),
  );
}

export function caseUseCount(db: ReadDb, id: number): number {
  return stmt(db, 'SELECT COUNT(*) FROM agenda_items WHERE case_id = ?').pluck().get(id) as number;
}

/** Only a case no meeting uses can go. */
export function deleteCase(db: WriteDb, id: number): void {
  if (caseUseCount(db, id) > 0) throw new AppError('IN_USE');
  expectChanged(stmt(db, 'DELETE FROM cases WHERE id = ?').run(id));
}
