import { constants, copyFileSync, existsSync, mkdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { backupName, rotate } from '../backups';
import type Database from 'better-sqlite3';
import type { Language, Sector, WorkbookInfo } from '../../shared/types';
import { AppError } from '../errors';
import { assertUsablePath } from '../filePaths';
import { acquireLock, type FileIdentity, heldByOther, releaseLock, workbookIdentity } from '../lock';
import { openConnection } from './connection';
import { copyInto } from './copy';
import { readHandle, transaction, writeHandle, type ReadDb, type WriteDb } from './handles';
import { checkConnection, inspectWorkbookFile, openCheckedConnection } from './inspect';
import { type CheckedFiles, fileState, type FileState, rememberChecked, wasChecked } from './checkedFiles';
import { journalFitsWorkbook } from './journal';
import { migrate } from './migrations';
import { getWorkbookRow, insertWorkbookRow } from '../repos/workbookRow';

/** An open workbook that may be written: its handle is a `WriteDb`. */
export interface WritableWorkbook {
  db: WriteDb;
  path: string;
  /** the file however it was reached: real path, device and inode */
  identity: FileIdentity;
  readOnly: false;
  readOnlyReason: null;
  /** recorded as checked when the app closes the file, unless another connection wrote to it meanwhile */
  memory: OpenMemory | null;
}

/** What closing needs to remember a file: the memory, and SQLite's count of other connections' commits at open. */
interface OpenMemory {
  files: CheckedFiles;
  dataVersion: number;
}

/** An open workbook that may only be read: its handle is a `ReadDb`, which no writing function accepts. */
export interface ReadOnlyWorkbook {
  db: ReadDb;
  path: string;
  /** the file however it was reached: real path, device and inode */
  identity: FileIdentity;
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
  /** also integrity_check and every stored value read once (`samsyn check`) */
  thorough?: boolean;
  /**
   * this computer's memory of checked files: a file in a state it remembers skips
   * the checks that read the whole file, and one that passes them is remembered.
   * Without it (the command-line tool, collecting) every check runs.
   */
  checkedFiles?: CheckedFiles;
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
  assertUsablePath(path);
  if (existsSync(path)) throw new AppError('FILE_EXISTS');
  if (!existsSync(dirname(path))) throw new AppError('FILE_NOT_FOUND');
  let db: WriteDb | undefined;
  try {
    db = writeHandle(openConnection(path));
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
  const identity = workbookIdentity(path);
  acquireLock(identity);
  return { db, path, identity, readOnly: false, readOnlyReason: null, memory: null };
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
  // Everything below works on the file itself, however it was reached.
  const identity = workbookIdentity(path);
  const file = identity.real;
  if (options.readOnly) {
    // A journal is only left over from a crash when no live Samsyn is writing.
    if (hasHotJournal(file) && !heldByOther(file)) throw new AppError('NEEDS_RECOVERY');
    // read-only, the connection that was checked is the one used: the file is opened once
    return connect(path, identity, 'chosen', options, null, checkFile(file, options).db);
  }
  const lock = acquireLock(identity, options.takeOverLock);
  if (lock.kind === 'held')
    throw new AppError('WORKBOOK_LOCKED', { ...lock.holder, stale: lock.stale, sameHost: lock.sameHost });
  let sound: FileState | null = null;
  try {
    // Holding the lock, any journal is a crash's: rolling it back changes the file,
    // so that happens only when the user has agreed. A recovered file is checked
    // thoroughly, and remembered only after it has been opened again.
    const interrupted = hasHotJournal(file);
    if (interrupted && !options.recover) throw new AppError('NEEDS_RECOVERY');
    if (interrupted) recover(file, options.backupDir);
    else {
      const checked = checkFile(file, options);
      checked.db.close();
      sound = checked.sound;
    }
  } catch (err) {
    if (lock.kind === 'acquired') releaseLock(identity);
    throw err;
  }
  if (lock.kind === 'unwritable') return connect(path, identity, 'media', options, null);
  try {
    return connect(path, identity, null, options, sound);
  } catch (err) {
    releaseLock(identity);
    const code = (err as { code?: string }).code ?? '';
    if (/READONLY|CANTOPEN/.test(code)) return connect(path, identity, 'media', options, null);
    throw err;
  }
}

/**
 * Checks the file before it is used: the whole file, unless this computer checked
 * it in exactly its present state before (then its header and schema only). A file
 * that passes the whole-file checks and did not change meanwhile is remembered,
 * unless it changed so lately that a change during the checks could have left its
 * change time as it was. Returns the checked read-only connection, open, and the
 * state the file is known sound in, if any.
 */
function checkFile(file: string, options: OpenOptions): { db: Database.Database; sound: FileState | null } {
  const memory = options.checkedFiles;
  const state = memory ? fileState(file) : null;
  const known = memory !== undefined && state !== null && !options.thorough && wasChecked(memory, state);
  const db = openCheckedConnection(file, options.thorough ? 'thorough' : known ? 'schema' : 'whole');
  try {
    return { db, sound: rememberedState(memory, state, known, file) };
  } catch (err) {
    db.close();
    throw err;
  }
}

function rememberedState(
  memory: CheckedFiles | undefined,
  state: FileState | null,
  known: boolean,
  file: string,
): FileState | null {
  if (known) return state;
  if (!memory || !state || state.recent || fileState(file)?.state !== state.state) return null;
  rememberChecked(memory, state);
  return state;
}

/**
 * The connection the app works with (`opened`, when the checks' read-only one is
 * used on). `sound` is the state the checks found the file in; when it is still the
 * file's state now, the connection may remember the file as it leaves it on close.
 */
function connect(
  path: string,
  identity: FileIdentity,
  readOnlyReason: Workbook['readOnlyReason'],
  options: OpenOptions,
  sound: FileState | null,
  opened?: Database.Database,
): Workbook {
  const readOnly = readOnlyReason !== null;
  let db: Database.Database | undefined = opened;
  try {
    db ??= openConnection(identity.real, { readonly: readOnly, fileMustExist: true });
    applyPragmas(db, readOnly);
    if (readOnlyReason !== null) {
      const reader = readHandle(db);
      getWorkbookRow(reader);
      return { db: reader, path, identity, readOnly: true, readOnlyReason };
    }
    const writer = writeHandle(db);
    const unchanged = sound !== null && fileState(identity.real)?.state === sound.state;
    const memory =
      options.checkedFiles && unchanged ? { files: options.checkedFiles, dataVersion: dataVersion(db) } : null;
    migrate(writer, backupBeforeMigration(writer, path, options.backupDir));
    getWorkbookRow(writer);
    return { db: writer, path, identity, readOnly: false, readOnlyReason: null, memory };
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

/**
 * Rolls back the journal a crash left, but never at the cost of the file: the
 * workbook and the journal are copied aside first, and unless the result passes
 * integrity_check and the schema check (a journal that is not this workbook's own
 * would write someone else's pages into it) both are put back as they were.
 */
function recover(path: string, backupDir: string | undefined): void {
  if (!journalFitsWorkbook(path)) throw new AppError('FOREIGN_JOURNAL', { journal: `${basename(path)}-journal` });
  const dir = backupDir ?? dirname(path);
  mkdirSync(dir, { recursive: true });
  const copy = join(dir, backupName(path, 'before-recovery'));
  const journalCopy = `${copy}.journal`;
  copyFileSync(path, copy, constants.COPYFILE_EXCL);
  copyFileSync(`${path}-journal`, journalCopy, constants.COPYFILE_EXCL);
  let db: Database.Database | undefined;
  try {
    db = openConnection(path, { fileMustExist: true });
    applyPragmas(db, false);
    checkConnection(db, 'thorough');
    db.close();
  } catch (err) {
    db?.close();
    copyFileSync(copy, path);
    copyFileSync(journalCopy, `${path}-journal`);
    throw new AppError('RECOVERY_FAILED', { copy, cause: err instanceof AppError ? err.code : 'DAMAGED' });
  }
}

/** The workbook's write handle; refuses with READ_ONLY when it was opened read-only. */
export function writerOf(workbook: Workbook): WriteDb {
  if (workbook.readOnly) throw new AppError('READ_ONLY');
  return workbook.db;
}

/** SQLite's count of commits by other connections to the file; it stays the same for this connection's own. */
function dataVersion(db: Database.Database | ReadDb): number {
  try {
    return db.pragma('data_version', { simple: true }) as number;
  } catch {
    return NaN;
  }
}

/**
 * Closes the workbook. One open for writing is remembered as checked in the state
 * it is left in, while its lock is still held: every write since it was checked
 * went through the app's own code, unless another connection committed meanwhile
 * (then it is checked whole next time).
 */
export function closeWorkbook(workbook: Workbook): void {
  const memory = workbook.readOnly ? null : workbook.memory;
  const onlyOurs = memory !== null && dataVersion(workbook.db) === memory.dataVersion;
  workbook.db.close();
  if (workbook.readOnly) return;
  const left = onlyOurs ? fileState(workbook.identity.real) : null;
  if (memory && left?.id === workbook.identity.fileId) rememberChecked(memory.files, left);
  releaseLock(workbook.identity);
}
