import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SamsynApi } from '../../electron/shared/api';
import { createWorkbook, loseSaves, openExample, planMeeting } from './pages';
import { useApp } from './harness';

const { tempDir, open } = useApp();

/** A workbook made through the start screen, with one meeting whose agenda proposes points. */
async function workbookWithMeeting(language: 'sv' | 'en' = 'sv') {
  const app = await open();
  await createWorkbook(app, 'Björkbackens skola', join(tempDir(), 'Skolan.samsyn'), { language });
  const { id } = await planMeeting(app);
  const h = app.service.handlers;
  await h['meetings.update']({ id, changes: { facilitator: 'Åsa Lind' } });
  // the group discusses three cases and takes over the library's suggestion as its proposal
  for (const item of (await h['meetings.get']({ id })).items.slice(0, 3))
    await h['items.update']({
      id: item.id,
      changes: { stance: 'acceptable', proposedPoint: item.caseText.sv!.suggestedPoint },
    });
  return { app, page: app.page, h, id };
}

/** The agreement screen before any point is drafted, the meeting's proposals waiting beside it. */
async function emptyDraft() {
  const { app } = await workbookWithMeeting();
  await app.page.getByTestId('open-agreement').click();
  await app.page.getByTestId('points-empty').waitFor();
  return { app, page: app.page };
}

const LONG = (n: number) =>
  `Lång punkt ${n}: ${'Vi pratar med varandra innan vi skriver om varandra i sociala medier, '.repeat(6)}`.slice(
    0,
    390,
  );
const fits = (page: Page) => page.getByTestId('fit-meter').getAttribute('data-fits');
const pointTexts = async (app: Awaited<ReturnType<typeof workbookWithMeeting>>['app']) =>
  (await app.service.handlers['agreement.get']({})).draft.points.map((p) => p.text);
const waitSaved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');

describe('drafting the agreement', () => {
  it('drafts from the meeting, meters the page, adopts two versions and shows what changed', async () => {
    const { app, page } = await emptyDraft();
    const candidates = await page.getByTestId('candidate').count();
    expect(candidates).toBeGreaterThanOrEqual(3);

    await page.getByTestId('draft-title').fill('Så använder vi sociala medier');
    await page.getByTestId('draft-intro').fill('Vi har pratat igenom konkreta exempel och kommit överens om det här.');
    await page.getByTestId('draft-contact').fill('Åsa Lind, rektor');
    for (let i = 0; i < 3; i++) await page.getByTestId('candidate-accept').first().click();
    await expect.poll(() => page.getByTestId('point').count()).toBe(3);
    expect(await page.getByTestId('candidate').count()).toBe(candidates - 3);
    expect(await page.getByTestId('point').first().textContent()).toContain('Från fallet');
    await waitSaved(page);
    await expect.poll(() => fits(page)).toBe('true');
    const measured = await app.service.handlers['agreement.measure']({ paper: 'a4' });
    expect(await page.getByTestId('fit-sentence').textContent()).toBe(
      `Sidan är fylld till ${measured.usedPercent} % · brödtext ${String(measured.fontSize).replace('.', ',')} pt`,
    );
    const stored = await app.service.handlers['agreement.get']({});
    expect(stored.draft).toMatchObject({ title: 'Så använder vi sociala medier', contact: 'Åsa Lind, rektor' });
    await app.screenshot('agreement-sv');

    // Over one page and back.
    for (let n = 1; n <= 10; n++) {
      await page.getByTestId('new-point').fill(LONG(n));
      await page.getByTestId('add-point').click();
      await expect.poll(() => page.getByTestId('point').count()).toBe(3 + n);
    }
    await expect.poll(() => fits(page)).toBe('false');
    expect(await page.getByTestId('fit-sentence').textContent()).toMatch(
      /För lång för en sida: korta med cirka \d+ tecken/,
    );
    expect(await page.getByTestId('point-long').count()).toBeGreaterThan(0);
    await page.getByTestId('adopt').click();
    await page.getByTestId('adopt-refused').waitFor();
    await app.screenshot('agreement-over-sv');

    await page.getByTestId('point-remove').last().click();
    await expect.poll(() => page.getByTestId('point').count()).toBe(12);
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await pointTexts(app)).at(-1)).toBe(LONG(10).trim());
    for (let n = 10; n >= 1; n--) {
      await page.getByTestId('point-remove').last().click();
      await expect.poll(() => page.getByTestId('point').count()).toBe(2 + n);
    }
    await expect.poll(() => fits(page)).toBe('true');

    // Reorder with the keyboard and the buttons.
    const before = await pointTexts(app);
    await page.getByTestId('point-text').nth(1).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => pointTexts(app)).toEqual([before[0], before[2], before[1]]);
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.closest('[data-test="point"]')?.querySelector('.point-number')?.textContent,
        ),
      )
      .toBe('3');
    await page.locator('[data-test="point"] .move-up').nth(2).click();
    await expect.poll(() => pointTexts(app)).toEqual(before);

    await page.getByTestId('adopt').click();
    await page.getByTestId('adopt-dialog').waitFor();
    await page
      .getByTestId('adopt-meeting')
      .selectOption({ label: 'Arbetsplatsträff om sociala medier · 24 november 2026' });
    await page.getByTestId('adopt-date').fill('2026-11-24');
    await page.getByTestId('adopt-dialog-confirm').click();
    await page.getByTestId('adopted').waitFor();
    await expect.poll(() => page.getByTestId('version').count()).toBe(1);
    expect(await page.getByTestId('adopt').textContent()).toContain('Anta som version 2');

    // Version 2 drops the first word of the first point and adds a sentence.
    const words = before[0]!.split(' ');
    const dropped = words[0]!;
    await page
      .getByTestId('point-text')
      .first()
      .fill(`${words.slice(1).join(' ')} Gäller även vikarier.`);
    await waitSaved(page);
    await page.getByTestId('adopt').click();
    await page.getByTestId('adopt-meeting').selectOption({ index: 1 });
    await page.getByTestId('adopt-dialog-confirm').click();
    await expect.poll(() => page.getByTestId('version').count()).toBe(2);
    const adopted = (await app.service.handlers['agreement.get']({})).adopted;
    expect(adopted.map((v) => [v.number, v.adoptedAt, v.meetingId !== null])).toEqual([
      [1, '2026-11-24', true],
      [2, expect.any(String), true],
    ]);

    await page.getByTestId('compare').click();
    await page.getByTestId('diff').waitFor();
    expect(await page.getByTestId('diff-del').allTextContents()).toContain(`[borttaget: ${dropped}]`);
    expect(await page.getByTestId('diff-add').allTextContents()).toContain('[tillagt: Gäller även vikarier.]');
    expect(await page.locator('[data-test="diff-del"] .visually-hidden').first().textContent()).toContain('borttaget');
    // The meter sticks to the top while scrolling; from the top, the full-page picture shows it in place.
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot('agreement-diff-sv');
    await app.close();
  });

  it('shows the agreement in English', async () => {
    const app = await open();
    await openExample(app, join(tempDir(), 'Example.samsyn'), 'en');
    await app.page.getByTestId('open-agreement').click();
    await expect.poll(() => app.page.getByTestId('point').count()).toBeGreaterThan(0);
    await expect.poll(() => app.page.getByTestId('fit-meter').getAttribute('data-fits')).toBe('true');
    expect(await app.page.getByTestId('fit-sentence').textContent()).toMatch(
      /The page is \d+% full · body text [\d.]+ pt/,
    );
    expect(await app.page.getByTestId('adopt').textContent()).toContain('Adopt as version 2');
    await app.screenshot('agreement-en');
    await app.close();
  });
});

describe('signing the minutes', () => {
  it('signs a closed meeting, locks it, and takes addenda instead of edits', async () => {
    const { app, page, h, id } = await workbookWithMeeting();
    await h['meetings.setStatus']({ id, status: 'running' });
    await page.evaluate((meetingId) => (location.hash = `#/meetings/${meetingId}/run`), id);
    await page.getByTestId('consensus-notes').waitFor();
    expect(await page.getByTestId('sign-panel').count()).toBe(0);
    await h['meetings.setStatus']({ id, status: 'closed' });
    await page.getByTestId('sign-panel').waitFor();
    expect(await page.getByTestId('sign-name').inputValue()).toBe('Åsa Lind');
    await page.getByTestId('consensus-notes').fill('Vi frågar alltid först.');
    await page.getByTestId('sign').click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await page.getByTestId('confirm-dialog').textContent()).toContain('låses');
    await page.getByTestId('confirm-dialog-confirm').click();

    await expect
      .poll(() => page.getByTestId('signed-by').textContent())
      .toMatch(/^Justerat av Åsa Lind, \d+ \w+ \d{4}$/);
    const signed = await h['meetings.get']({ id });
    expect(signed.items[0]!.consensusNotes).toBe('Vi frågar alltid först.');
    expect(await page.getByTestId('fingerprint').textContent()).toBe(
      signed.meeting.fingerprint!.slice(0, 16).match(/.{4}/g)!.join(' '),
    );
    expect(await page.getByTestId('consensus-notes').isEditable()).toBe(false);
    // Straight through the page's API object, as a screen that forgot the lock would.
    const refused = await page.evaluate((itemId) => {
      const samsyn = (window as unknown as { samsyn: SamsynApi }).samsyn;
      return samsyn.items.update({ id: itemId, changes: { consensusNotes: 'Ändrat i efterhand' } });
    }, signed.items[0]!.id);
    expect(refused).toMatchObject({ ok: false, error: { code: 'SIGNED' } });

    await page.locator('[data-test="addenda"] summary').click();
    await page.getByTestId('addendum-text').fill('Rättelse: Björn Ek var också närvarande.');
    await page.getByTestId('add-addendum').click();
    await expect.poll(() => page.getByTestId('addendum').count()).toBe(1);
    expect((await h['meetings.get']({ id })).addenda.map((a) => a.text)).toEqual([
      'Rättelse: Björn Ek var också närvarande.',
    ]);
    expect(await page.getByTestId('print-minutes').getAttribute('href')).toContain(`meeting=${id}`);
    await app.screenshot('sign-panel-sv');
    await app.close();
  });

  it('keeps text typed right before a reload', async () => {
    const { app, page } = await emptyDraft();
    await loseSaves(page, 'agreement.updateDraft');
    const words = 'Så pratar vi om varandra – även på Åland och i Östersund.';
    await page.getByTestId('draft-title').pressSequentially(words, { delay: 5 });
    await page.reload();
    await page.getByTestId('points-empty').waitFor();
    await expect.poll(() => page.getByTestId('draft-title').inputValue()).toBe(words);
    await expect.poll(async () => (await app.service.handlers['agreement.get']({})).draft.title).toBe(words);
    await app.close();
  });
});
