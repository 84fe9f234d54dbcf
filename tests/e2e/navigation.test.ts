import { join } from 'node:path';
import Database from 'better-sqlite3';
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

/** A window loaded afresh at `hash`, as after a reload: where it settled, and whether `screen` shows there. */
async function reloadedAt(app: Awaited<ReturnType<typeof open>>, hash: string, screen: string) {
  const page = await app.openPage(hash);
  await page.locator('main.content > *').first().waitFor();
  return { at: await hashOf(page), shows: await page.getByTestId(screen).isVisible() };
}

describe('the screen shown', () => {
  it('is the start screen when a workbook’s screen is asked for with no workbook open', async () => {
    const app = await open();
    for (const hash of ['#/home', '#/compare', '#/agreement', '#/plans'])
      expect(await goFromGuide(app.page, hash), hash).toBe('#/');
    expect(await app.page.getByTestId('new-workbook').isVisible()).toBe(true);
    await app.screenshot('navigation-start-without-workbook');
    expect(await reloadedAt(app, '#/meetings/1/plan', 'new-workbook')).toEqual({ at: '#/', shows: true });
    await app.close();
  });

  it('is the guide or its printed paper when asked for, with no workbook open', async () => {
    const app = await open();
    expect(await reloadedAt(app, '#/guide/before', 'guide')).toEqual({ at: '#/guide/before', shows: true });
    const paper = '#/paper?kind=guide&language=sv';
    expect(await reloadedAt(app, paper, 'paper')).toEqual({ at: paper, shows: true });
    await app.close();
  });

  it('is the home screen when the start screen is asked for with a workbook open, and a reload stays put', async () => {
    const app = await open();
    await createWorkbook(app, 'Verkstaden', join(tempDir(), 'Verkstaden.samsyn'));
    expect(await goFromGuide(app.page, '#/')).toBe('#/home');
    expect(await app.page.getByTestId('org-name').isVisible()).toBe(true);
    expect(await reloadedAt(app, '#/compare', 'compare')).toEqual({ at: '#/compare', shows: true });
    await app.close();
  });

  it('is the start screen, saying what happened, when the open workbook cannot be read after a reload', async () => {
    const app = await open();
    const path = join(tempDir(), 'Verkstaden.samsyn');
    await createWorkbook(app, 'Verkstaden', path);
    // another program writes a value Samsyn never writes, past the file's own check
    const other = new Database(path);
    other.pragma('ignore_check_constraints = ON');
    other.prepare("UPDATE workbook SET sector = 'somewhere'").run();
    other.close();
    const page = await app.openPage('#/home');
    await page.getByTestId('error').waitFor();
    expect(await hashOf(page)).toBe('#/');
    expect(await page.getByTestId('error').innerText()).toContain('skadad');
    expect(await page.getByTestId('new-workbook').isVisible()).toBe(true);
    await app.screenshot('navigation-start-after-unreadable-workbook', page);
    await app.close();
  });
});
