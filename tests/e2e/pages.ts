import type { Page } from 'playwright-core';
import type { Language } from '../../electron/shared/types';
import type { AppPage } from './harness';

/** Makes a window's calls to one method never arrive, as when it crashes mid-edit: only the journal has what was typed. */
export const loseSaves = (page: Page, method: string) =>
  page.evaluate((name) => {
    type Invoke = (channel: string, args: [string, unknown]) => Promise<unknown>;
    const bridge = window as unknown as { __samsynInvoke: Invoke };
    const invoke = bridge.__samsynInvoke;
    bridge.__samsynInvoke = (channel, args) => (args[0] === name ? new Promise(() => {}) : invoke(channel, args));
  }, method);

/** Switches the start screen to English when asked, as a user does; Swedish is where it starts. */
const chooseLanguage = async (app: AppPage, language: Language) => {
  if (language === 'en') await app.page.getByRole('button', { name: 'English' }).click();
};

/**
 * Makes a workbook through the start screen, as a user does, and waits for its home screen.
 * `language: 'en'` switches the app to English first; `sector` is the label to click, in that language.
 */
export async function createWorkbook(
  app: AppPage,
  org: string,
  path: string,
  { sector, language = 'sv' }: { sector?: string; language?: Language } = {},
) {
  const { page } = app;
  await chooseLanguage(app, language);
  await page.getByTestId('new-workbook').click();
  await page.locator('input[name="orgName"]').fill(org);
  if (sector) await page.locator('label', { hasText: sector }).first().click();
  app.dialogs.newWorkbook.push(path);
  await page.getByTestId('create-submit').click();
  await page.getByTestId('org-name').waitFor();
}

/** Opens the example workbook from the start screen, the way a first-time user does, and waits for its home screen. */
export async function openExample(app: AppPage, path: string, language: Language = 'sv') {
  await chooseLanguage(app, language);
  app.dialogs.newWorkbook.push(path);
  await app.page.getByTestId('try-example').click();
  await app.page.getByTestId('org-name').waitFor();
}

/** The meeting most tests start from: a workplace meeting on the starter agenda. */
export async function planMeeting(app: AppPage) {
  const h = app.service.handlers;
  const { meeting } = await h['meetings.create']({
    title: 'Arbetsplatsträff om sociala medier',
    date: '2026-11-24',
    startTime: '14:00',
  });
  const { items } = await h['meetings.addStarterAgenda']({ id: meeting.id });
  return { id: meeting.id, items };
}
