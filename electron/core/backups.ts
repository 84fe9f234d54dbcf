import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupEntry } from '../shared/paperTypes';
import { AppError } from './errors';
import { inspectWorkbookFile, readOrgName } from './db/inspect';
import type { ReadDb } from './db/handles';

export const KEEP_BACKUPS = 10;
const PATTERN = /^(.+\.samsyn)--(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)--([a-z0-9-]+)\.samsyn$/;

export function backupName(workbookPath: string, reason: string, at = new Date()): string {
  return `${basename(workbookPath)}--${at.toISOString().replace(/[:.]/g, '-')}--${reason}.samsyn`;
}

/** Keeps the newest backups of one workbook and removes the rest. */
export function rotate(dir: string, workbookPath: string, keep = KEEP_BACKUPS): void {
  const mine = readdirSync(dir)
    .filter((f) => f.match(PATTERN)?.[1] === basename(workbookPath))
    .sort()
    .reverse();
  for (const old of mine.slice(keep)) unlinkSync(join(dir, old));
}

/**
 * Copies the open workbook into the backup folder with SQLite's online backup,
 * which gives a consistent copy while the app keeps working, then rotates.
 */
export async function takeBackup(db: ReadDb, workbookPath: string, dir: string, reason: string): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const target = join(dir, backupName(workbookPath, reason));
  await db.backup(target);
  rotate(dir, workbookPath);
  return target;
}

export function listBackups(dir: string): BackupEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((file) => ({ file, match: file.match(PATTERN) }))
    .filter((f): f is { file: string; match: RegExpMatchArray } => f.match !== null)
    .map(({ file, match }) => {
      const orgName = readOrgName(join(dir, file));
      const [, source, stamp, reason] = match;
      const takenAt = stamp!.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z');
      return { file, workbook: source!, orgName, takenAt, reason: reason!, size: statSync(join(dir, file)).size };
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Restores a backup as a new file; never over an existing one. */
export function restoreBackup(dir: string, file: string, target: string): string {
  if (!PATTERN.test(file) || basename(file) !== file) throw new AppError('NOT_FOUND');
  const source = join(dir, file);
  if (!existsSync(source)) throw new AppError('NOT_FOUND');
  if (existsSync(target)) throw new AppError('FILE_EXISTS');
  inspectWorkbookFile(source);
  copyFileSync(source, target);
  return target;
}
