import type Database from 'better-sqlite3';
import { transaction, type ReadDb, type ReadStatement, type WriteDb } from '../db/handles';
import { AppError } from '../errors';

export type { ReadDb, WriteDb } from '../db/handles';

const statements = new WeakMap<ReadDb, Map<string, Database.Statement>>();

/**
 * A prepared statement, compiled once per connection: autosave runs the same few statements all day.
 * Only a write handle gives a statement that can be run.
 */
export function stmt(db: WriteDb, sql: string): Database.Statement;
export function stmt(db: ReadDb, sql: string): ReadStatement;
export function stmt(db: ReadDb, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

export function now(): string {
  return new Date().toISOString();
}

/** Throws NOT_FOUND when an UPDATE or DELETE touched no row. */
export function expectChanged(result: Database.RunResult): void {
  if (result.changes === 0) throw new AppError('NOT_FOUND');
}

export function requireRow<T>(row: T | undefined): T {
  if (row === undefined) throw new AppError('NOT_FOUND');
  return row;
}

/** Rewrites `position` to 0..n-1 in the order given; ids not in the table are refused. */
export function reorder(db: WriteDb, table: string, scopeColumn: string, scopeId: number, ids: number[]): void {
  const current = stmt(db, `SELECT id FROM ${table} WHERE ${scopeColumn} = ? ORDER BY position`)
    .pluck()
    .all(scopeId) as number[];
  const same = current.length === ids.length && [...current].sort().join() === [...ids].sort().join();
  if (!same) throw new AppError('NOT_FOUND');
  const update = stmt(db, `UPDATE ${table} SET position = ? WHERE id = ?`);
  transaction(db, () => ids.forEach((id, index) => update.run(index, id)));
}

export function nextPosition(db: ReadDb, table: string, scopeColumn: string, scopeId: number): number {
  const max = stmt(db, `SELECT MAX(position) FROM ${table} WHERE ${scopeColumn} = ?`).pluck().get(scopeId);
  return max === null || max === undefined ? 0 : (max as number) + 1;
}
