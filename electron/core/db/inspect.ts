import { closeSync, openSync, readSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { AppError } from '../errors';
import { fsError, statWorkbookPath } from '../filePaths';
import { openConnection } from './connection';
import { APPLICATION_ID, LATEST_VERSION, MIGRATIONS } from './migrations';
import { checkCellSizes, checkContent } from './content';
import { assertExpectedSchema } from './schema';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

export interface FileFacts {
  size: number;
  formatVersion: number;
}

function readHeader(path: string): Buffer {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const header = Buffer.alloc(HEADER_SIZE);
    const read = readSync(fd, header, 0, HEADER_SIZE, 0);
    return header.subarray(0, read);
  } catch (err) {
    throw fsError(err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Decides from the bytes alone, opening nothing for writing, whether `path` is a
 * Samsyn workbook this version can open. Throws an AppError with the reason.
 */
export function inspectWorkbookFile(path: string): FileFacts {
  const { size } = statWorkbookPath(path);
  if (size === 0) throw new AppError('EMPTY_FILE');

  const header = readHeader(path);
  if (header.length < HEADER_SIZE || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new AppError('NOT_SQLITE');
  }
  if (header.readUInt32BE(68) !== APPLICATION_ID) throw new AppError('NOT_A_WORKBOOK');
  const formatVersion = header.readUInt32BE(60);
  if (formatVersion > LATEST_VERSION) {
    throw new AppError('NEWER_FORMAT', { found: formatVersion, supported: LATEST_VERSION });
  }

  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  const pageCountValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (pageSize < 512 || size % pageSize !== 0 || (pageCountValid && size < pageCount * pageSize)) {
    throw new AppError('DAMAGED', { reason: 'truncated' });
  }
  return { size, formatVersion };
}

/**
 * How much of a workbook is checked. `schema`: only that its schema is exactly its
 * format version's, for a file this computer checked whole and that has not changed
 * since (it costs the same for any size). `whole`: also SQLite's `quick_check`, no
 * broken links and no cell longer than the app writes, which read the whole file.
 * `thorough`: `integrity_check` instead of `quick_check`, and every stored
 * enumerated and JSON value read once (`samsyn check`, and after a recovery).
 */
export type CheckDepth = 'schema' | 'whole' | 'thorough';

/** The checks a workbook passes before it is used, to `depth`. */
export function checkConnection(db: Database.Database, depth: CheckDepth): void {
  assertExpectedSchema(db, db.pragma('user_version', { simple: true }) as number, MIGRATIONS);
  if (depth === 'schema') return;
  const result = db.pragma(depth === 'thorough' ? 'integrity_check' : 'quick_check', { simple: true });
  if (result !== 'ok') throw new AppError('DAMAGED', { reason: String(result).slice(0, 120) });
  const orphans = db.pragma('foreign_key_check') as unknown[];
  if (orphans.length > 0) throw new AppError('DAMAGED', { reason: `${orphans.length} broken links` });
  checkCellSizes(db);
  if (depth === 'thorough') checkContent(db);
}

/**
 * Runs the checks on a read-only connection, so a refused file stays untouched,
 * and returns that connection open: a workbook opened read-only goes on with it.
 */
export function openCheckedConnection(path: string, depth: CheckDepth): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = openConnection(path, { readonly: true, fileMustExist: true });
    checkConnection(db, depth);
    return db;
  } catch (err) {
    db?.close();
    if (err instanceof AppError) throw err;
    throw new AppError('DAMAGED', { reason: (err as Error).message.slice(0, 120) });
  }
}

/** The organisation named in a workbook file, or '' when it cannot be read: a backup is listed either way. */
export function readOrgName(path: string): string {
  try {
    const db = openConnection(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT org_name FROM workbook WHERE id = 1').pluck().get() as string | undefined) ?? '';
    } finally {
      db.close();
    }
  } catch {
    return '';
  }
}
