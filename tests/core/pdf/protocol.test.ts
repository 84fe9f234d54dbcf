import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../electron/core/service';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../../helpers/files';
import { readPdf } from '../../helpers/pdf';

const tempDir = useTempDir();

async function meetingOfFour() {
  const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  const h = service.handlers;
  await h['example.create']({ path: join(tempDir(), 'Exempel.samsyn'), language: 'sv' });
  const cases = await h['cases.list']({});
  const created = await h['meetings.create']({
    title: 'Styrelsemöte',
    date: '2026-11-12',
    startTime: '18:00',
    facilitator: 'Anna Ordförande',
    noteTaker: 'Sven Sekreterare',
    adjusters: ['Jonas Justerare'],
  });
  const meetingId = created.meeting.id;
  for (const c of cases.slice(0, 4)) await h['items.add']({ meetingId, caseId: c.id });
  const items = (await h['meetings.get']({ id: meetingId })).items;
  for (const [index, item] of items.slice(0, 3).entries()) {
    await h['items.update']({
      id: item.id,
      changes: {
        stance: 'acceptable',
        consensusNotes: `Gruppen enades om fall ${index + 1}.`,
        proposedPoint: `Punkt ${index + 1} från gruppen.`,
      },
    });
  }
  // an untouched item holding the library's suggestion, as older workbooks have them
  await h['items.update']({ id: items[3]!.id, changes: { proposedPoint: 'Bibliotekets förslag som ingen sa.' } });
  await h['agreement.addPoint']({ text: 'Vi frågar innan vi lägger upp bilder.' });
  await h['agreement.adopt']({ meetingId, adoptedAt: '2026-11-12', paper: 'a4' });
  return { service, h, meetingId, items };
}

describe('formal minutes (protokoll)', () => {
  it('end each discussed § in a decision, leave an undiscussed case at "Inte diskuterat", and keep the signatures with the last §', async () => {
    const { service, h, meetingId } = await meetingOfFour();
    const doc = await h['papers.render']({ request: { kind: 'minutes', meetingId, style: 'formal', paper: 'a4' } });
    const pdf = readPdf(Buffer.from(doc.base64, 'base64'), tempDir(), 'protokoll.pdf');
    const text = pdf.flat;
    const sections = text.split(/(?=§ \d+ )/);
    for (const n of [1, 2, 3])
      expect(sections.find((s) => s.includes(`Gruppen enades om fall ${n}.`))).toContain(
        `Mötet beslutade att föreslå punkten ”Punkt ${n} från gruppen.” till överenskommelsen.`,
      );
    const undiscussed = sections.find((s) => s.includes('Inte diskuterat'))!;
    expect(undiscussed).toBeDefined();
    expect(undiscussed).not.toMatch(/Mötet beslutade|Förslag|Bibliotekets förslag som ingen sa/);
    expect(text).not.toContain('Bibliotekets förslag som ingen sa');
    expect(text).toMatch(/§ \d+ Antagande av överenskommelsen Mötet beslutade att anta överenskommelsen/);
    const last = pdf.pageText(pdf.pages);
    expect(last).toMatch(/§ \d+ Mötets avslutande/);
    expect(last).toContain('Vid protokollet');
    expect(last).toContain('Justeras');
    expect(last).toContain('Jonas Justerare');
    for (let n = 1; n <= pdf.pages; n++) expect(pdf.pageText(n)).toContain('Justerandes signatur');
    service.shutdown();
  });

  it('offer the agreement only the points of discussed items', async () => {
    const { service, h } = await meetingOfFour();
    const state = await h['agreement.get']({});
    const texts = state.candidates.map((c) => c.text);
    expect(texts).toContain('Punkt 1 från gruppen.');
    expect(texts).not.toContain('Bibliotekets förslag som ingen sa.');
    service.shutdown();
  });
});

describe('the procedural §§', () => {
  it('print the texts the secretary wrote, and disappear when switched off', async () => {
    const { service, h, meetingId } = await meetingOfFour();
    const standard = { included: true, opening: '', adjusters: '', agenda: '', closing: '' };
    // the meeting is not signed, so its procedure can change
    await h['meetings.update']({
      id: meetingId,
      changes: { procedure: { ...standard, opening: 'Anna hälsade välkommen och öppnade mötet kl. 18.05.' } },
    });
    const render = async (name: string) => {
      const doc = await h['papers.render']({ request: { kind: 'minutes', meetingId, style: 'formal', paper: 'a4' } });
      return readPdf(Buffer.from(doc.base64, 'base64'), tempDir(), name).flat;
    };
    const edited = await render('edited.pdf');
    expect(edited).toContain('§ 1 Mötets öppnande Anna hälsade välkommen och öppnade mötet kl. 18.05.');
    expect(edited).toContain('Dagordningen godkändes.');
    await h['meetings.update']({ id: meetingId, changes: { procedure: { ...standard, included: false } } });
    const off = await render('off.pdf');
    for (const gone of ['Mötets öppnande', 'Val av justerare', 'Godkännande av dagordningen', 'Mötets avslutande'])
      expect(off).not.toContain(gone);
    expect(off).toMatch(/§ 1 \S/);
    expect(off).toContain('Vid protokollet');
    // the policy adopted at this meeting cites the § that records it
    const policy = await h['papers.render']({ request: { kind: 'policy', version: 2, paper: 'a4' } });
    const adoption = off.match(/§ (\d+) Antagande av överenskommelsen/)![1];
    expect(readPdf(Buffer.from(policy.base64, 'base64'), tempDir(), 'p.pdf').text).toContain(`§ ${adoption}`);
    service.shutdown();
  });
});
