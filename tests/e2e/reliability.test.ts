import { existsSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { interruptedWorkbook } from '../helpers/workbook';
import { useApp } from './harness';

const { tempDir, open } = useApp();

describe('when things go wrong', () => {
  it('asks before finishing a save a crash interrupted, then opens the workbook', async () => {
    const path = interruptedWorkbook(tempDir());
    const app = await open();
    app.dialogs.openWorkbook.push(path);
    await app.page.getByTestId('open-workbook').click();
    await app.page.getByTestId('recover-dialog').waitFor();
    expect(await app.page.getByTestId('recover-dialog').textContent()).toContain('mitt i en sparning');
    await app.screenshot('start-recover-sv');
    await app.page.getByTestId('recover-dialog-confirm').click();
    await expect.poll(() => app.page.getByTestId('org-name').textContent()).toBe('Björkbackens förskola');
    expect(existsSync(`${path}-journal`)).toBe(false);
    await app.close();
  });

  /**
   * A meeting on a file that vanishes once `screen` of the meeting shows `ready`: opening the
   * meeting writes, and must not be what fails.
   */
  async function meetingOnVanishingFile(screen: 'run' | 'plan', ready: string) {
    const path = join(tempDir(), 'Försvinner.samsyn');
    const app = await open();
    await app.service.handlers['example.create']({ path, language: 'sv' });
    const h = app.service.handlers;
    const m = await h['meetings.create']({ title: 'Möte på USB-minnet', date: '2026-11-30' });
    await h['meetings.addStarterAgenda']({ id: m.meeting.id });
    await h['participants.add']({ meetingId: m.meeting.id, name: 'Maria Lind' });
    // The page learns of the workbook opened behind its back by reloading, and only then goes to the meeting.
    await app.page.reload();
    await app.page.getByTestId('org-name').waitFor();
    await app.page.evaluate(([id, view]) => (location.hash = `#/meetings/${id}/${view}`), [m.meeting.id, screen]);
    await app.page.getByTestId(ready).first().waitFor();
    unlinkSync(path);
    return app;
  }

  it('keeps typed notes on screen when the file vanishes, says so, and saves a copy elsewhere', async () => {
    const app = await meetingOnVanishingFile('run', 'consensus-notes');
    const words = 'Det här får inte försvinna – åäö.';
    await app.page.getByTestId('consensus-notes').fill(words);
    await expect.poll(() => app.page.getByTestId('save-state').first().getAttribute('data-state')).toBe('error');
    expect(await app.page.getByTestId('save-reason').textContent()).toContain('Texten finns kvar på skärmen');
    expect(await app.page.getByTestId('consensus-notes').inputValue()).toBe(words);
    await app.screenshot('run-save-failed-sv');
    const rescue = join(tempDir(), 'Räddad.samsyn');
    app.dialogs.copyPath.push(rescue);
    await app.page.getByTestId('rescue-copy').click();
    await expect.poll(() => existsSync(rescue)).toBe(true);
    const copy = new Database(rescue, { readonly: true });
    expect(copy.prepare("SELECT COUNT(*) FROM meetings WHERE title = 'Möte på USB-minnet'").pluck().get()).toBe(1);
    copy.close();
    await app.close();
  });

  it('puts a tick back when the change cannot be stored, and says why', async () => {
    const app = await meetingOnVanishingFile('plan', 'participant-present');
    const tick = app.page.getByTestId('participant-present');
    await tick.click();
    await app.page.getByTestId('error').waitFor();
    expect(await tick.isChecked()).toBe(false);
    await app.close();
  });

  it('lists the backups taken when meetings closed and restores one as a new file', async () => {
    const dir = tempDir();
    const app = await open();
    const h = app.service.handlers;
    await h['workbook.create']({
      path: join(dir, 'Kopierad.samsyn'),
      orgName: 'Kopierade föreningen',
      sector: 'association',
      language: 'sv',
    });
    const m = await h['meetings.create']({ title: 'Årsmöte', date: '2026-03-01' });
    await h['meetings.setStatus']({ id: m.meeting.id, status: 'closed' });
    await h['workbook.close']({});
    await app.page.reload();
    await app.page.getByTestId('open-backups').click();
    await app.page.getByTestId('backup-list').waitFor();
    expect(await app.page.getByTestId('backup-list').textContent()).toContain('Kopierade föreningen');
    await app.screenshot('backups-sv');
    const target = join(tempDir(), 'Återställd.samsyn');
    app.dialogs.newWorkbook.push(target);
    await app.page.getByTestId('restore-backup').first().click();
    await expect.poll(() => app.page.getByTestId('org-name').textContent()).toBe('Kopierade föreningen');
    expect(existsSync(target)).toBe(true);
    await app.close();
  });
});
