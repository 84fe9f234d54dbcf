import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './harness';

const { tempDir, open } = useApp();

async function appWithMeeting() {
  const app = await open();
  const path = join(tempDir(), 'Exempel.samsyn');
  await app.service.handlers['example.create']({ path, language: 'sv' });
  await app.push({ type: 'open-path', path });
  await app.page.getByTestId('meeting-list').waitFor();
  const created = await app.service.handlers['meetings.create']({ title: 'Styrelsemöte', date: '2026-11-12' });
  return { app, page: app.page, h: app.service.handlers, id: created.meeting.id };
}

/** A meeting with one case whose notes hold a character no font has. */
async function meetingWithMissingGlyph() {
  const meeting = await appWithMeeting();
  const { h, id } = meeting;
  const [caseRow] = await h['cases.list']({});
  await h['items.add']({ meetingId: id, caseId: caseRow!.id });
  const [item] = (await h['meetings.get']({ id })).items;
  await h['items.update']({ id: item!.id, changes: { consensusNotes: 'Ett tecken \u{F0001} här.' } });
  return { ...meeting, itemId: item!.id };
}

describe('the procedural §§ in the meeting plan', () => {
  it('can be rewritten and switched off, and the minutes follow', async () => {
    const { app, page, id } = await appWithMeeting();
    await page.evaluate((meetingId) => (location.hash = `#/meetings/${meetingId}/plan`), id);
    const opening = page.getByTestId('procedure-opening');
    await opening.waitFor();
    expect(await opening.getAttribute('placeholder')).toBe('Ordföranden förklarade mötet öppnat.');
    await opening.fill('Anna öppnade mötet.');
    await opening.press('Tab');
    const procedure = async () => (await app.service.handlers['meetings.get']({ id })).meeting.procedure;
    await expect.poll(async () => (await procedure()).opening).toBe('Anna öppnade mötet.');
    await page.getByTestId('procedure').scrollIntoViewIfNeeded();
    await app.screenshot('meeting-plan-procedure-sv');
    await page.getByTestId('procedure-included').uncheck();
    await expect.poll(async () => (await procedure()).included).toBe(false);
    await expect.poll(() => page.getByTestId('procedure-opening').count()).toBe(0);
    await app.close();
  });
});

describe('the paper preview', () => {
  it('names a character no font has and where it stands', async () => {
    const { app, page, id } = await meetingWithMissingGlyph();
    await page.evaluate((meetingId) => (location.hash = `#/paper?kind=minutes&meeting=${meetingId}&style=formal`), id);
    const banner = page.getByTestId('missing-glyphs');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('U+F0001');
    expect(await banner.textContent()).toContain('Vad gruppen kom fram till');
    await app.screenshot('paper-missing-glyph-sv');
    await app.close();
  });

  it('names a character no font has again in the question before signing', async () => {
    const { app, page, h, id, itemId } = await meetingWithMissingGlyph();
    await h['meetings.setStatus']({ id, status: 'running' });
    await h['meetings.setStatus']({ id, status: 'closed' });
    await page.evaluate((meetingId) => (location.hash = `#/meetings/${meetingId}/run`), id);
    await page.getByTestId('sign-name').fill('Åsa Lind');
    await page.getByTestId('sign').click();
    const named = page.getByTestId('sign-missing-glyphs');
    await named.waitFor();
    expect(await named.textContent()).toContain('U+F0001');
    expect(await page.getByTestId('confirm-dialog').textContent()).toContain('låses');
    await app.screenshot('sign-missing-glyph-sv');
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Avbryt' }).click();
    expect((await h['meetings.get']({ id })).meeting.signedBy).toBeNull();

    await h['items.update']({ id: itemId, changes: { consensusNotes: 'Bara vanliga tecken.' } });
    await page.getByTestId('sign').click();
    await page.getByTestId('confirm-dialog').waitFor();
    expect(await page.getByTestId('sign-missing-glyphs').count()).toBe(0);
    await app.close();
  });
});

describe('the library’s suggested point in the run screen', () => {
  it('is labelled as the library’s and becomes the group’s proposal only when taken over', async () => {
    const { app, page, h, id } = await appWithMeeting();
    const caseRow = (await h['cases.list']({})).find((c) => c.key === 'late-night-rant')!;
    await h['items.add']({ meetingId: id, caseId: caseRow.id });
    const [item] = (await h['meetings.get']({ id })).items;
    expect(item!.proposedPoint).toBe('');
    await h['meetings.setStatus']({ id, status: 'running' });
    await page.evaluate((meetingId) => (location.hash = `#/meetings/${meetingId}/run`), id);
    const suggestion = page.getByTestId('library-suggestion');
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toContain('Bibliotekets förslag');
    expect(await page.getByTestId('proposed-point').inputValue()).toBe('');
    await page.getByTestId('take-over-suggestion').click();
    const suggested = item!.caseText.sv!.suggestedPoint;
    expect(await page.getByTestId('proposed-point').inputValue()).toBe(suggested);
    await expect.poll(async () => (await h['meetings.get']({ id })).items[0]!.proposedPoint).toBe(suggested);
    await app.screenshot('run-library-suggestion-sv');
    await app.close();
  });
});
