import { hostname } from 'node:os';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockPathFor } from '../../electron/core/lock';
import { closeWorkbook, createWorkbook, writerOf } from '../../electron/core/db/workbook';
import { createMeeting } from '../../electron/core/repos';
import { useApp } from './harness';

const { tempDir, open } = useApp();

describe('the start screen', () => {
  it('creates a workbook, closes it, and reopens it from the recent list', async () => {
    const files = tempDir();
    const app = await open();
    const { page } = app;
    await page.getByTestId('recent-empty').waitFor();
    await app.screenshot('start-empty-sv');

    await page.getByTestId('new-workbook').click();
    await page.getByTestId('create-submit').click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Skriv organisationens namn');
    await page.locator('input[name="orgName"]').fill('Björkbackens förskola');
    await page.getByText('Offentlig').click();
    await app.screenshot('start-new-workbook-sv');
    app.dialogs.newWorkbook.push(join(files, 'Björkbacken.samsyn'));
    await page.getByTestId('create-submit').click();

    await expect.poll(() => page.getByTestId('org-name').textContent()).toBe('Björkbackens förskola');
    await page.getByTestId('meetings-empty').waitFor();
    await app.screenshot('home-empty-sv');

    await page.getByTestId('close-workbook').click();
    const entry = page.getByTestId('recent-entry');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.textContent()).toContain('Björkbackens förskola');
    await app.screenshot('start-recent-sv');
    await entry.click();
    await expect.poll(() => page.getByTestId('org-name').textContent()).toBe('Björkbackens förskola');
    await app.close();
  });

  it('says in a sentence that a chosen file is not a workbook, and changes nothing', async () => {
    const files = tempDir();
    const notes = join(files, 'anteckningar.samsyn');
    writeFileSync(notes, 'Det här är bara en textfil.');
    const app = await open();
    app.dialogs.openWorkbook.push(notes);
    await app.page.getByTestId('open-workbook').click();
    const error = app.page.getByTestId('error');
    await error.waitFor();
    expect(await error.textContent()).toContain(
      'Filen är inte en Samsyn-arbetsbok. Välj en fil som slutar på .samsyn.',
    );
    await app.screenshot('start-not-a-workbook-sv');
    await app.close();
  });

  it('offers read-only when someone else has the workbook open', async () => {
    const files = tempDir();
    const path = join(files, 'Acme.samsyn');
    closeWorkbook(createWorkbook(path, { orgName: 'Acme AB', sector: 'private', language: 'sv' }));
    writeFileSync(
      lockPathFor(path),
      JSON.stringify({ user: 'karin', host: 'KONSULT-LAPTOP', pid: 4242, since: '2026-11-20T08:30:00Z' }),
    );
    const app = await open();
    app.dialogs.openWorkbook.push(path);
    await app.page.getByTestId('open-workbook').click();
    const dialog = app.page.getByTestId('locked-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('karin på datorn KONSULT-LAPTOP');
    await app.screenshot('start-locked-sv');
    await app.page.getByTestId('locked-dialog-confirm').click();
    await app.page.getByTestId('read-only').waitFor();
    expect(await app.page.getByTestId('org-name').textContent()).toBe('Acme AB');
    await app.screenshot('home-read-only-sv');
    await app.close();
    expect(hostname()).not.toBe('KONSULT-LAPTOP');
  });

  it('switches to English and keeps the choice after a reload', async () => {
    const app = await open();
    const { page } = app;
    await page.getByRole('heading', { level: 1 }).getByText('Välkommen till Samsyn').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1 }).getByText('Welcome to Samsyn').waitFor();
    expect(await page.getByTestId('new-workbook').textContent()).toContain('New workbook');
    await app.screenshot('start-empty-en');
    await page.reload();
    await page.getByRole('heading', { level: 1 }).getByText('Welcome to Samsyn').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await app.close();
  });

  it('shows the home of a workbook with meetings in English', async () => {
    const files = tempDir();
    const app = await open();
    const { page } = app;
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('new-workbook').click();
    await page.locator('input[name="orgName"]').fill('Northside Tenants’ Association');
    await page.getByText('Association').click();
    app.dialogs.newWorkbook.push(join(files, 'Northside.samsyn'));
    await page.getByTestId('create-submit').click();
    await page.getByTestId('org-name').waitFor();
    const { setMeetingStatus } = await import('../../electron/core/repos');
    const db = writerOf(app.service.current()!);
    setMeetingStatus(
      db,
      createMeeting(db, { title: 'Spring members’ meeting', date: '2026-04-14', startTime: '18:00' }),
      'closed',
    );
    createMeeting(db, { title: 'Board workshop on social media', date: '2026-11-30', startTime: '17:30' });
    await app.push({ type: 'open-path', path: join(files, 'Northside.samsyn') });
    await page.getByTestId('meeting-list').waitFor();
    expect(await page.getByTestId('meeting-list').textContent()).toContain('Board workshop on social media');
    await app.screenshot('home-meetings-en');
    await app.close();
  });
  it('lists the latest meetings first, shows older ones on request, and asks the core once per visit', async () => {
    const path = join(tempDir(), 'Many.samsyn');
    const wb = createWorkbook(path, { orgName: 'Storstadens kommun', sector: 'public', language: 'sv' });
    for (let week = 0; week < 45; week++) {
      const date = new Date(Date.UTC(2025, 0, 6) + week * 7 * 86_400_000).toISOString().slice(0, 10);
      createMeeting(wb.db, { title: `Träff ${week + 1}`, date });
    }
    closeWorkbook(wb);
    const calls: string[] = [];
    const app = await open({ onCall: (method) => calls.push(method) });
    const { page } = app;
    await page.getByTestId('new-workbook').waitFor();
    await app.service.handlers['workbook.open']({ path });
    calls.length = 0;
    await page.reload();
    const links = page.getByTestId('meeting-link');
    await expect.poll(() => links.count()).toBe(12);
    expect(await links.first().textContent()).toContain('Träff 45');
    expect(calls.sort()).toEqual(['app.setLanguage', 'workbook.current', 'workbook.home']);
    await app.screenshot('home-latest-meetings');

    await page.getByTestId('more-meetings').click();
    await expect.poll(() => links.count()).toBe(45);
    expect(await links.last().textContent()).toContain('Träff 1');
    await expect.poll(() => page.getByTestId('more-meetings').count()).toBe(0);

    await page.getByTestId('open-library').click();
    await page.getByTestId('case-card').first().waitFor();
    calls.length = 0;
    await page.goBack();
    await expect.poll(() => links.count()).toBe(45);
    expect(calls).toEqual(['workbook.home']);
    await app.close();
  });
});
