import type Database from 'better-sqlite3';

declare const reads: unique symbol;
declare const writes: unique symbol;

/**
 * A connection to a workbook that may be read. Every open workbook gives one,
 * including one opened read-only or from write-protected media.
 */
export type ReadDb = Database.Database & { readonly [reads]: true };

/**
 * A connection that may also be written. Only a workbook opened for writing has
 * one (`ctx.writable()`), so a read-only workbook cannot reach a function that
 * writes: the compiler refuses it.
 */
export type WriteDb = ReadDb & { readonly [writes]: true };

/** A prepared statement on a read handle: it can be queried but not run. */
export type ReadStatement = Omit<Database.Statement, 'run'>;

/** Runs `work` in one transaction: all of it is written, or none of it. */
export function transaction<T>(db: WriteDb, work: () => T): T {
  return db.transaction(work)();
}
