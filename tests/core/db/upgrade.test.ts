import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { WriteDb } from '../../../electron/core/db/handles';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrate } from '../../../electron/core/db/migrations';
import { migration001 } from '../../../electron/core/db/migrations/001_initial';
import { closeWorkbook, openWorkbook } from '../../../electron/core/db/workbook';
import { insertWorkbookRow } from '../../../electron/core/repos';
import { sha256, useTempDir } from '../../helpers/files';

const tempDir = useTempDir();

/** A workbook as the first released format wrote it. */
function formatOneFile(dir: string): string {
  const path = join(dir, 'Gammal.samsyn');
  const db = new Database(path) as WriteDb;
  db.pragma('journal_mode = DELETE');
  migrate(db, undefined, [migration001]);
  insertWorkbookRow(db, { orgName: 'Gamla föreningen', sector: 'association', language: 'sv' });
  db.close();
  return path;
}

describe('opening a workbook from an older Samsyn', () => {
  it('copies it aside, then brings it up to the latest format', () => {
    const dir = tempDir();
    const backups = tempDir();
    const path = formatOneFile(dir);
    const before = sha256(path);
    const wb = openWorkbook(path, { backupDir: backups });
    expect(wb.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(wb.db.prepare("SELECT name FROM sqlite_master WHERE name = 'addenda'").pluck().get()).toBe('addenda');
    closeWorkbook(wb);
    const [backup] = readdirSync(backups);
    expect(backup).toMatch(/^Gammal\.samsyn--.*--before-migration-v1\.samsyn$/);
    const copy = new Database(join(backups, backup!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT org_name FROM workbook').pluck().get()).toBe('Gamla föreningen');
    copy.close();
    expect(sha256(path)).not.toBe(before);
  });

  it('leaves an older file untouched when opened read-only', () => {
    const dir = tempDir();
    const path = formatOneFile(dir);
    const before = sha256(path);
    const wb = openWorkbook(path, { readOnly: true });
    closeWorkbook(wb);
    expect(sha256(path)).toBe(before);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
