import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeWorkbook, openWorkbook } from '../../electron/core/db/workbook';
import { AppError } from '../../electron/core/errors';
import { createService } from '../../electron/core/service';
import { KEEP_BACKUPS } from '../../electron/core/backups';
import { FONTS_DIR, LIBRARY_DIR, sha256, useTempDir } from '../helpers/files';
import { smallDisk } from '../helpers/readOnlyMedia';
import { interruptedWorkbook } from '../helpers/workbook';

const tempDir = useTempDir();
const CHILD = fileURLToPath(new URL('../../test-output/bin/autosave-child.cjs', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/samsyn.js', import.meta.url));

const serviceIn = (userData = tempDir()) =>
  createService({ userDataDir: userData, libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });

async function exampleFile(dir: string) {
  const service = serviceIn();
  const path = join(dir, 'Exempel.samsyn');
  await service.handlers['example.create']({ path, language: 'sv' });
  service.shutdown();
  return path;
}

describe('a save interrupted by a crash', () => {
  it('is not rolled back behind the user’s back: the file is refused untouched until they choose to recover', () => {
    const dir = tempDir();
    const path = interruptedWorkbook(dir);
    expect(statSync(`${path}-journal`).size).toBeGreaterThan(0);
    const before = sha256(path);
    expect(() => openWorkbook(path)).toThrow(expect.objectContaining({ code: 'NEEDS_RECOVERY' }));
    expect(() => openWorkbook(path, { readOnly: true })).toThrow(expect.objectContaining({ code: 'NEEDS_RECOVERY' }));
    expect(sha256(path)).toBe(before);

    const wb = openWorkbook(path, { recover: true });
    expect(wb.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(wb.db.prepare('SELECT COUNT(*) FROM meetings').pluck().get()).toBe(0);
    closeWorkbook(wb);
    expect(existsSync(`${path}-journal`)).toBe(false);
  });
});

describe('files that cannot be read or vanish', () => {
  it('refuses a file the user may not read, with NO_ACCESS', async () => {
    const dir = tempDir();
    const path = await exampleFile(dir);
    chmodSync(dir, 0o755);
    chmodSync(path, 0o000);
    // root reads everything, so the check runs as an unprivileged user when the tests run as root
    const asRoot = process.getuid?.() === 0;
    const result = spawnSync(process.execPath, [BIN, 'check', path], {
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('not allowed to read');
    chmodSync(path, 0o644);
  });

  it('refuses a conversation package the user may not read as it does a workbook, not as a file of another kind', async () => {
    const dir = tempDir();
    const workbook = await exampleFile(dir);
    const path = join(dir, 'Samtal.samsyn-package');
    writeFileSync(path, '{}');
    chmodSync(dir, 0o755);
    chmodSync(path, 0o000);
    const asRoot = process.getuid?.() === 0;
    const result = spawnSync(
      process.execPath,
      [BIN, 'material', workbook, '--package', path, '-o', join(dir, 'out.pdf')],
      {
        encoding: 'utf8',
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${path}: Samsyn is not allowed to read this file.`);
    chmodSync(path, 0o644);
  });

  it('says SAVE_FAILED when the open file is deleted, and a copy can still be saved elsewhere', async () => {
    const dir = tempDir();
    const path = await exampleFile(dir);
    const service = serviceIn();
    await service.handlers['workbook.open']({ path });
    const [meeting] = await service.handlers['meetings.list']({});
    const detail = await service.handlers['meetings.get']({ id: meeting!.id });
    unlinkSync(path);
    expect(() => service.handlers['meetings.update']({ id: meeting!.id, changes: { place: 'Nytt rum' } })).toThrow(
      expect.objectContaining({ code: 'SAVE_FAILED' }),
    );
    const rescue = join(tempDir(), 'Räddad.samsyn');
    await service.handlers['workbook.saveCopy']({ path: rescue });
    const copy = new Database(rescue, { readonly: true });
    expect(copy.prepare('SELECT title FROM meetings').pluck().get()).toBe(detail.meeting.title);
    copy.close();
    service.shutdown();
  });

  const disk = smallDisk();
  it.runIf(disk !== null)(
    'says SAVE_FAILED when the disk is full, keeps what was saved, and a copy goes elsewhere',
    async () => {
      const full = disk!;
      try {
        const path = await exampleFile(full.dir);
        const service = serviceIn();
        await service.handlers['workbook.open']({ path });
        const [meeting] = await service.handlers['meetings.list']({});
        const detail = await service.handlers['meetings.get']({ id: meeting!.id });
        full.fill();
        const { createDispatcher } = await import('../../electron/core/dispatcher');
        const dispatch = createDispatcher(service.handlers as never, () => undefined);
        const unsigned = await dispatch('meetings.create', {
          title: 'x'.repeat(200),
          date: '2026-01-01',
          purpose: 'å'.repeat(500),
        });
        let answer = unsigned;
        for (let i = 0; i < 40 && answer.ok; i++)
          answer = await dispatch('meetings.create', {
            title: 'y'.repeat(200),
            date: '2026-01-01',
            purpose: 'ä'.repeat(500),
          });
        expect(answer).toMatchObject({ ok: false, error: { code: 'SAVE_FAILED' } });
        const rescue = join(tempDir(), 'Räddad.samsyn');
        expect(await dispatch('workbook.saveCopy', { path: rescue })).toMatchObject({ ok: true });
        const copy = new Database(rescue, { readonly: true });
        expect(copy.prepare('SELECT title FROM meetings ORDER BY id LIMIT 1').pluck().get()).toBe(detail.meeting.title);
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        copy.close();
        service.shutdown();
      } finally {
        full.cleanup();
      }
    },
  );
});

describe('two processes and one workbook', () => {
  it('refuses the second opener with who and where, offers read-only, and lets a dead holder’s lock be taken over', async () => {
    const dir = tempDir();
    const service = serviceIn();
    const path = join(dir, 'Delad.samsyn');
    await service.handlers['workbook.create']({ path, orgName: 'Delad', sector: 'private', language: 'sv' });
    const m = await service.handlers['meetings.create']({ title: 'Möte', date: '2026-01-01' });
    const itemId = (await service.handlers['meetings.addStarterAgenda']({ id: m.meeting.id })).items[0]!.id;
    await service.handlers['workbook.close']({});

    const child = spawn(process.execPath, [CHILD, path, tempDir(), LIBRARY_DIR, FONTS_DIR, String(itemId)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
    try {
      openWorkbook(path);
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).code).toBe('WORKBOOK_LOCKED');
      expect((err as AppError).details).toMatchObject({ pid: child.pid, stale: false, sameHost: true });
    }
    const reader = openWorkbook(path, { readOnly: true });
    expect(reader.readOnly).toBe(true);
    closeWorkbook(reader);

    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    try {
      openWorkbook(path);
      expect.unreachable();
    } catch (err) {
      expect((err as AppError).details).toMatchObject({ stale: true });
    }
    const taken = openWorkbook(path, { takeOverLock: true, recover: true });
    expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8')).pid).toBe(process.pid);
    closeWorkbook(taken);
    service.shutdown();
  });
});

describe('backups', () => {
  it('are taken when a meeting closes, keep the last ten, and restore as a new file', async () => {
    const userData = tempDir();
    const service = serviceIn(userData);
    const path = join(tempDir(), 'Säker.samsyn');
    await service.handlers['workbook.create']({
      path,
      orgName: 'Säker förening',
      sector: 'association',
      language: 'sv',
    });
    const m = await service.handlers['meetings.create']({ title: 'Möte', date: '2026-01-01' });
    for (let i = 0; i < KEEP_BACKUPS + 3; i++) {
      await service.handlers['meetings.setStatus']({ id: m.meeting.id, status: 'running' });
      await service.handlers['meetings.setStatus']({ id: m.meeting.id, status: 'closed' });
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const list = await service.handlers['backups.list']({});
    expect(list).toHaveLength(KEEP_BACKUPS);
    expect(list[0]).toMatchObject({ workbook: 'Säker.samsyn', orgName: 'Säker förening', reason: 'meeting-closed' });
    const target = join(tempDir(), 'Återställd.samsyn');
    expect(await service.handlers['backups.restore']({ file: list[0]!.file, path: target })).toBe(target);
    expect(() => service.handlers['backups.restore']({ file: list[0]!.file, path: target })).toThrow(
      expect.objectContaining({ code: 'FILE_EXISTS' }),
    );
    expect(() =>
      service.handlers['backups.restore']({ file: '../../etc/passwd', path: join(tempDir(), 'x.samsyn') }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    service.shutdown();
    const restored = openWorkbook(target, { readOnly: true });
    expect(restored.db.prepare('SELECT status FROM meetings').pluck().get()).toBe('closed');
    closeWorkbook(restored);
    expect(execFileSync(process.execPath, [BIN, 'check', target], { encoding: 'utf8' })).toContain(': ok');
    copyFileSync(target, join(tempDir(), 'x.samsyn'));
    writeFileSync(join(tempDir(), 'y.txt'), '');
  });
});
