import { existsSync, mkdirSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backupName, rotate } from '../backups';
import Database from 'better-sqlite3';
import type { Language, Sector, WorkbookInfo } from '../../shared/types';
import { AppError } from '../errors';
import { acquireLock, heldByOther, releaseLock } from '../lock';
import { copyInto } from './copy';
import { checkWorkbookIntegrity, inspectWorkbookFile } from './inspect';
import { readHandle, transaction, writeHandle, type ReadDb, type WriteDb } from './handles';
import { migrate } from './migrations';
import { getWorkbookRow, insertWorkbookRow } from '../repos/workbookRow';

/** An open workbook that may be written: its handle is a `WriteDb`. */
export interface WritableWorkbook {
  db: WriteDb;
  path: string;
  readOnly: false;
  readOnlyReason: null;
}

/** An open workbook that may only be read: its handle is a `ReadDb`, which no writing function accepts. */
export interface ReadOnlyWorkbook {
  db: ReadDb;
  path: string;
  readOnly: true;
  readOnlyReason: NonNullable<WorkbookInfo['readOnlyReason']>;
}

export type Workbook = WritableWorkbook | ReadOnlyWorkbook;

export interface OpenOptions {
  readOnly?: boolean;
  /** finish (roll back) a save that a crash interrupted; the user has agreed to this */
  recover?: boolean;
  takeOverLock?: boolean;
  /** where the copy taken before a migration goes; beside the file if not given */
  backupDir?: string;
}

// A rollback journal with synchronous=FULL: once a write is acknowledged the main
// file alone holds it, so copying just the .samsyn file never loses an edit
// (a WAL file would keep recent commits in a side file).
function applyPragmas(db: Database.Database, readOnly: boolean): void {
  if (!readOnly) {
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
}

export function createWorkbook(
  path: string,
  init: { orgName: string; sector: Sector; language: Language },
): WritableWorkbook {
  if (existsSync(path)) throw new AppError('FILE_EXISTS');
  if (!existsSync(dirname(path))) throw new AppError('FILE_NOT_FOUND');
  let db: WriteDb | undefined;
  try {
    db = writeHandle(new Database(path));
    applyPragmas(db, false);
    const created = db;
    transaction(created, () => {
      migrate(created);
      insertWorkbookRow(created, init);
    });
  } catch (err) {
    db?.close();
    if (existsSync(path)) unlinkSync(path);
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (/CANTOPEN|READONLY|EACCES|EROFS/.test(code)) throw new AppError('NO_ACCESS');
    throw new AppError('SAVE_FAILED', { reason: 'io' });
  }
  acquireLock(path);
  return { db, path, readOnly: false, readOnlyReason: null };
}

// Opening is synchronous, so this copy uses VACUUM INTO (a consistent copy in one
// statement) rather than the asynchronous backup API the other backups use.
function backupBeforeMigration(db: ReadDb, path: string, backupDir: string | undefined) {
  return (fromVersion: number) => {
    const dir = backupDir ?? dirname(path);
    mkdirSync(dir, { recursive: true });
    copyInto(db, join(dir, backupName(path, `before-migration-v${fromVersion}`)));
    rotate(dir, path);
  };
}

/**
 * Opens an existing workbook. Every check runs on a read-only view first, so a
 * file that is refused is never written to.
 */
export function openWorkbook(path: string, options: OpenOptions = {}): Workbook {
  inspectWorkbookFile(path);
  if (options.readOnly) {
    // A journal is only left over from a crash when no live Samsyn is writing.
    if (hasHotJournal(path) && !heldByOther(path)) throw new AppError('NEEDS_RECOVERY');
    checkWorkbookIntegrity(path);
    return connect(path, 'chosen', options);
  }
  const lock = acquireLock(path, options.takeOverLock);
  if (lock.kind === 'held')
    throw new AppError('WORKBOOK_LOCKED', { ...lock.holder, stale: lock.stale, sameHost: lock.sameHost });
  try {
    // Holding the lock, any journal is a crash's: rolling it back changes the file,
    // so that happens only when the user has agreed.
    const interrupted = hasHotJournal(path);
    if (interrupted && !options.recover) throw new AppError('NEEDS_RECOVERY');
    if (!interrupted) checkWorkbookIntegrity(path);
  } catch (err) {
    if (lock.kind === 'acquired') releaseLock(path);
    throw err;
  }
  if (lock.kind === 'unwritable') return connect(path, 'media', options);
  try {
    return connect(path, null, options);
  } catch (err) {
    releaseLock(path);
    const code = (err as { code?: string }).code ?? '';
    if (/READONLY|CANTOPEN/.test(code)) return connect(path, 'media', options);
    throw err;
  }
}

function connect(path: string, readOnlyReason: Workbook['readOnlyReason'], options: OpenOptions): Workbook {
  const readOnly = readOnlyReason !== null;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: readOnly, fileMustExist: true });
    applyPragmas(db, readOnly);
    if (readOnlyReason !== null) {
      const reader = readHandle(db);
      getWorkbookRow(reader);
      return { db: reader, path, readOnly: true, readOnlyReason };
    }
    const writer = writeHandle(db);
    if (options.recover) checkConnection(writer);
    migrate(writer, backupBeforeMigration(writer, path, options.backupDir));
    getWorkbookRow(writer);
    return { db: writer, path, readOnly: false, readOnlyReason: null };
  } catch (err) {
    db?.close();
    if (err instanceof AppError) throw err;
    if (/READONLY|CANTOPEN/.test((err as { code?: string }).code ?? '')) throw err;
    throw new AppError('DAMAGED', { reason: (err as Error).message.slice(0, 120) });
  }
}

function hasHotJournal(path: string): boolean {
  try {
    return statSync(`${path}-journal`).size > 0;
  } catch {
    return false;
  }
}

/** After a recovery the checks run on the recovered file. */
function checkConnection(db: Database.Database): void {
  const quick = db.pragma('quick_check', { simple: true });
  if (quick !== 'ok') throw new AppError('DAMAGED', { reason: String(quick).slice(0, 120) });
  if ((db.pragma('foreign_key_check') as unknown[]).length > 0)
    throw new AppError('DAMAGED', { reason: 'broken links' });
}

/** The workbook's write handle; refuses with READ_ONLY when it was opened read-only. */
export function writerOf(workbook: Workbook): WriteDb {
  if (workbook.readOnly) throw new AppError('READ_ONLY');
  return workbook.db;
}

export function closeWorkbook(workbook: Workbook): void {
  workbook.db.close();
  if (!workbook.readOnly) releaseLock(workbook.path);
}
