import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createWorkbook, loseSaves, planMeeting } from './pages';
import { useApp, type AppPage } from './harness';

const { tempDir, open } = useApp();

const PEOPLE = [
  ['Åsa Lind', 'rektor'],
  ['Björn Ek', 'lärare'],
  ['Cecilia Öst', 'skyddsombud'],
  ['David Ny', 'lärare'],
  ['Elin Berg', 'fritidspedagog'],
] as const;

/** A workbook made through the start screen, and a planned meeting with four cases and five people present. */
async function plannedMeeting(language: 'sv' | 'en' = 'sv') {
  const app = await open();
  const sector = language === 'en' ? 'Public' : 'Offentlig';
  await createWorkbook(app, 'Björkbackens skola', join(tempDir(), 'Skolan.samsyn'), { sector, language });
  const { id, items } = await planMeeting(app);
  const h = app.service.handlers;
  await h['items.remove']({ id: items.at(-1)!.id });
  for (const [name, role] of PEOPLE) {
    const d = await h['participants.add']({ meetingId: id, name, role });
    await h['participants.setPresent']({ id: d.participants.at(-1)!.id, present: true });
  }
  await h['meetings.setStatus']({ id, status: 'running' });
  await app.page.evaluate((meetingId) => (location.hash = `#/meetings/${meetingId}/run`), id);
  await app.page.getByTestId('run').waitFor();
  return { app, id };
}

const projectorText = (page: Page) => page.locator('body').innerText();
/** Arrow keys typed into a field move the cursor, not the meeting: leave the field first, as a facilitator would. */
const pressOutsideFields = async (page: Page, key: string) => {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press(key);
};
const titleOf = async (app: AppPage, id: number, index: number) =>
  (await app.service.handlers['meetings.get']({ id })).items[index]!.caseText.sv!.title;
const waitSaved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');

describe('running a meeting', () => {
  it('runs through four cases with stances, polls, notes and two actions while the projector follows', async () => {
    const { app, id } = await plannedMeeting();
    const { page } = app;
    const projector = await app.openPage('#/projector', { width: 1920, height: 1080 });
    await expect.poll(() => projectorText(projector)).toContain(await titleOf(app, id, 0));
    const notes = (await app.service.handlers['meetings.get']({ id })).items.map((i) =>
      i.caseText.sv!.notes[0]!.slice(0, 50),
    );

    const stances = ['not_acceptable', 'depends', 'acceptable', 'no_consensus'] as const;
    for (let index = 0; index < 4; index++) {
      await expect.poll(() => page.getByTestId('position').textContent()).toBe(`Fall ${index + 1} av 4`);
      await page.locator(`[data-test="stance"] label[data-stance="${stances[index]}"]`).click();
      await page.locator('input[name="poll-agree"]').fill(String(index + 1));
      await page.locator('input[name="poll-disagree"]').fill('1');
      await page.locator('input[name="poll-unsure"]').fill('0');
      await page.locator('[data-test="poll"] button[type="submit"]').click();
      await page
        .getByTestId('consensus-notes')
        .fill(`Samsyn ${index + 1}: vi pratar med personen först – inte om den.`);
      if (index < 2) {
        await page.locator('input[name="action-what"]').fill(`Åtgärd ${index + 1}: skriv ett utkast`);
        await page.locator('input[name="action-who"]').fill(PEOPLE[index]![0]);
        await page.locator('[data-test="action-form"] button[type="submit"]').click();
        await expect.poll(() => page.getByTestId('action-row').count()).toBe(1);
      }
      await waitSaved(page);
      expect(await projectorText(projector)).not.toContain(notes[index]!);
      if (index === 0) await app.screenshot('meeting-run-sv');
      if (index < 3) {
        await pressOutsideFields(page, 'ArrowRight');
        await expect.poll(() => projectorText(projector)).toContain(await titleOf(app, id, index + 1));
      }
    }

    const stored = await app.service.handlers['meetings.get']({ id });
    expect(stored.items.map((i) => i.stance)).toEqual([...stances]);
    expect(stored.items.map((i) => i.poll)).toEqual([1, 2, 3, 4].map((agree) => ({ agree, disagree: 1, unsure: 0 })));
    expect(stored.items[3]!.consensusNotes).toBe('Samsyn 4: vi pratar med personen först – inte om den.');
    expect(stored.actions.map((a) => [a.what, a.who])).toEqual([
      ['Åtgärd 1: skriv ett utkast', 'Åsa Lind'],
      ['Åtgärd 2: skriv ett utkast', 'Björn Ek'],
    ]);
    await pressOutsideFields(page, 'ArrowLeft');
    await expect.poll(() => projectorText(projector)).toContain(await titleOf(app, id, 2));
    await app.close();
  });

  it('blanks the projector and runs the timer from the keyboard on either window', async () => {
    const { app, id } = await plannedMeeting();
    const projector = await app.openPage('#/projector', { width: 1024, height: 768 });
    const title = await titleOf(app, id, 0);
    await expect.poll(() => projectorText(projector)).toContain(title);

    await pressOutsideFields(projector, 'b');
    await expect.poll(() => projectorText(projector)).not.toContain(title);
    await app.page.getByTestId('blanked').waitFor();
    await pressOutsideFields(app.page, 'b');
    await expect.poll(() => projectorText(projector)).toContain(title);
    await expect.poll(() => app.page.getByTestId('blanked').count()).toBe(0);

    await pressOutsideFields(app.page, 't');
    await expect.poll(async () => (await app.service.handlers['presentation.get']({})).timer.running).toBe(true);
    await expect.poll(() => app.page.getByTestId('timer').locator('.clock').textContent()).not.toBe('0:00');
    await pressOutsideFields(projector, 't');
    await expect.poll(async () => (await app.service.handlers['presentation.get']({})).timer.running).toBe(false);
    await app.close();
  });

  it('says in a sentence that a poll has more hands than people present, and stores nothing', async () => {
    const { app, id } = await plannedMeeting();
    const { page } = app;
    await page.locator('input[name="poll-agree"]').fill('4');
    await page.locator('input[name="poll-disagree"]').fill('3');
    await page.locator('[data-test="poll"] button[type="submit"]').click();
    expect(await page.getByTestId('poll-problem').textContent()).toBe(
      'Det blir 7 röster men bara 5 är närvarande. Räkna om.',
    );
    await page.locator('input[name="poll-agree"]').fill('2.5');
    await page.locator('input[name="poll-disagree"]').fill('0');
    await page.locator('[data-test="poll"] button[type="submit"]').click();
    await expect.poll(() => page.getByTestId('poll-problem').textContent()).toBe('Skriv hela tal, 0 eller fler.');
    expect((await app.service.handlers['meetings.get']({ id })).items[0]!.poll.agree).toBeNull();
    await app.close();
  });

  it('keeps notes typed right before a reload', async () => {
    const { app, id } = await plannedMeeting();
    const { page } = app;
    const words = 'Vi skriver aldrig om kollegor utan att fråga – även när det är skämt. Åäö!';
    await loseSaves(page, 'items.autosave');
    await page.getByTestId('consensus-notes').pressSequentially(words, { delay: 5 });
    await page.reload();
    await page.getByTestId('run').waitFor();
    await expect.poll(() => page.getByTestId('consensus-notes').inputValue()).toBe(words);
    await expect
      .poll(async () => (await app.service.handlers['meetings.get']({ id })).items[0]!.consensusNotes)
      .toBe(words);
    await app.close();
  });

  it('closes the meeting after confirming attendance and listing the cases not discussed', async () => {
    const { app, id } = await plannedMeeting();
    const { page } = app;
    await page.locator(`[data-test="stance"] label[data-stance="acceptable"]`).click();
    await page.getByTestId('close-meeting').click();
    const dialog = page.getByTestId('close-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('not-discussed').locator('li').count()).toBe(3);
    await app.screenshot('meeting-close-sv');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await app.service.handlers['meetings.get']({ id })).meeting.status).toBe('running');
    await page.getByTestId('close-meeting').click();
    await page.getByTestId('close-dialog-confirm').click();
    await page.getByTestId('closed').waitFor();
    expect((await app.service.handlers['meetings.get']({ id })).meeting.status).toBe('closed');
    expect((await app.service.handlers['presentation.get']({})).meetingId).toBeNull();
    await app.close();
  });

  it('looks right in English on a 1366×768 laptop', async () => {
    const { app } = await plannedMeeting('en');
    await app.page.getByTestId('consensus-notes').fill('We talk to the person, not about them.');
    await waitSaved(app.page);
    await app.screenshot('meeting-run-en');
    await app.close();
  });
});
