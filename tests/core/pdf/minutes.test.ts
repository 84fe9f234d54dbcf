import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../electron/core/service';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../../helpers/files';
import { readPdf } from '../../helpers/pdf';

const tempDir = useTempDir();

async function example(language: 'sv' | 'en') {
  const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  await service.handlers['example.create']({ path: join(tempDir(), 'Exempel.samsyn'), language });
  const [meeting] = await service.handlers['meetings.list']({});
  return { service, h: service.handlers, meetingId: meeting!.id };
}

async function minutesPdf(
  h: Awaited<ReturnType<typeof example>>['h'],
  meetingId: number,
  style: 'notes' | 'formal',
  name: string,
) {
  const doc = await h['papers.render']({ request: { kind: 'minutes', meetingId, style, paper: 'a4' } });
  const pdf = readPdf(Buffer.from(doc.base64, 'base64'), tempDir(), name);
  expect(pdf.pages).toBe(doc.pages);
  return pdf;
}

describe('the minutes', () => {
  it('hold every field of the meeting, with Swedish letters intact', async () => {
    const { h, meetingId, service } = await example('sv');
    const detail = await h['meetings.get']({ id: meetingId });
    const pdf = await minutesPdf(h, meetingId, 'formal', 'protokoll.pdf');
    const text = pdf.flat;
    const expected = [
      'BJÖRKBACKENS FÖRSKOLA',
      'Protokoll nr 1/2026',
      'Möte Arbetsplatsträff om sociala medier',
      'Datum 17 september 2026',
      'Tid kl. 15.30–16.30',
      'Plats Personalrummet, Björkbacken',
      'Närvarande Åsa Lindqvist (förskolechef)',
      'Frånvarande Nils Åkerlund (barnskötare)',
      'Ordförande Åsa Lindqvist',
      'Sekreterare Jörgen Öberg',
      'Justerare Märta Ek',
      '§ 1 Mötets öppnande',
      '§ 2 Val av justerare Mötet valde Märta Ek att jämte ordföranden justera protokollet.',
      '§ 4 Vårprojektet på förskolans sida',
      'Hållning: det beror på',
      'Handuppräckning: 3 håller med, 0 håller inte med, 1 osäker',
      'Reservation: Sälma tycker',
      'Mötet beslutade att föreslå punkten ”Vi visar barnens arbete',
      'Antagande av överenskommelsen Mötet beslutade att anta överenskommelsen ”Så gör vi i sociala medier” som version 1.',
      'Åtgärder',
      'Ta fram en blankett för samtycke till bilder',
      '15 oktober 2026',
      'Mötets avslutande',
      'Vid protokollet',
      'Justeras',
      'Ort och datum',
      'Namnförtydligande, justerare',
      'Låst i Samsyn av Åsa Lindqvist den 24 september 2026.',
    ];
    for (const words of expected) expect(text).toContain(words);
    for (const item of detail.items) expect(text).toContain(item.consensusNotes.slice(0, 40));
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    expect(pdf.tagged).toBe(true);
    expect(pdf.title).toBe('Protokoll: Arbetsplatsträff om sociala medier');
    // the parts of PDF/A-2b that can be checked here: identity in XMP matching the info, an
    // output intent, a file identifier, no encryption, every font embedded (above)
    const raw = readFileSync(pdf.path, 'latin1');
    expect(pdf.metadata).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(pdf.metadata).toContain('Protokoll: Arbetsplatsträff om sociala medier');
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(raw).toMatch(/\/ID \[/);
    expect(raw).not.toMatch(/\/Encrypt/);
    service.shutdown();
  });

  it('number every page "page X of Y" and never leave a heading alone at the bottom', async () => {
    const { h, meetingId, service } = await example('sv');
    await h['meetings.addAddendum']({ id: meetingId, text: 'Långt tillägg. '.repeat(600) });
    const pdf = await minutesPdf(h, meetingId, 'formal', 'long.pdf');
    expect(pdf.pages).toBeGreaterThan(3);
    for (let n = 1; n <= pdf.pages; n++) {
      const page = pdf.pageText(n);
      expect(page).toContain(`Sida ${n} av ${pdf.pages}`);
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const beforeFooter = lines.filter(
        (l) => !/Sida \d+ av|Fingeravtryck|Justerandes signatur|Björkbackens förskola ·/.test(l),
      );
      expect(beforeFooter.at(-1), `page ${n}`).not.toMatch(/^(§ \d+|Åtgärder|Vid protokollet|Justeras|Tillägg)/);
    }
    service.shutdown();
  });

  it('come as informal notes too, and in English for an English workbook', async () => {
    const sv = await example('sv');
    const notes = await minutesPdf(sv.h, sv.meetingId, 'notes', 'notes.pdf');
    expect(notes.flat).toContain('Minnesanteckningar: Arbetsplatsträff om sociala medier');
    for (const formalOnly of ['Vid protokollet', 'Justeras', 'Justerandes signatur', 'Mötet beslutade', 'Justerare'])
      expect(notes.text).not.toContain(formalOnly);
    sv.service.shutdown();
    const en = await example('en');
    const minutes = await minutesPdf(en.h, en.meetingId, 'formal', 'minutes-en.pdf');
    for (const words of [
      'Minutes no. 1/2026',
      'Recorded by',
      'Verified by',
      'Show of hands: 3 agree, 0 disagree, 1 unsure',
      'Page 1 of',
    ])
      expect(minutes.flat).toContain(words);
    en.service.shutdown();
  });
});
