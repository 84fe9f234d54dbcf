import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './harness';
import { createWorkbook } from './pages';

// One rule decides the screen: a workbook's screens need one open, the start screen is for when none is.

const { tempDir, open } = useApp();

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);

/** Goes to `hash` from the guide, as a link inside the app does, and answers where the app settled. */
async function goFromGuide(page: Page, hash: string) {
  await page.evaluate(() => (window.location.hash = '#/guide'));
  await page.getByTestId('guide').waitFor();
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.getByTestId('guide').waitFor({ state: 'detached' });
  return hashOf(page);
}

/** A window loaded afresh at `hash`, as after a reload, once it shows a screen. */
async function loadedAt(app: Awaited<ReturnType<typeof open>>, hash: string) {
  const page = await app.openPage(hash);
  await page.locator('main.content > *').first().waitFor();
  return page;
}

describe('the screen shown', () => {
  it('is the start screen when a workbook’s screen is asked for with no workbook open', async () => {
    const app = await open();
    for (const hash of ['#/home', '#/compare', '#/agreement', '#/plans'])
      expect(await goFromGuide(app.page, hash), hash).toBe('#/');
    expect(await app.page.getByTestId('new-workbook').isVisible()).toBe(true);
    await app.screenshot('navigation-start-without-workbook');

    const reloaded = await loadedAt(app, '#/meetings/1/plan');
    expect(await hashOf(reloaded)).toBe('#/');
    expect(await reloaded.getByTestId('new-workbook').isVisible()).toBe(true);
    await app.close();
  });

  it('is the guide or its printed paper when asked for, with no workbook open', async () => {
    const app = await open();
    const guide = await loadedAt(app, '#/guide/before');
    expect(await hashOf(guide)).toBe('#/guide/before');
    expect(await guide.getByTestId('guide').isVisible()).toBe(true);

    const paper = await loadedAt(app, '#/paper?kind=guide&language=sv');
    expect(await hashOf(paper)).toBe('#/paper?kind=guide&language=sv');
    expect(await paper.getByTestId('paper').isVisible()).toBe(true);
    await app.close();
  });

  it('is the home screen when the start screen is asked for with a workbook open, and a reload stays put', async () => {
    const app = await open();
    await createWorkbook(app, 'Verkstaden', join(tempDir(), 'Verkstaden.samsyn'));
    expect(await goFromGuide(app.page, '#/')).toBe('#/home');
    expect(await app.page.getByTestId('org-name').isVisible()).toBe(true);

    await app.page.evaluate(() => (window.location.hash = '#/compare'));
    await app.page.getByTestId('compare').waitFor();
    await app.page.reload();
    await app.page.locator('main.content > *').first().waitFor();
    expect(await hashOf(app.page)).toBe('#/compare');
    expect(await app.page.getByTestId('compare').isVisible()).toBe(true);
    await app.close();
  });
});
