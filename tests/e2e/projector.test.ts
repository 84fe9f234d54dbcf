import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { LibraryCase } from '../../electron/shared/caseSchema';
import { updateItem } from '../../electron/core/repos';
import type { ItemWithCase } from '../../electron/shared/meetingTypes';
import { LIBRARY_DIR } from '../helpers/files';
import { useApp, type AppPage, FULL_HD, XGA } from './harness';
import { writerOf } from '../../electron/core/db/workbook';

const { tempDir, open } = useApp();

const library: LibraryCase[] = readdirSync(LIBRARY_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(LIBRARY_DIR, f), 'utf8')) as LibraryCase);
const libraryCase = (key: string) => library.find((c) => c.key === key)!;

/** The cases with the most text on the stage, in the given language: the ones most likely to overflow. */
function longestCases(language: 'sv' | 'en', count: number): string[] {
  const length = (c: LibraryCase) => {
    const t = c[language];
    const post = t.post ? [t.post.text, ...(t.post.replies ?? []).map((r) => `${r.author} ${r.text}`)] : [];
    return [t.title, t.situation ?? '', ...post, ...t.questions].join('').length;
  };
  return [...library]
    .sort((a, b) => length(b) - length(a))
    .slice(0, count)
    .map((c) => c.key);
}

async function createWorkbook(app: AppPage, language: 'sv' | 'en') {
  const { page } = app;
  await page.getByTestId('new-workbook').click();
  await page.locator('input[name="orgName"]').fill(language === 'sv' ? 'Ådalsverken' : 'Riverside Works');
  await page.locator('label', { has: page.locator(`input[name="language"][value="${language}"]`) }).click();
  app.dialogs.newWorkbook.push(join(tempDir(), 'Workbook.samsyn'));
  await page.getByTestId('create-submit').click();
  await page.getByTestId('org-name').waitFor();
}

/** A workbook with a meeting on the starter agenda (private sector: late-night-rant first). */
async function meetingWithStarterAgenda(language: 'sv' | 'en') {
  const app = await open();
  await createWorkbook(app, language);
  const h = app.service.handlers;
  const title = language === 'sv' ? 'Arbetsplatsträff om sociala medier' : 'Team meeting on social media';
  const { meeting } = await h['meetings.create']({ title, date: '2026-11-30' });
  const { items } = await h['meetings.addStarterAgenda']({ id: meeting.id });
  const state = async () => h['presentation.get']({});
  const present = (itemId?: number) => h['presentation.command']({ command: 'goto', meetingId: meeting.id, itemId });
  return { app, h, meetingId: meeting.id, items, present, state };
}

/** What the room reads, as one line. */
const text = async (page: Page, test: string) =>
  (await page.getByTestId(test).first().innerText()).replace(/\s+/g, ' ').trim();
const fontSize = (page: Page, selector: string) =>
  page.evaluate(
    (s) => Math.min(...Array.from(document.querySelectorAll(s)).map((e) => parseFloat(getComputedStyle(e).fontSize))),
    selector,
  );

/** Nothing scrolls, and everything of the case and the results lies inside the stage and the window. */
async function expectFits(page: Page, label: string) {
  const m = await page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('[data-test="case-stage"]')!;
    const parts = Array.from(
      document.querySelectorAll(
        '.projector-header, .stage-title, .feed-card, .stage-situation, .stage-questions li, .projector-results',
      ),
    );
    const boxes = parts.map((e) => e.getBoundingClientRect());
    const root = document.documentElement;
    const results = document.querySelector('.projector-results');
    return {
      resultsOverflow: results ? results.scrollWidth - results.clientWidth : 0,
      scroll: [root.scrollHeight - innerHeight, root.scrollWidth - innerWidth],
      stageOverflow: [stage.scrollHeight - stage.clientHeight, stage.scrollWidth - stage.clientWidth],
      stageBottom: stage.getBoundingClientRect().bottom - innerHeight,
      partsBottom: Math.max(...boxes.map((b) => b.bottom)) - stage.getBoundingClientRect().bottom,
      partsRight: Math.max(...boxes.map((b) => b.right)) - innerWidth,
      partsTop: Math.min(...boxes.map((b) => b.top)),
    };
  });
  expect(m, label).toEqual({
    resultsOverflow: 0,
    scroll: [0, 0],
    stageOverflow: [0, 0],
    stageBottom: expect.toSatisfy((n: number) => n <= 0),
    partsBottom: expect.toSatisfy((n: number) => n <= 0),
    partsRight: expect.toSatisfy((n: number) => n <= 0),
    partsTop: expect.toSatisfy((n: number) => n >= 0),
  });
}

async function expectLargeType(page: Page) {
  expect(await fontSize(page, '.stage-questions li')).toBeGreaterThanOrEqual(36);
  expect(await fontSize(page, '.feed-text, .stage-situation')).toBeGreaterThanOrEqual(36);
}

/** Computed sizes and boxes of what the room reads, for the sizes the back row needs. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const size = (s: string) =>
      Math.min(...Array.from(document.querySelectorAll(s), (e) => parseFloat(getComputedStyle(e).fontSize)));
    const boxes = Array.from(
      document.querySelectorAll('.stage-title, .feed-card, .stage-situation, .stage-questions li, .projector-results'),
      (e) => e.getBoundingClientRect(),
    );
    return {
      body: size('.stage-questions li, .feed-text, .stage-situation, .reply-bubble'),
      title: size('.stage-title'),
      header: size('.projector-header, .header-position, .header-meeting, .timer-box'),
      timer: size('.timer-clock'),
      poll: document.querySelector('.poll-label') ? size('.poll-label') : null,
      // the share of the window under the lowest text
      empty: (innerHeight - Math.max(...boxes.map((b) => b.bottom))) / innerHeight,
    };
  });

describe('the projector', () => {
  it('waits, then shows the case in large type without the facilitator notes, and follows the keys', async () => {
    const { app, h, items, present, state } = await meetingWithStarterAgenda('sv');
    const page = await app.openPage('#/projector', FULL_HD);
    await page.getByTestId('projector-waiting').waitFor();
    expect(await text(page, 'projector-waiting')).toContain('Väntar på samtalsledaren');
    await app.screenshot('projector-waiting-sv', page);

    await present();
    const first = libraryCase(items[0]!.caseKey).sv;
    await expect.poll(() => page.locator('.stage-title').textContent()).toBe(first.title);
    expect(await text(page, 'projector-position')).toBe('Fall 1 av 5');
    expect(await text(page, 'projector-meeting-title')).toBe('Arbetsplatsträff om sociala medier');
    expect(await text(page, 'projector-timer')).toBe('0:00 / 10 min');
    expect(await page.getByTestId('case-stage').getAttribute('lang')).toBe('sv');
    await expectLargeType(page);
    await expectFits(page, 'starter case at 1920×1080');
    await app.screenshot('projector-1920-sv', page);

    // The facilitator's notes and suggested point are never in the page, in any language.
    const pageText = await page.evaluate(() => document.documentElement.outerHTML);
    for (const item of items) {
      const c = libraryCase(item.caseKey);
      for (const secret of [...c.sv.notes, ...c.en.notes, c.sv.suggestedPoint, c.en.suggestedPoint]) {
        expect(pageText).not.toContain(secret.slice(0, 40));
      }
    }

    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await state()).itemId).toBe(items[1]!.id);
    await expect.poll(() => text(page, 'projector-position')).toBe('Fall 2 av 5');
    const second = libraryCase(items[1]!.caseKey).sv.title;
    expect(await page.locator('.stage-title').textContent()).toBe(second);

    await page.keyboard.press('b');
    await page.getByTestId('projector-blank').waitFor();
    expect(await page.getByTestId('case-stage').count()).toBe(0);
    expect(await page.content()).not.toContain(second);
    await app.screenshot('projector-blank', page);
    await page.keyboard.press('b');
    await expect.poll(() => page.locator('.stage-title').textContent()).toBe(second);

    await page.keyboard.press('t');
    await expect.poll(async () => (await state()).timer.running).toBe(true);
    await expect.poll(() => text(page, 'timer-clock')).not.toBe('0:00');
    await page.keyboard.press('t');
    await expect.poll(async () => (await state()).timer.running).toBe(false);

    await page.dblclick('[data-test="projector"]');
    await expect.poll(() => app.projectorRequests).toEqual(['fullscreen']);

    await h['presentation.command']({ command: 'stop' });
    await page.getByTestId('projector-waiting').waitFor();
    await app.close();
  });

  it.each(['sv', 'en'] as const)(
    'fits the longest %s cases, with and without the results, at 1920×1080 and 1024×768',
    async (language) => {
      const { app, h, meetingId } = await meetingWithStarterAgenda(language);
      const added: ItemWithCase[] = [];
      for (const key of longestCases(language, 3)) {
        const { id } = await h['cases.useFromLibrary']({ key });
        const { items } = await h['items.add']({ meetingId, caseId: id, timeboxMinutes: 15 });
        added.push(items.find((i) => i.caseKey === key)!);
      }
      const pages = [await app.openPage('#/projector', XGA), await app.openPage('#/projector', FULL_HD)];
      const show = async (item: ItemWithCase, results: boolean) => {
        await h['presentation.command']({ command: 'goto', meetingId, itemId: item.id });
        await h['presentation.command']({ command: 'show-consensus', value: results });
        for (const page of pages) {
          await expect
            .poll(() => page.locator('.stage-title').textContent())
            .toBe(libraryCase(item.caseKey)[language].title);
          await expect.poll(() => page.getByTestId('projector-consensus').count()).toBe(results ? 1 : 0);
        }
      };
      const label = (item: ItemWithCase, page: Page) =>
        `${item.caseKey} at ${page.viewportSize()!.width}×${page.viewportSize()!.height}`;

      for (const item of added) {
        await show(item, false);
        for (const page of pages) await expectFits(page, label(item, page));
        await expectLargeType(pages[1]!);
        if (item === added[0]) await app.screenshot(`projector-1024-${language}`, pages[0]);
      }

      const notes = (
        language === 'sv'
          ? 'Vi nämner aldrig patienter eller kunder, inte ens utan namn.\n'
          : 'We never mention patients or customers, not even without names.\n'
      ).repeat(12);
      for (const item of added) {
        await h['items.setPoll']({ id: item.id, agree: 10, disagree: 12, unsure: 10 });
        await h['items.update']({ id: item.id, changes: { consensusNotes: notes, stance: 'not_acceptable' } });
        await show(item, true);
        for (const page of pages) {
          await expectFits(page, `${label(item, page)} with the poll and the consensus`);
          // The newest lines of a long text stay in view, at least two of them.
          const shown = await page.evaluate(() => {
            const box = document.querySelector('.consensus-window')!.getBoundingClientRect();
            const text = document.querySelector('.consensus-text')!;
            return {
              textBottom: text.getBoundingClientRect().bottom,
              windowBottom: box.bottom,
              lines: box.height / parseFloat(getComputedStyle(text).lineHeight),
            };
          });
          expect(shown.textBottom).toBeLessThanOrEqual(shown.windowBottom + 1);
          expect(shown.lines, label(item, page)).toBeGreaterThanOrEqual(2);
          await expect.poll(() => page.locator('.consensus-window').getAttribute('class')).toContain('overflowing');
        }
        if (item === added[0]) await app.screenshot(`projector-1920-${language}-longest-with-results`, pages[1]);
      }
      await app.close();
    },
    60_000,
  );

  // Cases of the library's second edition: a chat message, a livestream, a review with a reply, a situation,
  // an association's post and a political post, each looked at in both languages.
  const SECOND_EDITION = [
    'deepfake-in-the-chat',
    'live-from-the-reception',
    'one-star-review',
    'chat-as-public-record',
    'alt-text-for-everyone',
    'teacher-before-the-election',
  ];

  it.each(['sv', 'en'] as const)(
    'shows the new %s cases in large type, fitting at 1920×1080 and 1024×768',
    async (language) => {
      const { app, h, meetingId } = await meetingWithStarterAgenda(language);
      const pages = [await app.openPage('#/projector', XGA), await app.openPage('#/projector', FULL_HD)];
      for (const key of SECOND_EDITION) {
        const { id } = await h['cases.useFromLibrary']({ key });
        const { items } = await h['items.add']({ meetingId, caseId: id });
        await h['presentation.command']({
          command: 'goto',
          meetingId,
          itemId: items.find((i) => i.caseKey === key)!.id,
        });
        for (const page of pages) {
          await expect.poll(() => page.locator('.stage-title').textContent()).toBe(libraryCase(key)[language].title);
          await expectFits(page, `${key} at ${page.viewportSize()!.width}`);
        }
        await expectLargeType(pages[1]!);
        await app.screenshot(`projector-new-${key}-${language}`, pages[1]);
        if (key === SECOND_EDITION[0]) await app.screenshot(`projector-new-${key}-${language}-1024`, pages[0]);
      }
      await app.close();
    },
    60_000,
  );

  it.each(['sv', 'en'] as const)(
    'shows every %s library case in type for the back of a room, filling a 1920×1080 wall and fitting 1024×768',
    async (language) => {
      const { app, h, meetingId } = await meetingWithStarterAgenda(language);
      const shown: ItemWithCase[] = [];
      for (const c of library) {
        const { id } = await h['cases.useFromLibrary']({ key: c.key });
        const { items } = await h['items.add']({ meetingId, caseId: id });
        shown.push(items.find((i) => i.caseKey === c.key)!);
      }
      const [xga, wall] = [await app.openPage('#/projector', XGA), await app.openPage('#/projector', FULL_HD)];
      const empties: number[] = [];
      for (const [index, item] of shown.entries()) {
        await h['items.setPoll']({ id: item.id, agree: index % 2 ? 4 : 0, disagree: 2, unsure: 1 });
        await h['presentation.command']({ command: 'goto', meetingId, itemId: item.id });
        for (const page of [xga, wall]) {
          await expect
            .poll(() => page.locator('.stage-title').textContent())
            .toBe(libraryCase(item.caseKey)[language].title);
          await page.getByTestId('projector-poll').waitFor();
          await expectFits(page, `${item.caseKey} at ${page.viewportSize()!.width}`);
        }
        const m = await measure(wall);
        expect(m, item.caseKey).toMatchObject({
          body: expect.toSatisfy((n: number) => n >= 36),
          title: expect.toSatisfy((n: number) => n >= 56),
          header: expect.toSatisfy((n: number) => n >= 28),
          timer: expect.toSatisfy((n: number) => n >= 28),
          poll: expect.toSatisfy((n: number) => n >= 28),
          empty: expect.toSatisfy((n: number) => n <= 0.3),
        });
        empties.push(m.empty);
      }
      // A typical case leaves at most about a fifth of the wall empty.
      const median = [...empties].sort((a, b) => a - b)[Math.floor(empties.length / 2)]!;
      expect(median).toBeLessThanOrEqual(0.2);
      await app.close();
    },
    120_000,
  );

  it('shows the results alone in large type, and in high contrast for a bright room', async () => {
    const { app, h, items, present } = await meetingWithStarterAgenda('sv');
    await present(items[0]!.id);
    const page = await app.openPage('#/projector', FULL_HD);
    await page.getByTestId('case-stage').waitFor();
    await h['presentation.command']({ command: 'show-results', value: true });
    await page.getByTestId('projector-results-view').waitFor();
    expect(await text(page, 'projector-results-view')).toContain('Ingen handuppräckning än');
    await h['items.setPoll']({ id: items[0]!.id, agree: 7, disagree: 2, unsure: 1 });
    await h['items.update']({ id: items[0]!.id, changes: { consensusNotes: 'Vi hänger aldrig ut en kollega.' } });
    await page.getByTestId('projector-poll').waitFor();
    expect(await page.getByTestId('projector-consensus').count()).toBe(0);
    await h['presentation.command']({ command: 'show-consensus', value: true });
    await expect.poll(() => text(page, 'consensus-text')).toBe('Vi hänger aldrig ut en kollega.');
    expect(await fontSize(page, '.poll-label')).toBeGreaterThanOrEqual(48);
    expect(await fontSize(page, '.consensus-text')).toBeGreaterThanOrEqual(48);
    await app.screenshot('projector-results-view-1920', page);

    await h['presentation.command']({ command: 'high-contrast', value: true });
    await expect.poll(() => page.getByTestId('projector').getAttribute('class')).toContain('high-contrast');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.projector')!).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
    await app.screenshot('projector-results-view-contrast', page);
    await h['presentation.command']({ command: 'next' });
    await page.getByTestId('case-stage').waitFor();
    await app.screenshot('projector-1920-contrast', page);
    await app.close();
  });

  it('shows the poll as bars and the consensus only while the facilitator shows it', async () => {
    const { app, h, meetingId, items, present } = await meetingWithStarterAgenda('sv');
    const [first] = items;
    // Eleven minutes already spent on a ten-minute item.
    updateItem(writerOf(app.service.current()!), first!.id, { timeSpentSeconds: 660 });
    await present(first!.id);
    const page = await app.openPage('#/projector', FULL_HD);
    await page.getByTestId('case-stage').waitFor();
    expect(await page.getByTestId('projector-poll').count()).toBe(0);
    expect(await page.getByTestId('projector-stance').count()).toBe(0);
    expect(await text(page, 'projector-timer')).toMatch(/^11:00 \/ 10 min över tiden$/i);
    expect(await page.getByTestId('projector-timer').getAttribute('class')).toContain('over');

    for (const name of ['Anna', 'Bengt', 'Cecilia', 'David', 'Eva', 'Farid', 'Greta', 'Hassan', 'Ida', 'Jonas']) {
      await h['participants.add']({ meetingId, name });
    }
    const { participants } = await h['meetings.get']({ id: meetingId });
    for (const p of participants) await h['participants.setPresent']({ id: p.id, present: true });
    await h['items.setPoll']({ id: first!.id, agree: 6, disagree: 3, unsure: 1 });
    await page.getByTestId('projector-poll').waitFor();
    expect(await text(page, 'poll-agree')).toBe('Håller med 6');
    expect(await text(page, 'poll-disagree')).toBe('Håller inte med 3');
    expect(await text(page, 'poll-unsure')).toBe('Osäker 1');
    const widths = await page
      .locator('.poll-bar')
      .evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[1]).toBeGreaterThan(widths[2]!);

    const draft = 'Vi skriver som privatpersoner och låter bli att hänga ut kollegor.';
    await h['items.update']({ id: first!.id, changes: { consensusNotes: draft, stance: 'depends' } });
    await expect.poll(() => text(page, 'projector-stance')).toBe('Gruppens syn: Det beror på');
    expect(await page.getByTestId('projector-consensus').count()).toBe(0);
    expect(await page.content()).not.toContain(draft);

    await h['presentation.command']({ command: 'show-consensus', value: true });
    await expect.poll(() => page.getByTestId('consensus-text').textContent()).toBe(draft);
    const more = `${draft}\nVi tar kritik mot beslut på APT först.`;
    await h['items.update']({ id: first!.id, changes: { consensusNotes: more } });
    await expect.poll(() => page.getByTestId('consensus-text').textContent()).toBe(more);
    expect(await fontSize(page, '.consensus-text')).toBeGreaterThanOrEqual(32);
    expect(await page.locator('.consensus-window').getAttribute('class')).not.toContain('overflowing');
    await expectFits(page, 'poll and consensus at 1920×1080');
    await app.screenshot('projector-poll-consensus-sv', page);

    await h['presentation.command']({ command: 'show-consensus', value: false });
    await expect.poll(() => page.getByTestId('projector-consensus').count()).toBe(0);
    await app.close();
  });

  it('shows an English workbook’s case in English', async () => {
    const { app, items, present } = await meetingWithStarterAgenda('en');
    await present();
    const page = await app.openPage('#/projector', FULL_HD);
    const first = libraryCase(items[0]!.caseKey).en;
    await expect.poll(() => page.locator('.stage-title').textContent()).toBe(first.title);
    expect(await page.getByTestId('case-stage').getAttribute('lang')).toBe('en');
    expect(await text(page, 'projector-position')).toBe('Case 1 of 5');
    expect(await page.locator('.stage-questions li').first().textContent()).toBe(first.questions[0]);
    await expectLargeType(page);
    await expectFits(page, 'English case at 1920×1080');
    await app.screenshot('projector-1920-en', page);
    await app.close();
  });
});
