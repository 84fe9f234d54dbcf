import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createWorkbook } from './pages';
import { useApp, type AppPage } from './harness';

const { tempDir, open } = useApp();

/** A fresh workbook made through the start screen, with one earlier meeting that left an open action. */
async function appWithEarlierMeeting(): Promise<{ app: AppPage; earlierId: number }> {
  const files = tempDir();
  const path = join(files, 'Bageriet.samsyn');
  const app = await open();
  await createWorkbook(app, 'Björkbackens bageri', path);

  const earlier = await app.service.handlers['meetings.create']({
    title: 'Arbetsplatsträff i mars',
    date: '2021-03-09',
  });
  await app.service.handlers['actions.add']({
    meetingId: earlier.meeting.id,
    what: 'Fråga IT vem som äger bilderna på vår sida',
    who: 'Karin',
    dueDate: '2021-04-01',
  });
  // Opened again so the home screen lists the earlier meeting, as it would after a restart.
  await app.push({ type: 'open-path', path });
  await app.page.getByTestId('meeting-list').waitFor();
  return { app, earlierId: earlier.meeting.id };
}

const planId = (page: Page) => Number(/#\/meetings\/(\d+)\/plan/.exec(page.url())?.[1]);
const savedLabel = (page: Page) => page.getByTestId('save-label').textContent();
const agendaTitles = (page: Page) => page.getByTestId('agenda-title').allTextContents();
const row = (page: Page, title: string) => page.getByTestId('agenda-item').filter({ hasText: title });

describe('the meeting plan', () => {
  it('plans a meeting from the home screen and starts it', async () => {
    const { app, earlierId } = await appWithEarlierMeeting();
    const { page } = app;
    const get = (id: number) => app.service.handlers['meetings.get']({ id });

    await page.getByTestId('plan-meeting').click();
    await page.waitForURL(/#\/meetings\/\d+\/plan$/);
    const id = planId(page);
    await page.getByTestId('agenda-empty').waitFor();
    expect(await page.getByTestId('plan-heading').textContent()).toBe('Samtal om sociala medier');
    expect(await page.getByTestId('meeting-date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The open action from March waits at the top of the plan.
    const carried = page.getByTestId('carried-action');
    expect(await carried.count()).toBe(1);
    expect(await carried.textContent()).toContain('Fråga IT vem som äger bilderna på vår sida');
    expect(await carried.textContent()).toContain('Från ”Arbetsplatsträff i mars”');
    await app.screenshot('meeting-plan-empty-sv');

    // The details save themselves.
    await page.getByTestId('meeting-title').fill('Vår syn på sociala medier');
    await page.getByTestId('meeting-date').fill('2026-11-24');
    await page.getByTestId('meeting-start').fill('13:30');
    await page.getByTestId('meeting-duration').fill('60');
    await page.getByTestId('meeting-place').fill('Personalrummet');
    await page.getByTestId('meeting-facilitator').fill('Maria Lind');
    await page.getByTestId('meeting-note-taker').fill('Ahmed Karimi');
    for (const name of ['Eva Berg', 'Jonas Ek']) {
      await page.getByTestId('adjuster-name').fill(name);
      await page.getByTestId('adjuster-name').press('Enter');
      await page.getByTestId('adjusters').getByText(name).waitFor();
    }
    await page
      .getByTestId('meeting-purpose')
      .fill('Komma fram till en gemensam syn på hur vi skriver om jobbet i sociala medier.');
    await expect.poll(() => savedLabel(page)).toBe('Sparat');
    expect((await get(id)).meeting).toMatchObject({
      title: 'Vår syn på sociala medier',
      date: '2026-11-24',
      startTime: '13:30',
      durationMinutes: 60,
      place: 'Personalrummet',
      facilitator: 'Maria Lind',
      noteTaker: 'Ahmed Karimi',
      adjusters: ['Eva Berg', 'Jonas Ek'],
      purpose: 'Komma fram till en gemensam syn på hur vi skriver om jobbet i sociala medier.',
    });

    // Bad input gets a sentence next to the field, and what was saved stays saved.
    await page.getByTestId('meeting-title').fill('');
    expect(await page.getByTestId('meeting-title-error').textContent()).toContain('Skriv en rubrik för mötet.');
    await page.getByTestId('meeting-date').fill('');
    expect(await page.getByTestId('meeting-date-error').textContent()).toContain('Välj ett datum för mötet.');
    await expect.poll(() => savedLabel(page)).toBe('Sparat');
    expect((await get(id)).meeting).toMatchObject({ title: 'Vår syn på sociala medier', date: '2026-11-24' });
    expect(await page.getByTestId('plan-heading').textContent()).toBe('Vår syn på sociala medier');
    await page.getByTestId('meeting-title').fill('Vår syn på sociala medier');
    await page.getByTestId('meeting-date').fill('2026-11-24');
    expect(await page.getByTestId('meeting-title-error').count()).toBe(0);

    // Five participants, typed in one go with Enter; four of them are here.
    const people = [
      ['Maria Lind', 'Butikschef'],
      ['Ahmed Karimi', 'Bagare'],
      ['Eva Berg', 'Skyddsombud'],
      ['Jonas Ek', 'Kassa'],
      ['Sara Holm', 'Konditor'],
    ];
    for (const [name, role] of people) {
      await page.getByTestId('participant-name').fill(name!);
      await page.getByTestId('participant-role').fill(role!);
      await page.getByTestId('participant-role').press('Enter');
      await page.getByTestId('participant').filter({ hasText: name! }).waitFor();
    }
    expect(await page.getByTestId('participant-name').evaluate((el) => el === document.activeElement)).toBe(true);
    for (const name of ['Maria Lind', 'Ahmed Karimi', 'Eva Berg', 'Jonas Ek']) {
      await page.getByTestId('participant').filter({ hasText: name }).getByTestId('participant-present').check();
    }
    await expect.poll(() => page.getByTestId('participant-count').textContent()).toContain('5 deltagare, 4 närvarande');
    const { participants } = await get(id);
    expect(participants.map((p) => [p.name, p.role, p.present])).toEqual([
      ['Maria Lind', 'Butikschef', true],
      ['Ahmed Karimi', 'Bagare', true],
      ['Eva Berg', 'Skyddsombud', true],
      ['Jonas Ek', 'Kassa', true],
      ['Sara Holm', 'Konditor', null],
    ]);

    // People are reordered from the keyboard, and the keyboard stays with the person moved.
    const up = page.getByRole('button', { name: 'Flytta Sara Holm uppåt' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await get(id)).participants.map((p) => p.name).slice(3))
      .toEqual(['Sara Holm', 'Jonas Ek']);
    expect(await up.evaluate((el) => el === document.activeElement)).toBe(true);

    // The starter agenda, trimmed, and one case from the library through the dialog.
    await page.getByTestId('agenda-suggest').click();
    await expect.poll(() => page.getByTestId('agenda-item').count()).toBe(5);
    for (const title of ['Stjärnsäljaren slutar', 'Damen med den röda barnvagnen']) {
      await row(page, title).getByTestId('agenda-remove').click();
      await row(page, title).waitFor({ state: 'detached' });
    }
    await page.getByTestId('agenda-add').click();
    const picker = page.getByTestId('case-picker');
    await picker.waitFor();
    await app.screenshot('meeting-plan-picker-sv');
    await page.getByTestId('picker-search').fill('måndagsmorgon');
    const choice = page.getByTestId('picker-case').filter({ hasText: 'Ironi på måndagsmorgonen' });
    await choice.getByTestId('picker-add').click();
    await page.getByTestId('picker-added').waitFor();
    await choice.getByTestId('picker-on-agenda').waitFor();
    await page.getByTestId('case-picker-confirm').click();
    await picker.waitFor({ state: 'detached' });
    expect(await agendaTitles(page)).toEqual([
      'Ett ilsket inlägg mitt i natten',
      'Bilderna från personalfesten',
      'Stolt över bron',
      'Ironi på måndagsmorgonen',
    ]);

    // Time boxes against the meeting's hour.
    await row(page, 'Ett ilsket inlägg mitt i natten').getByTestId('agenda-timebox').fill('35');
    await expect
      .poll(() => page.getByTestId('agenda-over').textContent())
      .toContain('Dagordningen är 5 minuter för lång för mötet.');
    expect(await page.getByTestId('agenda-total-text').textContent()).toBe('65 av 60 minuter planerade');
    await app.screenshot('meeting-plan-over-sv');
    await row(page, 'Stolt över bron').getByTestId('agenda-timebox').fill('0');
    expect(await row(page, 'Stolt över bron').getByTestId('agenda-timebox-error').textContent()).toContain(
      'Skriv en tid mellan 1 och 240 minuter.',
    );
    await row(page, 'Stolt över bron').getByTestId('agenda-timebox').fill('10');
    await row(page, 'Ett ilsket inlägg mitt i natten').getByTestId('agenda-timebox').fill('15');
    await expect.poll(() => page.getByTestId('agenda-total-text').textContent()).toBe('45 av 60 minuter planerade');
    expect(await page.getByTestId('agenda-over').count()).toBe(0);
    await expect.poll(() => savedLabel(page)).toBe('Sparat');
    expect((await get(id)).items.map((i) => i.timeboxMinutes)).toEqual([15, 10, 10, 10]);

    // Reordering with the keyboard, from the focused row.
    await row(page, 'Ett ilsket inlägg mitt i natten').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(async () => (await get(id)).items.map((i) => i.caseKey))
      .toEqual(['staff-party-photos', 'late-night-rant', 'proud-of-the-bridge', 'monday-irony']);
    await expect
      .poll(() => agendaTitles(page))
      .toEqual([
        'Bilderna från personalfesten',
        'Ett ilsket inlägg mitt i natten',
        'Stolt över bron',
        'Ironi på måndagsmorgonen',
      ]);
    expect(await row(page, 'Ett ilsket inlägg mitt i natten').evaluate((el) => el === document.activeElement)).toBe(
      true,
    );

    // The action from March is done.
    await page.getByTestId('carried-done').check();
    await expect.poll(async () => (await get(earlierId)).actions[0]!.doneAt).not.toBeNull();
    expect(await carried.getAttribute('class')).toContain('done');

    await page.mouse.move(0, 0);
    await app.screenshot('meeting-plan-sv');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('45 of 60 minutes planned').waitFor();
    await app.screenshot('meeting-plan-en');
    await page.getByRole('button', { name: 'Svenska' }).click();

    await page.getByTestId('start-meeting').click();
    await page.waitForURL(new RegExp(`#/meetings/${id}/run$`));
    expect((await get(id)).meeting.status).toBe('running');

    // On the home screen a running meeting opens where it is run.
    await page.evaluate(() => (location.hash = '#/home'));
    const started = page.getByTestId('meeting-link').filter({ hasText: 'Vår syn på sociala medier' });
    await started.waitFor();
    expect(await started.getAttribute('href')).toBe(`#/meetings/${id}/run`);
    await app.close();
  });

  it('reorders the agenda by dragging a row, and opens a planned meeting from the home screen', async () => {
    const { app } = await appWithEarlierMeeting();
    const { page } = app;
    await page.getByTestId('plan-meeting').click();
    await page.getByTestId('agenda-suggest').click();
    await expect.poll(() => page.getByTestId('agenda-item').count()).toBe(5);
    const id = planId(page);
    const keys = async () => (await app.service.handlers['meetings.get']({ id })).items.map((i) => i.caseKey);
    const before = await agendaTitles(page);
    const keysBefore = await keys();

    // The last case, dragged by its title onto the top edge of the first row, becomes the first.
    await row(page, before[4]!)
      .getByTestId('agenda-title')
      .dragTo(row(page, before[0]!), { targetPosition: { x: 40, y: 4 } });
    await expect.poll(() => agendaTitles(page)).toEqual([before[4], ...before.slice(0, 4)]);
    expect(await keys()).toEqual([keysBefore[4], ...keysBefore.slice(0, 4)]);

    await page.getByRole('link', { name: /Till arbetsboken/ }).click();
    const link = page.getByTestId('meeting-link').filter({ hasText: 'Samtal om sociala medier' });
    await link.waitFor();
    expect(
      await page.getByTestId('meeting-link').filter({ hasText: 'Arbetsplatsträff i mars' }).getAttribute('href'),
    ).toMatch(/#\/meetings\/\d+\/plan$/);
    await app.screenshot('meeting-plan-home-sv');
    await link.click();
    await page.waitForURL(new RegExp(`#/meetings/${id}/plan$`));
    await expect.poll(() => agendaTitles(page)).toEqual([before[4], ...before.slice(0, 4)]);
    await app.close();
  });
});
