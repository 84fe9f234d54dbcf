import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GUIDE_SCREENS, guideIn, HELP_FOR_SCREEN, type GuideScreen } from '../../electron/shared/guide';
import { useApp } from './harness';
import { createWorkbook, planMeeting } from './pages';

const { tempDir, open } = useApp();

async function appWithMeeting(language: 'sv' | 'en' = 'sv') {
  const app = await open();
  await createWorkbook(app, 'Ådalsverken', join(tempDir(), 'Workbook.samsyn'), { language });
  const { id } = await planMeeting(app);
  return { app, meetingId: id };
}

/** Where each main screen is, and what shows that it is there. */
const SCREEN_AT: Record<GuideScreen, (meetingId: number) => { hash: string; ready: string }> = {
  home: () => ({ hash: '#/home', ready: 'org-name' }),
  library: () => ({ hash: '#/library', ready: 'case-grid' }),
  plan: (id) => ({ hash: `#/meetings/${id}/plan`, ready: 'plan-heading' }),
  run: (id) => ({ hash: `#/meetings/${id}/run`, ready: 'timer' }),
  projector: (id) => ({ hash: `#/meetings/${id}/plan`, ready: 'room-check-controls' }),
  agreement: () => ({ hash: '#/agreement', ready: 'agreement' }),
  compare: () => ({ hash: '#/compare', ready: 'compare' }),
  plans: () => ({ hash: '#/plans', ready: 'plans-register' }),
};

async function goTo(page: Page, hash: string, ready: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.getByTestId(ready).first().waitFor();
}

describe('the guide', () => {
  it('opens from every main screen’s "?" at the chapter and section about that screen', async () => {
    const { app, meetingId } = await appWithMeeting();
    const { page } = app;
    const guide = guideIn('sv');
    for (const screen of GUIDE_SCREENS) {
      const { hash, ready } = SCREEN_AT[screen](meetingId);
      await goTo(page, hash, ready);
      const help = page.locator(`[data-test="help"][data-screen="${screen}"]`);
      await help.click();
      await page.locator(`[data-test="guide"][data-chapter="${HELP_FOR_SCREEN[screen].chapter}"]`).waitFor();
      const chapter = guide.chapters.find((c) => c.id === HELP_FOR_SCREEN[screen].chapter)!;
      expect(await page.getByTestId('guide-chapter').locator('h2').textContent(), screen).toContain(chapter.title);
      const section = HELP_FOR_SCREEN[screen].section;
      if (section) {
        const shown = page.getByTestId(`guide-section-${section}`);
        await expect.poll(() => shown.getAttribute('class')).toContain('current');
        // scrolled to: its heading is in view
        const inView = () =>
          shown.evaluate((e) => {
            const top = e.getBoundingClientRect().top;
            return top >= 0 && top < window.innerHeight - 80;
          });
        await expect.poll(inView, { message: screen }).toBe(true);
      }
      // back where the user came from
      await page.getByTestId('guide-back').click();
      await page.getByTestId(ready).first().waitFor();
    }
    await app.close();
  });

  it('shows every chapter in Swedish and English, links to the screens it talks about, and prints', async () => {
    for (const language of ['sv', 'en'] as const) {
      const { app } = await appWithMeeting(language);
      const { page } = app;
      const guide = guideIn(language);
      await goTo(page, '#/guide/before', 'guide');
      await app.screenshot(`guide-${language}`);
      for (const chapter of guide.chapters) {
        await page.getByTestId(`guide-nav-${chapter.id}`).click();
        await page.locator(`[data-test="guide"][data-chapter="${chapter.id}"]`).waitFor();
        const text = await page.getByTestId('guide-chapter').innerText();
        for (const section of chapter.sections) expect(text).toContain(section.title);
      }
      await page.getByTestId('guide-nav-before').click();
      await page.getByTestId('guide-goto-library').click();
      await page.getByTestId('case-grid').waitFor();

      await goTo(page, '#/guide/after', 'guide');
      await page.getByTestId('guide-print').click();
      await expect.poll(() => page.getByTestId('paper').getAttribute('data-pages')).toMatch(/^\d+$/);
      expect(Number(await page.getByTestId('paper').getAttribute('data-pages'))).toBeGreaterThanOrEqual(5);
      await app.close();
    }
  });

  it('is there before any workbook is open, from the top bar', async () => {
    const app = await open();
    const { page } = app;
    await page.getByTestId('new-workbook').waitFor();
    await page.getByTestId('guide-link').click();
    await page.locator('[data-test="guide"][data-chapter="before"]').waitFor();
    expect(await page.getByTestId('guide-goto-library').count()).toBe(0);
    await app.screenshot('guide-no-workbook');
    await page.getByTestId('guide-back').click();
    await page.getByTestId('new-workbook').waitFor();
    await app.close();
  });
});
