import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import { createMeeting } from '../../electron/core/repos';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../helpers/files';
import { serviceWithWorkbook } from '../helpers/service';
import { writerOf } from '../../electron/core/db/workbook';

const tempDir = useTempDir();

describe('the service', () => {
  it('remembers opened workbooks in the recent list, newest first, and marks missing files', async () => {
    const userData = tempDir();
    const dir = tempDir();
    const service = createService({ userDataDir: userData, libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
    const h = service.handlers;
    await h['workbook.create']({ path: join(dir, 'A.samsyn'), orgName: 'Alfa', sector: 'private', language: 'sv' });
    await h['workbook.create']({ path: join(dir, 'B.samsyn'), orgName: 'Beta', sector: 'public', language: 'en' });
    await h['workbook.close']({});
    expect((await h['recent.list']({})).map((e) => e.orgName)).toEqual(['Beta', 'Alfa']);

    await h['workbook.open']({ path: join(dir, 'A.samsyn') });
    await h['workbook.close']({});
    const again = createService({ userDataDir: userData, libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
    expect((await again.handlers['recent.list']({})).map((e) => [e.orgName, e.exists])).toEqual([
      ['Alfa', true],
      ['Beta', true],
    ]);
    await again.handlers['recent.forget']({ path: join(dir, 'B.samsyn') });
    expect(await again.handlers['recent.list']({})).toHaveLength(1);
  });

  it('shows the workbook home with its meetings and counts', async () => {
    const { service } = await serviceWithWorkbook(tempDir, { orgName: 'Alfa', sector: 'association' });
    createMeeting(writerOf(service.current()!), { title: 'Årsmöte', date: '2026-03-15' });
    const home = await service.handlers['workbook.home']({});
    expect(home).toMatchObject({
      workbook: { orgName: 'Alfa', sector: 'association', readOnly: false },
      meetings: [{ title: 'Årsmöte', status: 'planned' }],
      caseCount: 0,
      openActionCount: 0,
      agreement: { adoptedVersion: null, draftPoints: 0, draftChanged: false },
    });
    service.shutdown();
  });

  it('gives the home screen the latest meetings it asks for, how many there are, the plans due and the collected count', async () => {
    const { service } = await serviceWithWorkbook(tempDir);
    const db = writerOf(service.current()!);
    for (let day = 1; day <= 9; day++) createMeeting(db, { title: `Möte ${day}`, date: `2026-03-0${day}` });
    const h = service.handlers;
    await h['plans.create']({ name: 'Facebookgruppen', reviewDate: '2026-04-01' });
    await h['plans.create']({ name: 'Instagram', reviewDate: '2027-06-01' });
    const home = await h['workbook.home']({ meetings: 3, today: '2026-03-20' });
    expect(home.meetings.map((m) => m.title)).toEqual(['Möte 9', 'Möte 8', 'Möte 7']);
    expect(home.meetingCount).toBe(9);
    expect(home.plans.count).toBe(2);
    expect(home.plans.dueForReview.map((p) => p.name)).toEqual(['Facebookgruppen']);
    expect(home.collectedCount).toBe(0);
    expect((await h['workbook.home']({})).meetings).toHaveLength(9);
    service.shutdown();
  });

  it('refuses changes to a workbook opened read-only', async () => {
    const { service, path } = await serviceWithWorkbook(tempDir);
    await service.handlers['workbook.close']({});
    await service.handlers['workbook.open']({ path, readOnly: true });
    expect(() => service.handlers['workbook.rename']({ orgName: 'Gamma' })).toThrow(
      expect.objectContaining({ code: 'READ_ONLY' }),
    );
    service.shutdown();
  });

  it('saves a complete copy elsewhere while the workbook stays open', async () => {
    const dir = tempDir();
    const { service, path } = await serviceWithWorkbook(tempDir, { dir });
    createMeeting(writerOf(service.current()!), { title: 'Kopierat möte', date: '2026-03-15' });
    const target = join(dir, 'copy.samsyn');
    expect(await service.handlers['workbook.saveCopy']({ path: target })).toBe(target);
    expect(existsSync(`${target}.partial`)).toBe(false);
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT title FROM meetings').pluck().get()).toBe('Kopierat möte');
    copy.close();
    expect(() => service.handlers['workbook.saveCopy']({ path })).toThrow(
      expect.objectContaining({ code: 'FILE_EXISTS' }),
    );
    service.shutdown();
  });
});

describe('the home summary of the agreement', () => {
  it('tells an adopted version apart from a changed draft waiting to be adopted', async () => {
    const { service } = await serviceWithWorkbook(tempDir, { orgName: 'Alfa' });
    const h = service.handlers;
    const agreement = async () => (await h['workbook.home']({})).agreement;
    await h['agreement.addPoint']({ text: 'Vi är oss själva.' });
    expect(await agreement()).toMatchObject({ adoptedVersion: null, draftPoints: 1, draftChanged: true });
    await h['agreement.adopt']({ meetingId: null, paper: 'a4' });
    expect(await agreement()).toMatchObject({ adoptedVersion: 1, draftChanged: false });
    // the next draft starts as a copy of version 1: not a change
    await h['agreement.updateDraft']({ title: '' });
    expect((await agreement()).draftChanged).toBe(false);
    await h['agreement.addPoint']({ text: 'Vi svarar inom en arbetsdag.' });
    expect(await agreement()).toMatchObject({ adoptedVersion: 1, draftPoints: 2, draftChanged: true });
    service.shutdown();
  });
});
