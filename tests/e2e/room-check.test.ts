import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp, FULL_HD, XGA } from './harness';
import { createWorkbook, planMeeting } from './pages';

const { tempDir, open } = useApp();

const px = (page: Page, selector: string) =>
  page.evaluate((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize), selector);

describe('the room check', () => {
  it('puts a test screen on the projector at the sizes the cases use, and leaves nothing behind', async () => {
    const app = await open();
    await createWorkbook(app, 'Ådalsverken', join(tempDir(), 'Workbook.samsyn'));
    const { page } = app;
    const h = app.service.handlers;
    const { id: meetingId, items } = await planMeeting(app);

    // a real case on the projector first, to compare sizes with
    const projector = await app.openPage('#/projector', FULL_HD);
    await h['presentation.command']({ command: 'goto', meetingId, itemId: items[0]!.id });
    await projector.getByTestId('case-stage').waitFor();
    const real = { title: await px(projector, '.stage-title'), question: await px(projector, '.stage-questions li') };
    const body = await px(projector, '.feed-text, .stage-situation');
    await h['presentation.command']({ command: 'stop' });
    const before = await h['presentation.get']({});
    const meetingBefore = await h['meetings.get']({ id: meetingId });

    await page.evaluate((id) => (window.location.hash = `#/meetings/${id}/plan`), meetingId);
    await page.getByTestId('room-check-controls').waitFor();
    await page.getByTestId('room-check-projector').click();
    expect(app.projectorRequests).toContain('open');
    await page.getByTestId('room-check-toggle').click();
    await projector.getByTestId('room-check').waitFor();
    expect(await page.getByTestId('room-check-toggle').getAttribute('aria-pressed')).toBe('true');

    // the smallest type a case is shown in (a short case's type grows to fill the wall)
    const check = {
      title: await px(projector, '.room-check .stage-title'),
      question: await px(projector, '.room-check .stage-questions li'),
      body: await px(projector, '.room-check .feed-text'),
    };
    expect(check.title).toBeGreaterThanOrEqual(56);
    expect(check.title).toBeLessThanOrEqual(real.title);
    expect(check.question).toBeGreaterThanOrEqual(36);
    expect(check.question).toBeLessThanOrEqual(real.question);
    expect(check.body).toBeGreaterThanOrEqual(36);
    expect(check.body).toBeLessThanOrEqual(body);
    const colours = await projector.evaluate(() =>
      ['agree', 'disagree', 'unsure'].map(
        (k) => getComputedStyle(document.querySelector(`.room-check .poll-${k} .poll-bar`)!).backgroundColor,
      ),
    );
    expect(new Set(colours).size).toBe(3);
    // the marks sit on the window's own edges
    for (const size of [FULL_HD, XGA]) {
      await projector.setViewportSize(size);
      const edges = await projector.evaluate(() =>
        ['top', 'right', 'bottom', 'left'].map((e) => {
          const r = document.querySelector(`[data-test="room-check-${e}"]`)!.getBoundingClientRect();
          return { e, top: r.top, right: r.right, bottom: r.bottom, left: r.left };
        }),
      );
      const [top, right, bottom, left] = edges;
      expect(top!.top).toBeLessThanOrEqual(1);
      expect(Math.abs(right!.right - size.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(bottom!.bottom - size.height)).toBeLessThanOrEqual(1);
      expect(left!.left).toBeLessThanOrEqual(1);
      await app.screenshot(`room-check-${size.width}`, projector);
    }
    await projector.setViewportSize(FULL_HD);

    await page.getByTestId('room-check-toggle').click();
    await projector.getByTestId('projector-waiting').waitFor();
    expect(await projector.getByTestId('room-check').count()).toBe(0);
    expect(await h['presentation.get']({})).toEqual(before);
    expect(await h['meetings.get']({ id: meetingId })).toEqual(meetingBefore);

    // leaving the screen with the test screen up takes it down
    await page.getByTestId('room-check-toggle').click();
    await projector.getByTestId('room-check').waitFor();
    await page.evaluate(() => (window.location.hash = '#/home'));
    await projector.getByTestId('projector-waiting').waitFor();
    expect((await h['presentation.get']({})).roomCheck).toBe(false);
    await app.close();
  });
});
