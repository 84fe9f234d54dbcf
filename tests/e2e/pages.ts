import type { Page } from 'playwright-core';

/** Makes a window's saves through one method never arrive, as when it crashes mid-edit: only the journal has what was typed. */
export const loseSaves = (page: Page, method: string) =>
  page.evaluate((name) => {
    const [group, call] = name.split('.') as [string, string];
    const api = (window as unknown as { samsyn: Record<string, Record<string, unknown>> }).samsyn;
    api[group]![call] = () => new Promise(() => {});
  }, method);
