import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PaperRequest } from '../../electron/shared/paperTypes';
import { useApp, type AppPage } from './harness';
import { openExample } from './pages';

const { tempDir, open } = useApp();

/** The example workbook, and what the page said about refused scripts while it opened. */
async function example(language: 'sv' | 'en') {
  const app = await open();
  // A refused eval or worker shows up here, not as a page error.
  const violations: string[] = [];
  app.page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy|worker/i.test(message.text()))
      violations.push(message.text());
  });
  await openExample(app, join(tempDir(), 'Exempel.samsyn'), language);
  return { app, violations };
}

/** Waits until every page is drawn and answers how many canvases there are. */
async function drawnPages(
  page: Page,
  request: PaperRequest,
  app: AppPage,
): Promise<{ canvases: number; pages: number }> {
  const { pages } = await app.service.handlers['papers.render']({ request });
  await page.locator(`[data-test="pdf-pages"][data-drawn="${pages}"]`).waitFor();
  return { canvases: await page.getByTestId('pdf-canvas').count(), pages };
}

describe('the example workbook and its papers', () => {
  it('opens the example, previews the minutes in both styles, saves them and prints them', async () => {
    const { app, violations } = await example('sv');
    const { page } = app;
    const meetings = (await app.service.handlers['workbook.home']({})).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.signed).toBe(true);
    const meetingId = meetings[0]!.id;

    await page.getByTestId('meeting-minutes').click();
    await page.getByTestId('paper').waitFor();
    const formal: PaperRequest = { kind: 'minutes', meetingId, style: 'formal', paper: 'a4' };
    const drawn = await drawnPages(page, formal, app);
    expect(drawn.canvases).toBe(drawn.pages);
    expect(drawn.pages).toBeGreaterThanOrEqual(1);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Protokoll från');
    await app.screenshot('paper-minutes-sv');

    await page.locator('[data-test="minutes-style"] label[data-style="notes"]').click();
    const notes = await drawnPages(page, { ...formal, style: 'notes' }, app);
    expect(notes.canvases).toBe(notes.pages);
    expect(await page.getByTestId('paper').getAttribute('data-pages')).toBe(String(notes.pages));

    const target = join(tempDir(), 'protokoll.pdf');
    app.dialogs.pdfPath.push(target);
    await page.getByTestId('save-pdf').click();
    await expect.poll(() => page.getByTestId('saved-to').textContent()).toContain(target);
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(target).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page.getByTestId('print').click();
    await page.getByTestId('printed').waitFor();
    expect(app.projectorRequests).toContain('print');
    expect(violations).toEqual([]);
    await app.close();
  });

  it('previews the adopted policy, and sends an over-long draft back to the agreement', async () => {
    const { app, violations } = await example('en');
    const { page } = app;
    await page.getByTestId('open-agreement').click();
    await page.getByTestId('version-preview').first().click();
    await page.getByTestId('paper').waitFor();
    const drawn = await drawnPages(page, { kind: 'policy', version: 1, paper: 'a4' }, app);
    expect(drawn).toEqual({ canvases: 1, pages: 1 });
    await expect.poll(() => page.locator('h1').textContent()).toBe('Policy · version 1');
    await app.screenshot('paper-policy-en');

    await page.locator('[data-test="paper-size"] label[data-paper="letter"]').click();
    await drawnPages(page, { kind: 'policy', version: 1, paper: 'letter' }, app);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('paper=letter');

    for (let n = 0; n < 10; n++)
      await app.service.handlers['agreement.addPoint']({
        text: `${n} ${'A long point that keeps going. '.repeat(12)}`.trim(),
      });
    await page.evaluate(() => (location.hash = '#/paper?kind=policy&version=draft'));
    await page.getByTestId('to-agreement').waitFor();
    expect(await page.getByTestId('error').textContent()).toContain('does not fit on one page');
    expect(await page.getByTestId('pdf-canvas').count()).toBe(0);
    await page.getByTestId('to-agreement').click();
    await page.getByTestId('agreement').waitFor();
    expect(violations).toEqual([]);
    await app.close();
  });
});
