import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import type { Stance } from '../../electron/shared/types';
import { FONTS_DIR, LIBRARY_DIR } from '../helpers/files';
import { createWorkbook } from './pages';
import { useApp, type AppPage } from './harness';

const { tempDir, open } = useApp();

const KEYS = [
  'late-night-rant',
  'monday-irony',
  'preschool-photos',
  'staff-party-photos',
  'tip-to-the-local-paper',
  'trolls-on-our-page',
  'scrolling-on-shift',
  'customers-are-idiots',
];
const UNITS = [
  'Hemtjänsten Norr',
  'Hemtjänsten Söder',
  'Äldreboendet Linden',
  'Förskolan Solrosen',
  'Kultur och fritid',
];
const A = 'acceptable';
const N = 'not_acceptable';
const D = 'depends';
const X = 'no_consensus';
/** per case, the stance of each unit: some cases unanimous, some split down the middle */
const STANCES: (Stance | null)[][] = [
  [N, N, N, N, N],
  [A, A, A, A, A],
  [N, N, N, D, D],
  [A, N, D, X, A],
  [A, N, A, N, D],
  [D, D, D, D, null],
  [A, A, N, N, N],
  [N, N, N, N, N],
];
const SHARED_POINT = 'Vi pratar med personen först, aldrig om personen i ett inlägg.';

/** The central workbook, made through the start screen, with one planned meeting of eight library cases. */
async function centralWorkbook(files: string) {
  const app = await open();
  await createWorkbook(app, 'Sundby kommun', join(files, 'Sundby.samsyn'), { sector: 'Offentlig' });
  const h = app.service.handlers;
  const { meeting } = await h['meetings.create']({ title: 'Samtal om sociala medier', date: '2026-03-02' });
  for (const key of KEYS) {
    const entry = await h['cases.useFromLibrary']({ key });
    await h['items.add']({ meetingId: meeting.id, caseId: entry.id, timeboxMinutes: 10 });
  }
  return { app, meetingId: meeting.id };
}

/** One unit holds the conversation in its own workbook, made from the package by a separate app, and closes the meeting. */
async function holdInUnit(packagePath: string, files: string, unit: number): Promise<string> {
  const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  const h = service.handlers;
  const workbookPath = join(files, `unit-${unit}.samsyn`);
  try {
    await h['packages.createWorkbook']({
      packagePath,
      workbookPath,
      orgName: UNITS[unit]!,
      sector: 'public',
      language: 'sv',
      date: `2026-03-1${unit}`,
    });
    const meetingId = (await h['workbook.home']({})).meetings[0]!.id;
    let detail = await h['meetings.get']({ id: meetingId });
    for (const name of ['Ali', 'Bea', 'Cem', 'Dana', 'Eva', 'Finn', 'Gun', 'Hans'])
      detail = await h['participants.add']({ meetingId, name });
    for (const p of detail.participants) await h['participants.setPresent']({ id: p.id, present: true });
    for (const [index, item] of detail.items.entries()) {
      if (index === 7 && unit === 4) {
        await h['items.remove']({ id: item.id });
        continue;
      }
      const point =
        unit < 2
          ? SHARED_POINT
          : unit === 2
            ? `${SHARED_POINT} Alltid.`
            : `${UNITS[unit]} vill ha en egen regel för fall ${index + 1}.`;
      await h['items.update']({
        id: item.id,
        changes: {
          stance: STANCES[index]![unit]!,
          consensusNotes: `${UNITS[unit]} om fall ${index + 1}: vi var överens om att fråga först och publicera sedan.`,
          dissent: unit % 2 ? `En i ${UNITS[unit]} tyckte att det är en privatsak.` : '',
          proposedPoint: point,
        },
      });
      // Where every group agrees, nobody raised a hand against either: a split vote counts as disagreement too.
      const disagree = index < 2 ? 0 : (index * 2 + unit) % 3;
      await h['items.setPoll']({
        id: item.id,
        agree: ((index + unit) % 5) + 1,
        disagree,
        unsure: index < 2 ? 0 : unit % 2,
      });
    }
    await h['meetings.setStatus']({ id: meetingId, status: 'closed' });
    // A follow-up not held yet: collecting skips it.
    if (unit === 4) await h['meetings.create']({ title: 'Uppföljning', date: '2026-05-01' });
  } finally {
    service.shutdown();
  }
  return workbookPath;
}

const text = (page: Page, test: string) => page.getByTestId(test).textContent();

async function exportPackage(app: AppPage, meetingId: number, files: string): Promise<string> {
  const { page } = app;
  await page.evaluate((id) => (location.hash = `#/meetings/${id}/plan`), meetingId);
  await page.getByTestId('export-package-open').click();
  await page.getByTestId('package-instruction').fill('Håll samtalet före den 20 mars och avsluta mötet i Samsyn.');
  const path = join(files, 'Samtal om sociala medier.samsyn-package');
  app.dialogs.packageSavePath.push(path);
  await page.getByTestId('export-package-confirm').click();
  await expect.poll(() => text(page, 'package-saved')).toContain('med 8 fall är sparat');
  await app.screenshot('package-export-sv');
  await page.getByTestId('package-close').click();
  return path;
}

describe('comparing groups', () => {
  it('collects five units, compares them case by case and carries a shared point into the agreement', async () => {
    const files = tempDir();
    const { app, meetingId } = await centralWorkbook(files);
    const { page } = app;
    const packagePath = await exportPackage(app, meetingId, files);
    const units: string[] = [];
    for (let unit = 0; unit < UNITS.length; unit++) units.push(await holdInUnit(packagePath, files, unit));

    await page.evaluate(() => (location.hash = '#/home'));
    await expect.poll(() => text(page, 'collected-count')).toBe('Inga hämtade möten');
    await page.getByTestId('open-compare').click();
    await page.getByTestId('compare-empty').waitFor();
    await app.screenshot('compare-empty-sv');

    app.dialogs.workbooks.push(units);
    await page.getByTestId('collect').click();
    await expect.poll(() => text(page, 'collect-result')).toBe('5 möten hämtade, 0 fanns redan, 1 inte avslutat.');
    app.dialogs.workbooks.push([units[1]!]);
    await page.getByTestId('collect').click();
    await expect.poll(() => text(page, 'collect-result')).toBe('0 möten hämtade, 1 fanns redan, 0 inte avslutade.');
    expect(await page.getByTestId('collected-meeting').count()).toBe(5);

    expect(await page.getByTestId('group-head').count()).toBe(5);
    expect(await page.getByTestId('compare-row').count()).toBe(8);
    expect(await page.getByTestId('compare-cell').count()).toBe(40);
    const labels = await page.getByTestId('disagreement').allTextContents();
    expect(labels[0]).toBe('Stor oenighet');
    expect(labels).toContain('Samstämmigt');
    expect(
      await page.locator('[data-case="customers-are-idiots"] [data-test="compare-cell"]').last().textContent(),
    ).toContain('Inte diskuterat');
    await app.screenshot('compare-sv');

    await page.locator('[data-sort="title"]').click();
    const titles = await page.locator('.case-title').allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'sv')));

    // The first unit's cell on the first case, opened from the keyboard.
    const row = page.locator('[data-case="late-night-rant"]');
    await row.getByTestId('compare-cell').first().focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('compare-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('panel-column').count()).toBe(5);
    const notes = await panel.getByTestId('panel-notes').allTextContents();
    expect(notes.filter((n) => n.includes('om fall 1')).length).toBe(5);
    expect(notes[0]).toContain('Hemtjänsten Norr');
    expect(notes[3]).toContain('Förskolan Solrosen');
    await app.screenshot('compare-cell-sv');

    await panel.getByTestId('carry').first().click();
    await expect.poll(() => panel.getByTestId('carried').count()).toBe(3);
    const state = await app.service.handlers['agreement.get']({});
    const carried = state.candidates.find((c) => c.carried);
    expect(carried?.text).toBe(SHARED_POINT);
    expect(carried?.carried?.groups).toEqual(UNITS.slice(0, 3).map((u, i) => `${u} · 2026-03-1${i}`));

    await panel.getByTestId('to-agreement').click();
    await page.getByTestId('candidate-carried').waitFor();
    expect(await text(page, 'candidate-carried')).toContain(
      'Från grupperna: Hemtjänsten Norr · 2026-03-10, Hemtjänsten Söder',
    );
    await page
      .locator('[data-test="candidate"]', { has: page.getByTestId('candidate-carried') })
      .getByTestId('candidate-accept')
      .click();
    await expect
      .poll(async () => (await app.service.handlers['agreement.get']({})).draft.points.map((p) => p.text))
      .toEqual([SHARED_POINT]);
    const point = (await app.service.handlers['agreement.get']({})).draft.points[0]!;
    // a carried point keeps its link to the case, but comes from no single meeting
    expect(point.sourceItemId).toBeNull();
    expect(point.caseId).not.toBeNull();
    await expect.poll(() => page.getByTestId('candidate-carried').count()).toBe(0);

    await page.getByRole('button', { name: 'English' }).click();
    await page.evaluate(() => (location.hash = '#/compare'));
    await expect.poll(() => page.getByTestId('compare-cell').count()).toBe(40);
    expect(await page.getByTestId('disagreement').first().textContent()).toBe('Strong disagreement');
    await app.screenshot('compare-en');
    await page.getByRole('button', { name: 'Svenska' }).click();

    await page.getByTestId('collected-remove').first().click();
    await page.getByTestId('confirm-dialog-confirm').click();
    await expect.poll(() => page.getByTestId('group-head').count()).toBe(4);
    expect(await page.getByTestId('collected-meeting').count()).toBe(4);
    await page.getByTestId('summary-pdf').click();
    await expect.poll(() => page.getByTestId('paper').getAttribute('data-pages')).toMatch(/^\d+$/);
    await app.close();
  });

  it('makes a unit’s workbook from a package on the start screen', async () => {
    const files = tempDir();
    const { app: central, meetingId } = await centralWorkbook(files);
    const packagePath = await exportPackage(central, meetingId, files);
    await central.close();

    const app = await open();
    const { page } = app;
    app.dialogs.package.push(packagePath);
    await page.getByTestId('open-package').click();
    expect(await text(page, 'package-file')).toBe('Paket: Samtal om sociala medier.samsyn-package');
    await page.locator('input[name="orgName"]').fill('Förskolan Solrosen');
    await app.screenshot('package-open-sv');
    app.dialogs.newWorkbook.push(join(files, 'Solrosen.samsyn'));
    await page.getByTestId('package-workbook-submit').click();
    await expect.poll(() => text(page, 'org-name')).toBe('Förskolan Solrosen');
    expect(await page.getByTestId('meeting-link').textContent()).toContain('Samtal om sociala medier');
    const home = await app.service.handlers['workbook.home']({});
    expect(home.meetings[0]!.itemCount).toBe(8);
    await app.close();
  });
});
