import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './harness';
import { createWorkbook } from './pages';

const { tempDir, open } = useApp();

async function appWithCases() {
  const app = await open();
  await createWorkbook(app, 'Ådalsverken', join(tempDir(), 'Workbook.samsyn'));
  return app;
}

/** The pages of the PDF the paper view shows, once it has rendered one other than `not`. */
async function pages(page: Page, not?: string): Promise<number> {
  const paper = page.getByTestId('paper');
  await expect
    .poll(async () => {
      const n = await paper.getAttribute('data-pages');
      return n !== null && n !== not ? n : null;
    })
    .not.toBeNull();
  return Number(await paper.getAttribute('data-pages'));
}

describe('printing the conversation material', () => {
  it('prints the cases chosen in the library, for the group or the facilitator, on A4 or as a booklet', async () => {
    const app = await appWithCases();
    const { page } = app;
    await page.getByTestId('open-library').click();
    await page.getByTestId('case-grid').waitFor();
    for (const title of ['Damen med den röda barnvagnen', 'Stolt över bron', 'Bilderna från personalfesten'])
      await page.getByRole('checkbox', { name: title }).check();
    await page.getByTestId('print-material').click();
    await page.getByTestId('material-options').waitFor();
    const group = await pages(page);
    expect(group).toBe(2 + 3 + 1);
    await app.screenshot('material-group');

    await page.locator('[data-test="material-edition"] [data-edition="facilitator"]').click();
    const facilitator = await pages(page, String(group));
    expect(facilitator).toBeGreaterThan(group);

    await page.locator('[data-test="material-format"] [data-format="booklet"]').click();
    await page.getByTestId('booklet-hint').waitFor();
    const sides = await pages(page, String(facilitator));
    expect((sides * 2) % 4).toBe(0);
    await app.screenshot('material-booklet');

    await page.getByTestId('material-text').locator('summary').click();
    await page.getByTestId('material-title').fill('Vårt samtal om sociala medier');
    await app.screenshot('material-text');
    await page.getByTestId('material-update').click();
    await page.getByTestId('rendering').waitFor({ state: 'detached' });
    expect(page.url()).toContain('kind=material');
    await app.close();
  });

  it('prints a meeting’s plan, and the package sent to the units', async () => {
    const app = await appWithCases();
    const { page } = app;
    const h = app.service.handlers;
    const { meeting } = await h['meetings.create']({ title: 'Samtal i varje enhet', date: '2026-11-30' });
    const { items } = await h['meetings.addStarterAgenda']({ id: meeting.id });
    await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/plan`), meeting.id);
    await page.getByTestId('plan-heading').waitFor();
    await page.getByTestId('print-material').click();
    expect(await pages(page)).toBe(2 + items.length + 1);
    expect(await page.locator('.paper-header h1').textContent()).toContain('Samtalsmaterial');

    await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/plan`), meeting.id);
    await page.getByTestId('export-package-open').click();
    app.dialogs.packageSavePath.push(join(tempDir(), 'Samtal.samsyn-package'));
    await page.getByTestId('export-package-confirm').click();
    await page.getByTestId('package-saved').waitFor();
    await page.getByTestId('package-print-material').click();
    expect(await pages(page)).toBe(2 + items.length + 1);
    expect(page.url()).toContain('from=package');
    await app.close();
  });
});
