import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loseSaves, createWorkbook } from './pages';
import { useApp, type AppPage } from './harness';

const { tempDir, open } = useApp();

const ANSWER = 'Vi svarar på frågor inom en arbetsdag.';
const MODERATE = 'Vi tar bort hatiska kommentarer och sparar en kopia.';
const LIBRARY = 'Älvdalens bibliotek på Instagram';
const YOUTH = 'Fritidsgården Ängen på Facebook';

/** A public body's workbook made through the start screen, with an adopted agreement. */
async function publicWorkbook() {
  const app = await open();
  await createWorkbook(app, 'Älvdalens kommun', join(tempDir(), 'Kommunen.samsyn'), { sector: 'Offentlig' });
  return app;
}

async function adoptAgreement(app: AppPage) {
  const h = app.service.handlers;
  await h['agreement.updateDraft']({ title: 'Så använder vi sociala medier', contact: 'Örjan Åkesson, kommunikatör' });
  for (const text of [ANSWER, MODERATE, 'Vi visar gärna vardagen i vårt arbete.'])
    await h['agreement.addPoint']({ text });
  await h['agreement.adopt']({ meetingId: null, paper: 'a4' });
}

const go = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

/** A public workbook with one new channel plan, open in its editor. */
async function workbookWithPlan(name: string) {
  const app = await publicWorkbook();
  const plan = await app.service.handlers['plans.create']({ name });
  await go(app.page, `#/plans/${plan.id}`);
  return { app, page: app.page };
}
const field = (page: Page, name: string) => page.getByTestId(`plan-${name}`);
const waitSaved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved');
const stored = async (app: AppPage, name: string) =>
  (await app.service.handlers['plans.list']({})).find((p) => p.name === name)!;

/** Opens the paper preview from a link and waits until every page is drawn. */
async function preview(page: Page, link: string) {
  await page.getByTestId(link).click();
  await page.getByTestId('paper').waitFor();
  await page.locator('[data-test="pdf-pages"][data-drawn]').waitFor();
  expect(await page.getByTestId('pdf-canvas').count()).toBeGreaterThanOrEqual(1);
}

describe('channel plans', () => {
  it('starts a plan from the agreement, fills it in, registers it, prints both papers and shows a review that is due', async () => {
    const app = await publicWorkbook();
    const { page } = app;

    await go(page, '#/plans');
    await page.getByTestId('plans-empty').waitFor();
    expect(await page.getByTestId('plans-empty').textContent()).toContain(
      'innan ett konto i organisationens namn startar',
    );
    await app.screenshot('plans-empty-sv');

    await adoptAgreement(app);
    await go(page, '#/home');
    await page.getByTestId('open-agreement').click();
    await page.getByTestId('plan-from-agreement').click();
    await page.getByTestId('plan-name-dialog-confirm').click();
    await page.getByText('Skriv kontots namn.').waitFor();
    await app.screenshot('plans-from-agreement-sv');
    await page.getByTestId('plan-new-name').fill(LIBRARY);
    await page.getByTestId('plan-name-dialog-confirm').click();
    await page.getByTestId('plan-editor').waitFor();
    await expect.poll(() => field(page, 'responseTime').inputValue()).toBe(ANSWER);
    expect(await field(page, 'moderation').inputValue()).toBe(MODERATE);
    expect(await field(page, 'responsible').inputValue()).toBe('Örjan Åkesson, kommunikatör');
    expect(await page.getByTestId('plan-archiving-notice').textContent()).toContain('allmänna handlingar');

    await field(page, 'platform').fill('Instagram');
    await field(page, 'address').fill('instagram.com/alvdalensbibliotek');
    await field(page, 'purpose').fill(
      'Visa vad som händer på biblioteket och locka fler att låna, läsa och komma på våra evenemang.',
    );
    await field(page, 'audience').fill('Barnfamiljer och unga vuxna i kommunen.');
    await field(page, 'answeredBy').fill('Bibliotekarien som har veckans sociala medier-pass');
    await field(page, 'archiving').fill(
      'Inlägg och kommentarer exporteras varje månad till kommunens arkiv; frågor som blir ärenden diarieförs.',
    );
    await field(page, 'startDate').fill('2024-09-01');
    await field(page, 'reviewDate').fill('2025-03-01');
    await page.locator('[data-test="plan-status"] label[data-status="active"]').click();
    await waitSaved(page);
    expect(await stored(app, LIBRARY)).toMatchObject({
      platform: 'Instagram',
      status: 'active',
      startDate: '2024-09-01',
      reviewDate: '2025-03-01',
    });

    // Bad input is explained next to the field and never reaches the file.
    await field(page, 'name').fill('');
    expect(await page.getByTestId('plan-name-error').textContent()).toBe(
      'Kontot behöver ett namn. Ett tomt namn sparas inte.',
    );
    await field(page, 'reviewDate').fill('2024-06-01');
    expect(await page.getByTestId('plan-reviewDate-error').textContent()).toContain('före startdatumet');
    await waitSaved(page);
    expect(await stored(app, LIBRARY)).toMatchObject({ reviewDate: '2025-03-01' });
    await field(page, 'name').fill(LIBRARY);
    await field(page, 'reviewDate').fill('2025-03-01');
    expect(await page.getByTestId('plan-name-error').count()).toBe(0);
    expect(await page.getByTestId('plan-reviewDate-error').count()).toBe(0);
    await waitSaved(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.screenshot('plans-editor-sv');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('How posts and comments are kept').waitFor();
    expect(await page.getByTestId('plan-archiving-notice').textContent()).toContain('official documents');
    await app.screenshot('plans-editor-en');
    await page.getByRole('button', { name: 'Svenska' }).click();

    await preview(page, 'plan-print');
    await expect.poll(() => page.locator('.paper-view .hint').textContent()).toContain('Kanalplan');

    await go(page, '#/plans');
    await page.getByTestId('plan-new').click();
    await page.getByTestId('plan-new-name').fill(YOUTH);
    await page.getByTestId('plan-name-dialog-confirm').click();
    await page.getByTestId('plan-editor').waitFor();
    expect(await field(page, 'responseTime').inputValue()).toBe('');
    await field(page, 'platform').fill('Facebook');
    await field(page, 'responsible').fill('Åsa Öberg, fritidsledare');
    await field(page, 'reviewDate').fill('2027-06-30');
    await waitSaved(page);
    await page.getByTestId('plan-back').click();
    await expect.poll(() => page.getByTestId('plans-row').count()).toBe(2);
    expect(await page.getByTestId('plans-table').textContent()).toContain(LIBRARY);
    await app.screenshot('plans-register-sv');

    await page.locator('[data-test="plans-filter"] label[data-status="active"]').click();
    await expect.poll(() => page.getByTestId('plans-row').count()).toBe(1);
    expect(await page.getByTestId('plan-status-chip').textContent()).toBe('Aktiv');
    await page.locator('[data-test="plans-filter"] label[data-status="closed"]').click();
    await page.getByTestId('plans-none').waitFor();

    await preview(page, 'plans-print');
    const register = await app.service.handlers['papers.render']({ request: { kind: 'register', paper: 'a4' } });
    const pdf = join(tempDir(), 'register.pdf');
    writeFileSync(pdf, Buffer.from(register.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Register över våra kanaler');
    expect(text).toContain('ÄLVDALENS KOMMUN');
    for (const word of [
      'Älvdalens bibliotek',
      'Fritidsgården Ängen',
      'Örjan Åkesson',
      'Åsa Öberg',
      'Aktiv',
      'Planerad',
    ])
      expect(text).toContain(word);

    await go(page, '#/home');
    await page.getByTestId('plans-due').waitFor();
    expect(await page.getByTestId('plans-home-count').textContent()).toBe('2 kanalplaner');
    expect(await page.getByTestId('plans-due').textContent()).toContain(`${LIBRARY}Passerad 1 mars 2025`);
    expect(await page.getByTestId('plans-due').textContent()).not.toContain(YOUTH);
    await app.screenshot('home-plans-due-sv');
    await page.getByTestId('plans-due-link').click();
    await expect.poll(() => page.getByTestId('plan-title').textContent()).toBe(LIBRARY);
    await app.close();
  });

  it('deletes a plan only after confirmation', async () => {
    const { app, page } = await workbookWithPlan(YOUTH);
    await page.getByTestId('plan-delete').click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Avbryt' }).click();
    expect(await app.service.handlers['plans.list']({})).toHaveLength(1);
    await page.getByTestId('plan-delete').click();
    await page.getByTestId('confirm-dialog-confirm').click();
    await page.getByTestId('plans-empty').waitFor();
    expect(await app.service.handlers['plans.list']({})).toHaveLength(0);
    await app.close();
  });

  it('keeps text typed right before a reload', async () => {
    const { app, page } = await workbookWithPlan(YOUTH);
    await field(page, 'moderation').waitFor();
    await loseSaves(page, 'plans.update');
    await field(page, 'moderation').pressSequentially(MODERATE, { delay: 5 });
    await page.reload();
    await page.getByTestId('plan-editor').waitFor();
    await expect.poll(() => field(page, 'moderation').inputValue()).toBe(MODERATE);
    await expect.poll(async () => (await stored(app, YOUTH)).moderation).toBe(MODERATE);
    await app.close();
  });
});
