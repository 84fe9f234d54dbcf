import type Database from 'better-sqlite3';

declare const reads: unique symbol;
declare const writes: unique symbol;

/**
 * A connection to a workbook that may be read. Every open workbook gives one,
 * including one opened read-only or from write-protected media.
 */
export type ReadDb = Omit<Database.Database, 'exec' | 'transaction'> & { readonly [reads]: true };

/**
 * A connection that may also be written. Only a workbook opened for writing has
 * one (`ctx.writable()`), so a read-only workbook cannot reach a function that
 * writes: the compiler refuses it.
 */
export type WriteDb = Database.Database & { readonly [reads]: true; readonly [writes]: true };

/** Marks a connection opened read-only (or refused for writing) as one that may only be read. */
export function readHandle(db: Database.Database): ReadDb {
  return db as unknown as ReadDb;
}

/** Marks a connection opened for writing, with the workbook's lock held, as one that may be written. */
export function writeHandle(db: Database.Database): WriteDb {
  return db as WriteDb;
}

/** A prepared statement on a read handle: it can be queried but not run. */
export type ReadStatement = Omit<Database.Statement, 'run'>;

/** Runs `work` in one transaction: all of it is written, or none of it. */
export function transaction<T>(db: WriteDb, work: () => T): T {
  return db.transaction(work)();
}
