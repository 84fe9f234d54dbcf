import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeWorkbook, createWorkbook, openWorkbook } from '../../../electron/core/db/workbook';
import { APPLICATION_ID, LATEST_VERSION } from '../../../electron/core/db/migrations';
import { lockPathFor } from '../../../electron/core/lock';
import { AppError } from '../../../electron/core/errors';
import { createMeeting, getWorkbookRow, listMeetings } from '../../../electron/core/repos';
import { listDir, useTempDir } from '../../helpers/files';
import { readOnlyMedia } from '../../helpers/readOnlyMedia';
import { newWorkbook } from '../../helpers/workbook';

const tempDir = useTempDir();

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('creating a workbook', () => {
  it('writes a SQLite file marked as a Samsyn workbook of the latest format', () => {
    const dir = tempDir();
    const wb = newWorkbook(dir);
    closeWorkbook(wb);
    const db = new Database(join(dir, 'Acme.samsyn'), { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('keeps the organisation, sector and language it was given', () => {
    const wb = newWorkbook(tempDir());
    expect(getWorkbookRow(wb.db)).toMatchObject({ orgName: 'Björkbackens förskola', sector: 'public', language: 'sv' });
    closeWorkbook(wb);
  });

  it('refuses to overwrite an existing file and leaves it as it was', () => {
    const dir = tempDir();
    const path = join(dir, 'Acme.samsyn');
    writeFileSync(path, 'someone else’s notes');
    expect(codeOf(() => createWorkbook(path, { orgName: 'X', sector: 'private', language: 'en' }))).toBe('FILE_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('someone else’s notes');
  });

  it('refuses a folder that does not exist', () => {
    const path = join(tempDir(), 'missing', 'Acme.samsyn');
    expect(codeOf(() => createWorkbook(path, { orgName: 'X', sector: 'private', language: 'en' }))).toBe(
      'FILE_NOT_FOUND',
    );
  });
});

describe('opening a workbook', () => {
  it('opens what was created, with foreign keys on', () => {
    const dir = tempDir();
    closeWorkbook(newWorkbook(dir));
    const wb = openWorkbook(join(dir, 'Acme.samsyn'));
    expect(wb.readOnly).toBe(false);
    expect(wb.db.pragma('foreign_keys', { simple: true })).toBe(1);
    closeWorkbook(wb);
  });

  it('never creates a file that is not there', () => {
    const dir = tempDir();
    expect(codeOf(() => openWorkbook(join(dir, 'nothing.samsyn')))).toBe('FILE_NOT_FOUND');
    expect(listDir(dir)).toEqual([]);
  });

  it('keeps every acknowledged save in the main file alone, while the workbook is still open', () => {
    const dir = tempDir();
    const wb = newWorkbook(dir);
    createMeeting(wb.db, { title: 'Personalmöte i maj', date: '2026-05-12' });
    const copy = join(dir, 'copy.samsyn');
    copyFileSync(wb.path, copy);
    expect(existsSync(`${wb.path}-wal`)).toBe(false);
    const db = new Database(copy, { readonly: true });
    expect(db.prepare('SELECT title FROM meetings').pluck().all()).toEqual(['Personalmöte i maj']);
    db.close();
    closeWorkbook(wb);
  });
});

describe('the lock beside the file', () => {
  it('says who holds the workbook, and a second opener is refused with that information', () => {
    const dir = tempDir();
    const wb = newWorkbook(dir);
    // the same process opening again counts as the same holder, so fake another holder: the parent process
    const lock = JSON.parse(readFileSync(lockPathFor(wb.path), 'utf8'));
    expect(lock).toMatchObject({ host: hostname(), pid: process.pid });
    writeFileSync(lockPathFor(wb.path), JSON.stringify({ ...lock, user: 'Karin', pid: process.ppid }));
    try {
      openWorkbook(wb.path);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('WORKBOOK_LOCKED');
      expect((err as AppError).details).toMatchObject({
        user: 'Karin',
        host: hostname(),
        stale: false,
        sameHost: true,
      });
      expect((err as AppError).message).toContain('Karin');
    }
    closeWorkbook(wb);
  });

  it('lets a second opener read without writing', () => {
    const dir = tempDir();
    const wb = newWorkbook(dir);
    const reader = openWorkbook(wb.path, { readOnly: true });
    expect(reader.readOnly).toBe(true);
    expect(reader.readOnlyReason).toBe('chosen');
    // The compiler refuses a read handle where a write is asked for; SQLite refuses it too.
    // @ts-expect-error a read-only workbook has no write handle
    expect(() => createMeeting(reader.db, { title: 'x', date: '2026-01-01' })).toThrow(/readonly/i);
    closeWorkbook(reader);
    expect(existsSync(lockPathFor(wb.path))).toBe(true);
    closeWorkbook(wb);
    expect(existsSync(lockPathFor(wb.path))).toBe(false);
  });

  it('calls a lock left by a process that is gone stale, and it can be taken over', async () => {
    const dir = tempDir();
    const path = join(dir, 'Acme.samsyn');
    closeWorkbook(newWorkbook(dir));
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid!;
    await new Promise((resolve) => child.on('exit', resolve));
    writeFileSync(
      lockPathFor(path),
      JSON.stringify({ user: 'Olle', host: hostname(), pid: deadPid, since: '2026-03-01T09:00:00Z' }),
    );
    try {
      openWorkbook(path);
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).details).toMatchObject({ user: 'Olle', stale: true });
    }
    const wb = openWorkbook(path, { takeOverLock: true });
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid);
    closeWorkbook(wb);
  });

  const media = readOnlyMedia();
  it.runIf(media !== null)('opens read-only with a notice when the workbook sits on write-protected media', () => {
    const stick = media!;
    try {
      const path = join(stick.dir, 'Acme.samsyn');
      closeWorkbook(createWorkbook(path, { orgName: 'Acme', sector: 'private', language: 'en' }));
      stick.protect();
      const wb = openWorkbook(path);
      expect(wb.readOnly).toBe(true);
      expect(wb.readOnlyReason).toBe('media');
      expect(listMeetings(wb.db)).toEqual([]);
      closeWorkbook(wb);
      expect(listDir(stick.dir)).toEqual(['Acme.samsyn']);
    } finally {
      stick.cleanup();
    }
  });
});
