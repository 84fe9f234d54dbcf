import { existsSync, mkdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Language, Sector, WorkbookInfo } from '../../shared/types';
import { AppError } from '../errors';
import { acquireLock, releaseLock } from '../lock';
import { checkWorkbookIntegrity, inspectWorkbookFile } from './inspect';
import { migrate } from './migrations';
import { getWorkbookRow, insertWorkbookRow } from '../repos/workbookRow';

export interface Workbook {
  db: Database.Database;
  path: string;
  readOnly: boolean;
  readOnlyReason: WorkbookInfo['readOnlyReason'];
}

export interface OpenOptions {
  readOnly?: boolean;
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
): Workbook {
  if (existsSync(path)) throw new AppError('FILE_EXISTS');
  if (!existsSync(dirname(path))) throw new AppError('FILE_NOT_FOUND');
  let db: Database.Database | undefined;
  try {
    db = new Database(path);
    applyPragmas(db, false);
    const created = db;
    created.transaction(() => {
      migrate(created);
      insertWorkbookRow(created, init);
    })();
  } catch (err) {
    db?.close();
    if (existsSync(path)) unlinkSync(path);
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (/CANTOPEN|READONLY|EACCES|EROFS/.test(code)) throw new AppError('NO_ACCESS');
    throw new AppError('SAVE_FAILED', { reason: (err as Error).message.slice(0, 120) });
  }
  acquireLock(path);
  return { db, path, readOnly: false, readOnlyReason: null };
}

function backupBeforeMigration(db: Database.Database, path: string, backupDir: string | undefined) {
  return (fromVersion: number) => {
    const dir = backupDir ?? dirname(path);
    mkdirSync(dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    db.prepare('VACUUM INTO ?').run(join(dir, `${basename(path)}.v${fromVersion}-${stamp}.bak`));
  };
}

/**
 * Opens an existing workbook. Every check runs on a read-only view first, so a
 * file that is refused is never written to.
 */
export function openWorkbook(path: string, options: OpenOptions = {}): Workbook {
  inspectWorkbookFile(path);
  checkWorkbookIntegrity(path);
  if (options.readOnly) return connect(path, 'chosen', options);
  const lock = acquireLock(path, options.takeOverLock);
  if (lock.kind === 'held') throw new AppError('WORKBOOK_LOCKED', { ...lock.holder, stale: lock.stale, sameHost: lock.sameHost });
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
    if (!readOnly) migrate(db, backupBeforeMigration(db, path, options.backupDir));
    getWorkbookRow(db);
    return { db, path, readOnly, readOnlyReason };
  } catch (err) {
    db?.close();
    if (err instanceof AppError) throw err;
    if (/READONLY|CANTOPEN/.test((err as { code?: string }).code ?? '')) throw err;
    throw new AppError('DAMAGED', { reason: (err as Error).message.slice(0, 120) });
  }
}

export function closeWorkbook(workbook: Workbook): void {
  workbook.db.close();
  if (!workbook.readOnly) releaseLock(workbook.path);
}
