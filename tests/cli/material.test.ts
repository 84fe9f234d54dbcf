import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closeWorkbook } from '../../electron/core/db/workbook';
import { addItem, createMeeting, insertCase } from '../../electron/core/repos';
import { bookletOrder } from '../../electron/core/pdf/imposition';
import { loadLibrary } from '../../electron/core/library';
import { guideIn } from '../../electron/shared/guide';
import { LIBRARY_DIR, useTempDir } from '../helpers/files';
import { readPdf } from '../helpers/pdf';
import { newWorkbook } from '../helpers/workbook';

const BIN = fileURLToPath(new URL('../../bin/samsyn.js', import.meta.url));
const tempDir = useTempDir();

// Two posts with emoji, a situation, a public-sector case and a heated one.
const KEYS = [
  'proud-of-the-bridge',
  'customers-are-idiots',
  'staff-party-photos',
  'tip-to-the-local-paper',
  'late-night-rant',
];
const library = new Map(loadLibrary(LIBRARY_DIR).cases.map((c) => [c.key, c]));

function samsyn(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Text as a reader gets it: every run of white space one space, a word hyphenated at a line's end whole again. */
const flat = (text: string) =>
  text
    .replace(/(\p{L})-\n\s*(?=\p{Ll})/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** The running text of all pages: without the footers, and without the heading a case continues under. */
function body(pdf: ReturnType<typeof readPdf>): string {
  const pages = Array.from({ length: pdf.pages }, (_, i) =>
    pdf
      .pageText(i + 1)
      .replace(/^.*· .*\s+(Sida|Page) \d+\s*$/m, '')
      .replace(/^.*\((forts\.|continued)\)$/m, ''),
  );
  return flat(pages.join(' '));
}

function material(dir: string, ...flags: string[]) {
  const wb = newWorkbook(dir);
  closeWorkbook(wb);
  const out = join(dir, 'material.pdf');
  const run = samsyn('material', wb.path, '--cases', KEYS.join(','), ...flags, '-o', out);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  return readPdf(readFileSync(out), dir, 'read.pdf');
}

describe('samsyn material', () => {
  it('prints every title and question, one case to a page, with the return page last', () => {
    const pdf = material(tempDir());
    const pages = Array.from({ length: pdf.pages }, (_, i) => flat(pdf.pageText(i + 1)));
    const cases = KEYS.map((k) => library.get(k)!.sv);
    const posts = cases.flatMap((c) => (c.post ? [c.post.text, ...(c.post.replies ?? []).map((r) => r.text)] : []));
    const emoji = new Set(posts.join(' ').match(/\p{Extended_Pictographic}/gu));
    expect([...emoji].sort()).toEqual(['🌉', '💪', '😂', '😘', '🙄', '🙈'].sort());
    expect(library.get('tip-to-the-local-paper')!.sectors).toEqual(['public']);
    expect(library.get('staff-party-photos')!.kind).toBe('situation');
    // cover, introduction, one page per case, the return page
    expect(pdf.pages).toBe(2 + KEYS.length + 1);
    cases.forEach((c, i) => {
      const page = pages[2 + i]!;
      expect(page).toContain(flat(c.title));
      for (const q of c.questions) expect(page).toContain(flat(q));
      if (c.post) {
        expect(page).toContain(flat(c.post.text));
        for (const reply of c.post.replies ?? []) expect(page).toContain(flat(reply.text));
      } else expect(page).toContain(flat(c.situation!));
      expect(page).toContain('Anteckningar');
      for (const other of cases.filter((o) => o !== c)) expect(page).not.toContain(flat(other.title));
      expect(page).not.toContain(flat(c.notes[0]!));
    });
    // every emoji of the posts comes back from the PDF, drawn in the emoji font
    for (const e of emoji) expect(pages.join(' ')).toContain(e);
    expect(pdf.fonts.some((f) => /Emoji/.test(f.name))).toBe(true);
    const last = pages.at(-1)!;
    expect(last).toContain('Det här kom vi fram till');
    for (const label of ['Enhet eller arbetsplats', 'Datum', 'Deltagare', 'Förslag till punkter'])
      expect(last).toContain(label);
    for (const c of cases) expect(last).toContain(flat(c.title));
  });

  it('adds the notes and the suggested point in the facilitator edition, in English when asked', () => {
    const pdf = material(tempDir(), '--edition', 'facilitator', '--language', 'en');
    const text = body(pdf);
    for (const key of KEYS) {
      const c = library.get(key)!.en;
      for (const note of c.notes) expect(text).toContain(flat(note));
      expect(text).toContain(flat(c.suggestedPoint));
    }
    expect(text).toContain("Facilitator's edition");
    expect(flat(pdf.pageText(pdf.pages))).toContain('What we arrived at');
  });

  it('imposes a booklet: A5 pages two to an A4 side, in printing order, padded to a multiple of four', () => {
    for (const edition of ['group', 'facilitator']) {
      const dir = tempDir();
      const pdf = material(dir, '--booklet', '--edition', edition);
      expect(pdf.pageSize).toMatch(/841\.89 x 595\.28/);
      const halves = (n: number) =>
        [0, 1].map((half) => {
          const text = spawnSync(
            'pdftotext',
            [
              '-f',
              String(n),
              '-l',
              String(n),
              '-x',
              String(half * 421),
              '-y',
              '0',
              '-W',
              '421',
              '-H',
              '596',
              pdf.path,
              '-',
            ],
            { encoding: 'utf8' },
          ).stdout;
          const numbered = text.match(/Sida (\d+)/);
          return { text: flat(text), page: numbered ? Number(numbered[1]) - 1 : null };
        });
      const sides = Array.from({ length: pdf.pages }, (_, i) => halves(i + 1));
      const logical = pdf.pages * 2;
      expect(logical % 4).toBe(0);
      // the cover (unnumbered) is the first sheet's right half, the return page its left half
      expect(sides[0]![1]!.text).toContain('Samtalsmaterial');
      expect(sides[0]![0]!.text).toContain('Det här kom vi fram till');
      expect(sides[0]![0]!.page).toBe(logical - 1);
      bookletOrder(logical).forEach((side, i) => {
        const [left, right] = sides[i]!;
        if (left!.page !== null) expect(left!.page, `side ${i + 1}, left`).toBe(side.left);
        if (right!.page !== null) expect(right!.page, `side ${i + 1}, right`).toBe(side.right);
      });
      const numbered = sides.flat().filter((h) => h.page !== null).length;
      expect(numbered).toBeGreaterThanOrEqual(2 + KEYS.length);
    }
  });

  it('prints a meeting’s agenda with --meeting, and refuses a meeting that is not there', () => {
    const dir = tempDir();
    const wb = newWorkbook(dir);
    const meetingId = createMeeting(wb.db, { title: 'Samtal i enhet 3', date: '2026-05-05' });
    for (const key of ['monday-irony', 'staff-party-photos'])
      addItem(wb.db, meetingId, { caseId: insertCase(wb.db, library.get(key)!, 'library') });
    closeWorkbook(wb);
    const out = join(dir, 'meeting.pdf');
    expect(samsyn('material', wb.path, '--meeting', String(meetingId), '-o', out).code).toBe(0);
    const pdf = readPdf(readFileSync(out), dir, 'read.pdf');
    expect(pdf.pages).toBe(2 + 2 + 1);
    expect(pdf.title).toBe('Samtal i enhet 3');
    const missing = samsyn('material', wb.path, '--meeting', '99', '-o', join(dir, 'x.pdf'));
    expect(missing.code).toBe(2);
    expect(missing.err).not.toMatch(/at \w+ \(/);
  });

  it('refuses a case key that is neither in the workbook nor in the library, with a sentence', () => {
    const dir = tempDir();
    const wb = newWorkbook(dir);
    closeWorkbook(wb);
    const run = samsyn('material', wb.path, '--cases', 'no-such-case', '-o', join(dir, 'x.pdf'));
    expect(run.code).toBe(2);
    expect(run.err).not.toMatch(/at \w+ \(/);
    expect(run.err.length).toBeGreaterThan(10);
  });
});

describe('samsyn guide', () => {
  it('prints every chapter and section of the guide, in Swedish and in English', () => {
    for (const language of ['sv', 'en'] as const) {
      const dir = tempDir();
      const out = join(dir, 'guide.pdf');
      const run = samsyn('guide', '--language', language, '-o', out);
      expect(run.code).toBe(0);
      const pdf = readPdf(readFileSync(out), dir, 'read.pdf');
      // a paragraph may run on to the next page, past the footer
      const footer = new RegExp(`^(.*· Samsyn|(Sida|Page) \\d+ (av|of) \\d+)$`, 'gm');
      const text = flat(pdf.text.replace(footer, ''));
      const guide = guideIn(language);
      expect(pdf.title).toBe(guide.title);
      expect(pdf.tagged).toBe(true);
      for (const chapter of guide.chapters) {
        expect(text).toContain(flat(chapter.title));
        for (const section of chapter.sections) {
          expect(text).toContain(flat(section.title));
          for (const p of section.paragraphs) expect(text).toContain(flat(p));
        }
      }
    }
  });
});
