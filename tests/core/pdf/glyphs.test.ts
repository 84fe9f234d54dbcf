import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../electron/core/service';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../../helpers/files';
import { readPdf } from '../../helpers/pdf';

const tempDir = useTempDir();
const HAS_CJK_FONT = [
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
].some(existsSync);

async function meetingWithNotes(notes: string) {
  const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  const h = service.handlers;
  await h['example.create']({ path: join(tempDir(), 'Exempel.samsyn'), language: 'sv' });
  const [meeting] = await h['meetings.list']({});
  const detail = await h['meetings.get']({ id: meeting!.id });
  const planned = await h['meetings.create']({ title: 'Tecken', date: '2026-11-12' });
  await h['items.add']({ meetingId: planned.meeting.id, caseId: detail.items[0]!.caseId });
  const item = (await h['meetings.get']({ id: planned.meeting.id })).items[0]!;
  await h['items.update']({ id: item.id, changes: { consensusNotes: notes } });
  const render = (style: 'notes' | 'formal') =>
    h['papers.render']({ request: { kind: 'minutes', meetingId: planned.meeting.id, style, paper: 'a4' } });
  return { service, render };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('every character in the minutes', () => {
  it('prints in a font that has it and reads back as stored: emoji, Arabic, Polish, CJK', async () => {
    const notes = [
      'Vi är överens 👍 och firar 🎉 med fika ☕ på fredag.',
      'Samira سميرة الحسن tar fram en lista.',
      'Łukasz Wiśniewski och Zofia Żółć läser igenom den.',
      ...(HAS_CJK_FONT ? ['Hanako skrev 会議 i sin anteckning.'] : []),
    ].join(' ');
    const { service, render } = await meetingWithNotes(notes);
    for (const style of ['notes', 'formal'] as const) {
      const doc = await render(style);
      expect(doc.missingGlyphs).toEqual([]);
      const pdf = readPdf(Buffer.from(doc.base64, 'base64'), tempDir(), `${style}.pdf`);
      const text = squash(pdf.text);
      // poppler wraps a right-to-left run in embedding marks (and moves the space after it inside)
      const read = text.replace(/\u202B\s?/g, '').replace(/\s?\u202C\s?/g, ' ');
      for (const sentence of notes.split(/(?<=\.) /)) expect(read).toContain(sentence);
      expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    }
    service.shutdown();
  });

  it('names a character no font has, and where it stands, before anything is printed', async () => {
    const { service, render } = await meetingWithNotes('Ett tecken ur privat område: \u{F0001} här.');
    const doc = await render('formal');
    expect(doc.missingGlyphs).toHaveLength(1);
    expect(doc.missingGlyphs[0]).toMatchObject({ char: '\u{F0001}', codePoint: 'U+F0001' });
    expect(doc.missingGlyphs[0]!.where).toContain('Vad gruppen kom fram till');
    service.shutdown();
  });
});
