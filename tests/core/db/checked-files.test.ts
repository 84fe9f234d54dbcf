import {
  closeSync,
  copyFileSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import {
  type CheckedFiles,
  checkedFilesIn,
  fileState,
  rememberChecked,
  wasChecked,
} from '../../../electron/core/db/checkedFiles';
import { closeWorkbook, openWorkbook, writerOf } from '../../../electron/core/db/workbook';
import { createDispatcher } from '../../../electron/core/dispatcher';
import { AppError } from '../../../electron/core/errors';
import { createMeeting } from '../../../electron/core/repos';
import { createService, type Handlers } from '../../../electron/core/service';
import { samsyn } from '../../helpers/cli';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../../helpers/files';
import { newService } from '../../helpers/service';
import { interruptedWorkbook, newWorkbook } from '../../helpers/workbook';

// Reopening a workbook this computer checked skips the checks that read the whole
// file; anything that changed the file since, or a copy of it, gets every check.

const tempDir = useTempDir();

function codeOf(fn: () => unknown): string {
  try {
    closeWorkbook(fn() as never);
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  return 'opened';
}

/** A closed workbook with one meeting, made by the app. */
function goodWorkbook(dir = tempDir()): string {
  const wb = newWorkbook(dir);
  createMeeting(wb.db, { title: 'Arbetsplatsträff', date: '2026-03-02' });
  closeWorkbook(wb);
  return wb.path;
}

/** Waits until the file's last change is old enough for the memory to keep it. */
async function settled(path: string): Promise<void> {
  await vi.waitFor(() => expect(fileState(path)?.recent).toBe(false), { timeout: 10_000, interval: 20 });
}

/** Another program leaves an agenda participant pointing at no meeting: every SQLite write changes the file. */
function breakLinks(path: string): void {
  const db = new Database(path);
  db.pragma('foreign_keys = OFF');
  db.prepare("INSERT INTO participants (meeting_id, position, name) VALUES (999, 0, 'Spöke')").run();
  db.close();
}

/** Another program overwrites one byte of the meetings table's page: no SQLite, same size, same header. */
function damagePage(path: string): void {
  const db = new Database(path, { readonly: true });
  const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'meetings'").pluck().get() as number;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(path, 'r+');
  try {
    const pageType = Buffer.alloc(1);
    readSync(fd, pageType, 0, 1, (root - 1) * pageSize);
    expect(pageType[0]).toBe(0x0d); // a table leaf, which SQLite reads only when asked for meetings
    writeSync(fd, Buffer.from([0x00]), 0, 1, (root - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** Remembers the file as checked in its present state, as if it had passed the checks. */
async function rememberAsIs(memory: CheckedFiles, path: string): Promise<void> {
  await settled(path);
  rememberChecked(memory, fileState(path)!);
}

describe('the memory of checked files', () => {
  it('remembers a workbook once checked, and again in the state the app leaves it when it closes it', async () => {
    const memory = checkedFilesIn(tempDir());
    const path = goodWorkbook();
    await settled(path);
    const wb = openWorkbook(path, { checkedFiles: memory });
    expect(wasChecked(memory, fileState(path)!)).toBe(true);

    createMeeting(writerOf(wb), { title: 'Nästa träff', date: '2026-04-06' });
    expect(wasChecked(memory, fileState(path)!)).toBe(false);
    closeWorkbook(wb);
    expect(wasChecked(memory, fileState(path)!)).toBe(true);
  });

  it('lets a file in a remembered state open without the whole-file checks, and checks a copy of it whole', async () => {
    const memory = checkedFilesIn(tempDir());
    const path = goodWorkbook();
    breakLinks(path);
    expect(codeOf(() => openWorkbook(path, { checkedFiles: memory }))).toBe('DAMAGED');

    await rememberAsIs(memory, path);
    expect(codeOf(() => openWorkbook(path, { checkedFiles: memory }))).toBe('opened');
    expect(codeOf(() => openWorkbook(path))).toBe('DAMAGED');
    expect(codeOf(() => openWorkbook(path, { checkedFiles: memory, thorough: true, readOnly: true }))).toBe('DAMAGED');

    const copy = join(tempDir(), 'Kopia.samsyn');
    copyFileSync(path, copy);
    await settled(copy);
    expect(codeOf(() => openWorkbook(copy, { checkedFiles: memory }))).toBe('DAMAGED');
  });

  it('refuses a workbook another program damaged between two opens with DAMAGED', async () => {
    const memory = checkedFilesIn(tempDir());
    const viaSqlite = goodWorkbook();
    const viaBytes = goodWorkbook();
    for (const path of [viaSqlite, viaBytes]) {
      await settled(path);
      expect(codeOf(() => openWorkbook(path, { checkedFiles: memory }))).toBe('opened');
      expect(wasChecked(memory, fileState(path)!)).toBe(true);
    }
    breakLinks(viaSqlite);
    damagePage(viaBytes);
    expect(codeOf(() => openWorkbook(viaSqlite, { checkedFiles: memory }))).toBe('DAMAGED');
    expect(codeOf(() => openWorkbook(viaBytes, { checkedFiles: memory }))).toBe('DAMAGED');
  });

  it('does not remember a workbook another program wrote to while the app had it open', async () => {
    const memory = checkedFilesIn(tempDir());
    const path = goodWorkbook();
    await settled(path);
    const wb = openWorkbook(path, { checkedFiles: memory });
    breakLinks(path);
    await settled(path);
    closeWorkbook(wb);
    expect(wasChecked(memory, fileState(path)!)).toBe(false);
    expect(codeOf(() => openWorkbook(path, { checkedFiles: memory }))).toBe('DAMAGED');
  });

  it('ignores a memory file that is not exactly what Samsyn writes, and writes it anew', async () => {
    const dir = tempDir();
    const memory = checkedFilesIn(dir);
    const path = goodWorkbook();
    breakLinks(path);
    await rememberAsIs(memory, path);
    const genuine = readFileSync(memory.path, 'utf8');
    const broken = [
      genuine.slice(0, -3),
      genuine.replace('"version":1', '"version":2'),
      genuine.replace(']]}', '],["1-2","not a state"]]}'),
      genuine.replace(']]}', `]${',["1-2","1:2:3:' + 'a'.repeat(43) + '"]'.repeat(200)}]}`),
    ];
    for (const text of broken) {
      writeFileSync(memory.path, text);
      expect(codeOf(() => openWorkbook(path, { checkedFiles: memory }))).toBe('DAMAGED');
    }
    const good = goodWorkbook();
    await settled(good);
    closeWorkbook(openWorkbook(good, { checkedFiles: memory }));
    expect(JSON.parse(readFileSync(memory.path, 'utf8'))).toMatchObject({
      version: 1,
      files: [[expect.any(String), expect.any(String)]],
    });
  });

  it('never follows a link at the memory file’s name, and replaces the link when it writes', async () => {
    const dir = tempDir();
    const memory = checkedFilesIn(dir);
    const path = goodWorkbook();
    breakLinks(path);
    const elsewhere = checkedFilesIn(tempDir());
    await rememberAsIs(elsewhere, path);
    const planted = readFileSync(elsewhere.path, 'utf8');
    symlinkSync(elsewhere.path, memory.path);
    expect(codeOf(() => openWorkbook(path, { checkedFiles: memory }))).toBe('DAMAGED');

    const good = goodWorkbook();
    await settled(good);
    closeWorkbook(openWorkbook(good, { checkedFiles: memory }));
    expect(lstatSync(memory.path).isFile()).toBe(true);
    expect(readFileSync(elsewhere.path, 'utf8')).toBe(planted);
  });

  it('does not remember a workbook recovered after a crash until it is opened again', async () => {
    const memory = checkedFilesIn(tempDir());
    const path = interruptedWorkbook(tempDir());
    await settled(path);
    expect(codeOf(() => openWorkbook(path, { checkedFiles: memory }))).toBe('NEEDS_RECOVERY');
    const wb = openWorkbook(path, { checkedFiles: memory, recover: true, backupDir: tempDir() });
    await settled(path);
    closeWorkbook(wb);
    expect(wasChecked(memory, fileState(path)!)).toBe(false);
    closeWorkbook(openWorkbook(path, { checkedFiles: memory }));
    expect(wasChecked(memory, fileState(path)!)).toBe(true);
  });

  it('keeps the 200 files checked most recently', () => {
    const memory = checkedFilesIn(tempDir());
    for (let i = 0; i < 250; i++)
      rememberChecked(memory, { id: `1-${i}`, state: `1:2:3:${'a'.repeat(43)}`, recent: false });
    const { files } = JSON.parse(readFileSync(memory.path, 'utf8')) as { files: [string, string][] };
    expect(files).toHaveLength(200);
    expect(files[0]![0]).toBe('1-249');
    expect(wasChecked(memory, { id: '1-50', state: `1:2:3:${'a'.repeat(43)}`, recent: false })).toBe(true);
    expect(wasChecked(memory, { id: '1-49', state: `1:2:3:${'a'.repeat(43)}`, recent: false })).toBe(false);
  });

  it('leaves samsyn check thorough: it reads the whole file whatever the app remembers', async () => {
    const userDataDir = tempDir();
    const service = createService({ userDataDir, libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
    const path = goodWorkbook();
    breakLinks(path);
    await rememberAsIs(checkedFilesIn(userDataDir), path);
    expect(await service.handlers['workbook.open']({ path })).toMatchObject({ path });
    service.shutdown();
    const check = samsyn('check', path);
    expect(check.code).toBe(1);
    expect(check.err).toContain('broken links');
  });
});

describe('a workbook found damaged while it is open', () => {
  it('reaches the user as DAMAGED, not as an internal error or a failed save', async () => {
    const path = goodWorkbook();
    const service = newService(tempDir);
    const dispatch = createDispatcher(service.handlers as unknown as Handlers, () => undefined);
    expect(await dispatch('workbook.open', { path })).toMatchObject({ ok: true });
    damagePage(path);
    expect(await dispatch('workbook.home', {})).toMatchObject({ ok: false, error: { code: 'DAMAGED' } });
    service.shutdown();
  });
});
