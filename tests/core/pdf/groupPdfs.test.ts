import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../electron/core/service';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../../helpers/files';
import { readPdf } from '../../helpers/pdf';

const tempDir = useTempDir();

async function example() {
  const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  await service.handlers['example.create']({ path: join(tempDir(), 'Exempel.samsyn'), language: 'sv' });
  return { service, h: service.handlers };
}

describe('the summary of several groups', () => {
  it('starts with a case × group grid on page 1 and names each group by unit, date and meeting', async () => {
    const { service, h } = await example();
    const [first] = await h['meetings.list']({});
    const cases = (await h['meetings.get']({ id: first!.id })).items.map((i) => i.caseId);
    for (const [n, title] of ['Kvällsgruppen', 'Morgongruppen'].entries()) {
      const m = await h['meetings.create']({ title, date: '2026-10-01' });
      for (const caseId of cases.slice(0, 3)) await h['items.add']({ meetingId: m.meeting.id, caseId });
      const items = (await h['meetings.get']({ id: m.meeting.id })).items;
      for (const item of items)
        await h['items.update']({ id: item.id, changes: { stance: n === 0 ? 'acceptable' : 'not_acceptable' } });
      await h['items.setPoll']({ id: items[0]!.id, agree: 1, disagree: 2, unsure: 1 });
      await h['meetings.setStatus']({ id: m.meeting.id, status: 'closed' });
    }
    const doc = await h['papers.render']({ request: { kind: 'summary', paper: 'a4' } });
    const pdf = readPdf(Buffer.from(doc.base64, 'base64'), tempDir(), 'summary.pdf');
    const page1 = pdf.pageText(1).replace(/\s+/g, ' ');
    for (const n of [1, 2, 3]) expect(page1).toContain(`Grupp ${n}`);
    expect(page1).toContain('Björkbackens förskola, 1 oktober 2026, Kvällsgruppen');
    expect(page1).toContain('Björkbackens förskola, 1 oktober 2026, Morgongruppen');
    expect(page1).toContain('1–2–1');
    expect(page1).toContain('inte diskuterat');
    expect(pdf.text).not.toContain('Samsyn:');
    expect(pdf.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    service.shutdown();
  });
});

describe('the channel register', () => {
  it('says in a sentence that it is empty', async () => {
    const { service, h } = await example();
    for (const plan of await h['plans.list']({})) await h['plans.delete']({ id: plan.id });
    const doc = await h['papers.render']({ request: { kind: 'register', paper: 'a4' } });
    const pdf = readPdf(Buffer.from(doc.base64, 'base64'), tempDir(), 'empty.pdf');
    expect(pdf.flat).toContain('Registret är tomt');
    service.shutdown();
  });

  it('marks a review date that has passed', async () => {
    const { service, h } = await example();
    await h['plans.create']({ name: 'Gamla sidan', status: 'active', reviewDate: '2020-01-01' });
    await h['plans.create']({ name: 'Nya sidan', status: 'active', reviewDate: '2099-01-01' });
    const doc = await h['papers.render']({ request: { kind: 'register', paper: 'a4' } });
    const text = readPdf(Buffer.from(doc.base64, 'base64'), tempDir(), 'register.pdf').flat;
    // once in the sentence that explains it, once beside the passed date, not beside the future one
    expect(text.match(/översyn försenad/g)).toHaveLength(2);
    expect(text).toMatch(/1 januari 2020 Aktiv översyn försenad/);
    service.shutdown();
  });
});
