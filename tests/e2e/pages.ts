import type { Page } from 'playwright-core';
import type { AppPage } from './harness';

/** Makes a window's calls to one method never arrive, as when it crashes mid-edit: only the journal has what was typed. */
export const loseSaves = (page: Page, method: string) =>
  page.evaluate((name) => {
    type Invoke = (channel: string, args: [string, unknown]) => Promise<unknown>;
    const bridge = window as unknown as { __samsynInvoke: Invoke };
    const invoke = bridge.__samsynInvoke;
    bridge.__samsynInvoke = (channel, args) => (args[0] === name ? new Promise(() => {}) : invoke(channel, args));
  }, method);

/** Makes a workbook through the start screen, as a user does, and waits for its home screen. */
export async function createWorkbook(app: AppPage, org: string, path: string, sector?: string) {
  const { page } = app;
  await page.getByTestId('new-workbook').click();
  await page.locator('input[name="orgName"]').fill(org);
  if (sector) await page.locator('label', { hasText: sector }).first().click();
  app.dialogs.newWorkbook.push(path);
  await page.getByTestId('create-submit').click();
  await page.getByTestId('org-name').waitFor();
}
