import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createWorkbook } from './pages';
import { useApp, SCREENSHOTS, type AppPage } from './harness';

const { tempDir, open } = useApp();

// axe's source is evaluated in the page rather than added as a script tag: the app's
// strict CSP would refuse an inline script, and a test must not loosen it.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical problems axe-core finds on the page as it stands. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Presses Tab until the element matching `selector` has the focus, and checks that the focus shows. */
async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((s) => {
      const active = document.activeElement as HTMLElement | null;
      if (!active?.matches(s)) return null;
      // a visually hidden radio shows its focus on its label
      const shown = active.closest('label:focus-within') ?? active;
      const style = getComputedStyle(shown);
      return { visible: active.matches(':focus-visible'), outline: parseFloat(style.outlineWidth) };
    }, selector);
    if (found) {
      expect(found, `the focus on ${selector} shows`).toMatchObject({
        visible: true,
        outline: expect.toSatisfy((n: number) => n >= 2),
      });
      return;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}

const go = async (page: Page, hash: string, ready: string) => {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.locator(ready).first().waitFor({ timeout: 20000 });
};
const test = (name: string) => `[data-test="${name}"]`;

/** A workbook with something on every screen: a running and a signed meeting, an agreement, a channel plan. */
async function fullWorkbook(app: AppPage) {
  await createWorkbook(app, 'Björkbackens bageri', join(tempDir(), 'Bageriet.samsyn'));
  const h = app.service.handlers;
  const running = (await h['meetings.create']({ title: 'Vår syn på sociala medier', date: '2026-11-24' })).meeting;
  await h['meetings.addStarterAgenda']({ id: running.id });
  await h['participants.add']({ meetingId: running.id, name: 'Maria Lind' });
  const items = (await h['meetings.get']({ id: running.id })).items;
  await h['items.update']({
    id: items[0]!.id,
    changes: { stance: 'depends', consensusNotes: 'Vi pratar med personen först.', proposedPoint: 'Vi pratar först.' },
  });
  await h['actions.add']({
    meetingId: running.id,
    itemId: items[0]!.id,
    what: 'Skriv ett utkast',
    who: 'Maria Lind',
    dueDate: '2026-12-15',
  });
  await h['meetings.setStatus']({ id: running.id, status: 'running' });
  const signed = (await h['meetings.create']({ title: 'Uppföljning', date: '2026-10-01', facilitator: 'Maria Lind' }))
    .meeting;
  await h['meetings.addStarterAgenda']({ id: signed.id });
  await h['meetings.setStatus']({ id: signed.id, status: 'closed' });
  await h['meetings.sign']({ id: signed.id, signedBy: 'Maria Lind' });
  await h['agreement.updateDraft']({ title: 'Så gör vi' });
  await h['agreement.addPoint']({ text: 'Vi är oss själva.' });
  await h['agreement.adopt']({ meetingId: null, paper: 'a4' });
  await h['agreement.addPoint']({ text: 'Vi svarar inom en arbetsdag.' });
  const plan = await h['plans.createFromAgreement']({ name: 'Bageriet på Instagram' });
  const caseId = items[0]!.caseId;
  await h['presentation.command']({ command: 'goto', meetingId: running.id, itemId: items[0]!.id });
  await h['items.setPoll']({ id: items[0]!.id, agree: 1, disagree: 0, unsure: 0 });
  return { running: running.id, signed: signed.id, plan: plan.id, caseId };
}

describe('accessibility', () => {
  it('finds no serious or critical problem on any screen, in Swedish and in English', async () => {
    const app = await open();
    const { page } = app;
    const found: Record<string, string[]> = {};
    const check = async (label: string, target: Page = page) => {
      const problems = await seriousViolations(target);
      if (problems.length) found[label] = problems;
    };
    await page.getByTestId('new-workbook').waitFor();
    await check('start sv');
    const ids = await fullWorkbook(app);
    const screens: [string, string][] = [
      ['#/library', test('case-card')],
      ['#/home', test('org-name')],
      ['#/cases/new', test('case-editor')],
      [`#/cases/${ids.caseId}/edit`, test('case-editor')],
      [`#/meetings/${ids.running}/plan`, test('plan-heading')],
      [`#/meetings/${ids.running}/run`, test('consensus-notes')],
      ['#/agreement', test('candidate-list')],
      [`#/meetings/${ids.signed}/run`, test('next-steps')],
      [`#/paper?kind=minutes&meeting=${ids.signed}&style=formal`, '[data-test="paper"][data-pages]'],
      ['#/compare', test('compare')],
      ['#/plans', test('plans-register')],
      [`#/plans/${ids.plan}`, test('plan-editor')],
      ['#/backups', '.backups'],
      ['#/guide', test('guide')],
    ];
    for (const language of ['sv', 'en'] as const) {
      if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
      for (const [hash, ready] of screens) {
        await go(page, hash, ready);
        await check(`${hash} ${language}`);
        // what a 1366×768 laptop shows without scrolling
        const name = hash.replace(/[#/?&=]+/g, '-').replace(/^-|-$/g, '');
        await page.screenshot({ path: join(SCREENSHOTS, `laptop-${name}-${language}.png`) });
      }
      await go(page, `#/meetings/${ids.running}/run`, test('consensus-notes'));
      await page.locator('[data-test="projector-menu"] summary').click();
      await check(`projector menu ${language}`);
      const projector = await app.openPage('#/projector', { width: 1920, height: 1080 });
      await projector.getByTestId('case-stage').waitFor();
      await check(`projector ${language}`, projector);
      await app.service.handlers['presentation.command']({ command: 'show-results', value: true });
      await app.service.handlers['presentation.command']({ command: 'high-contrast', value: true });
      await projector.getByTestId('projector-results-view').waitFor();
      await check(`projector results in high contrast ${language}`, projector);
      await app.service.handlers['presentation.command']({ command: 'show-results', value: false });
      await app.service.handlers['presentation.command']({ command: 'high-contrast', value: false });
      await projector.close();
    }
    await app.push({ type: 'menu', command: 'close' });
    await page.getByTestId('new-workbook').waitFor();
    await check('start en');
    expect(found).toEqual({});
    await app.close();
  });
});

describe('the keyboard alone', () => {
  it('plans, runs and closes a meeting and takes its proposal into the agreement', async () => {
    const app = await open();
    const { page } = app;
    await createWorkbook(app, 'Björkbackens bageri', join(tempDir(), 'Bageriet.samsyn'));
    const h = app.service.handlers;
    const proposal = 'Vi tar konflikter i ett samtal.';

    await tabTo(page, test('plan-meeting'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/meetings\/\d+\/plan$/);
    const id = Number(/meetings\/(\d+)/.exec(page.url())![1]);
    await tabTo(page, test('agenda-suggest'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await h['meetings.get']({ id })).items.length).toBeGreaterThan(0);
    await tabTo(page, test('start-meeting'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/run$/);

    // The case, then the stance, the poll, the notes and the proposal, in that order.
    await tabTo(page, '[data-test="stance"] input');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await h['meetings.get']({ id })).items[0]!.stance).not.toBeNull();
    await tabTo(page, 'input[name="poll-agree"]');
    await page.keyboard.type('3');
    await tabTo(page, '[data-test="poll"] button[type="submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await h['meetings.get']({ id })).items[0]!.poll.agree).toBe(3);
    await tabTo(page, test('consensus-notes'));
    await page.keyboard.type('Vi pratar med personen först.');
    await tabTo(page, test('proposed-point'));
    await page.keyboard.type(proposal);
    await tabTo(page, 'input[name="action-what"]');
    await page.keyboard.type('Skriv ett utkast');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await h['meetings.get']({ id })).actions.length).toBe(1);

    await tabTo(page, test('close-meeting'));
    await page.keyboard.press('Enter');
    await page.getByTestId('close-dialog').waitFor();
    await tabTo(page, test('close-dialog-confirm'));
    await page.keyboard.press('Enter');
    await page.getByTestId('next-steps').waitFor();
    expect((await h['meetings.get']({ id })).meeting.status).toBe('closed');
    await app.screenshot('meeting-closed-next-steps-sv');

    await tabTo(page, test('next-agreement'));
    await page.keyboard.press('Enter');
    await page.getByTestId('candidate-list').waitFor();
    await tabTo(page, test('candidate-accept'));
    await page.keyboard.press('Enter');
    // The words typed end the point, after the library's suggestion where the case brought one.
    await expect
      .poll(async () => (await h['agreement.get']({})).draft.points.map((p) => p.text.endsWith(proposal)))
      .toEqual([true]);
    // the accepted proposal left the list; the keyboard stays in it instead of falling back to the page
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.candidates') !== null)).toBe(true);
    await app.close();
  });
});
