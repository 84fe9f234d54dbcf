import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { FONT, fontFiles, type FontFile, type GlyphSource, type MissingGlyph } from './fonts';

export { FONT };

export type Paper = 'a4' | 'letter';
export const PAPER_SIZE: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };

// pdfkit parses every font file afresh for each document, and decoding the font
// tables is most of what a PDF costs (see the README's profile). The parsed font
// can serve every document: each still gets its own subset. pdfkit also keeps the
// shape of every word it writes, per font object; that cache is shared too, so a
// word shaped for one document is not shaped again for the next (the output is the
// same: the cache holds glyphs and advances, the subset stays per document).
// This leans on pdfkit internals (the font cache _fontFamilies, the EmbeddedFont
// class and its layoutCache), so tests/core/pdf check the fonts of every PDF after
// a pdfkit upgrade.
interface EmbeddedFont {
  font: unknown;
  name: string;
  layoutCache?: Record<string, unknown>;
  constructor: new (doc: unknown, font: unknown, id: string) => EmbeddedFont;
}
interface PdfkitInternals {
  _font: EmbeddedFont;
  _fontFamilies: Record<string, unknown>;
  _fontCount: number;
}
interface ParsedFont {
  font: unknown;
  Embedded: EmbeddedFont['constructor'];
  words: Record<string, unknown>;
}
const parsed = new Map<string, ParsedFont>();
/** Shaped words kept per font; past this the cache starts afresh, so a long session's memory stays bounded. */
const MAX_SHAPED_WORDS = 50_000;

function useFont(doc: PDFKit.PDFDocument, file: FontFile): GlyphSource {
  const internals = doc as unknown as PdfkitInternals;
  const known = parsed.get(file.path);
  if (!known) {
    doc.registerFont(file.name, readFileSync(file.path), file.postscriptName as string);
    doc.font(file.name);
    const first = internals._font;
    first.layoutCache ??= Object.create(null) as Record<string, unknown>;
    parsed.set(file.path, { font: first.font, Embedded: first.constructor, words: first.layoutCache });
    return first.font as GlyphSource;
  }
  if (Object.keys(known.words).length > MAX_SHAPED_WORDS) known.words = Object.create(null) as Record<string, unknown>;
  const font = new known.Embedded(doc, known.font, `F${++internals._fontCount}`);
  font.layoutCache = known.words;
  internals._fontFamilies[file.name] = font;
  internals._fontFamilies[font.name] = font;
  return known.font as GlyphSource;
}

// What the text layout needs of each document: its fonts' glyph tables, and a list
// of the characters no font had. A WeakMap keeps both off pdfkit's own object.
const glyphs = new WeakMap<PDFKit.PDFDocument, { fonts: Map<string, GlyphSource>; missing: MissingGlyph[] }>();

export function documentFonts(doc: PDFKit.PDFDocument) {
  return glyphs.get(doc)!;
}

// The finished bytes carry the list of characters that printed as empty boxes, so a
// render function keeps returning just its bytes.
const missingByPdf = new WeakMap<Buffer, MissingGlyph[]>();

/** The characters of a finished PDF that no font had, each once per place. */
export function missingGlyphs(bytes: Buffer): MissingGlyph[] {
  return missingByPdf.get(bytes) ?? [];
}

// Common words of both languages and the letters the screens use. Shaping them decodes
// each font's character map and shaping tables, lets the shaping code get optimised by
// the JavaScript engine, and leaves the commonest words in the shared cache.
const SAMPLE = [
  'Protokoll Arbetsplatsträff Datum Tid Plats Närvarande Frånvarande Ordförande Sekreterare Justerare',
  'Hållning Handuppräckning håller med inte osäkra Samsyn Avvikande meningar Förslag till överenskommelse',
  'Åtgärder Vem Klart senast Underskrifter Namnförtydligande Ort och datum Justerat av Sida av Fingeravtryck',
  'det beror på acceptabelt inte acceptabelt ingen samsyn gruppen kom fram vi pratar med personen först',
  'och att det som en på är för med till av den om inte har de ett jag men vi så kan ska man när eller',
  'sociala medier bilder kollegor barn föräldrar arbetsplatsen chefen inlägget kommentaren kontot sidan',
  'Minutes Meeting Date Time Place Present Absent Chair Secretary Adjuster Stance Poll agree disagree unsure',
  'the of and to a in is that it for on with as was be by this are or from at not they we you which when',
  'Agreement Actions Who Due Signatures Name in print Place and date Page of ÅÄÖ åäö é ü – ”§” 0123456789 (1/2)',
].join(' ');

/**
 * Practice for the fonts, one piece of work each: every font (shipped and fallback) parsed
 * and common words shaped in it, which decodes its character map and shaping tables; then
 * each shipped face embedded in a throwaway PDF, which decodes its glyph tables.
 */
export function fontPractice(fontsDir: string): (() => unknown)[] {
  const scratch = new PDFDocument({ autoFirstPage: false });
  const shape = fontFiles(fontsDir).map((file) => () => {
    useFont(scratch, file);
    scratch.font(file.name).widthOfString(SAMPLE);
  });
  const embed = Object.values(FONT).map((face) => () => {
    const doc = createDocument({
      fontsDir,
      paper: 'a4',
      title: face,
      author: '',
      subject: '',
      language: 'sv',
      margins: { top: 50, bottom: 50, left: 50, right: 50 },
    });
    doc.font(face).text(SAMPLE);
    return finish(doc);
  });
  return [...shape, ...embed];
}

let made = 0;
/** How many documents have been started, so that background work can see a real one begin. */
export function documentsMade(): number {
  return made;
}

export interface DocumentOptions {
  fontsDir: string;
  paper: Paper;
  title: string;
  author: string;
  subject: string;
  language: 'sv' | 'en';
  margins: { top: number; bottom: number; left: number; right: number };
  layout?: 'portrait' | 'landscape';
}

/**
 * A PDF with the shipped fonts embedded (no standard fonts, so PDF/A-2b holds),
 * title, author and language set, and tagged for screen readers.
 */
export function createDocument(options: DocumentOptions): PDFKit.PDFDocument {
  made += 1;
  const doc = new PDFDocument({
    size: PAPER_SIZE[options.paper],
    layout: options.layout ?? 'portrait',
    margins: options.margins,
    autoFirstPage: true,
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    tagged: true,
    lang: options.language === 'sv' ? 'sv-SE' : 'en-GB',
    displayTitle: true,
    info: {
      Title: options.title,
      Author: options.author,
      Subject: options.subject,
      Creator: 'Samsyn',
      Producer: 'Samsyn',
    },
  } as PDFKit.PDFDocumentOptions);
  const fonts = new Map<string, GlyphSource>();
  for (const file of fontFiles(options.fontsDir)) fonts.set(file.name, useFont(doc, file));
  glyphs.set(doc, { fonts, missing: [] });
  doc.font(FONT.body);
  return doc;
}

/** Finishes the document and gathers its bytes. */
export function finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      const bytes = Buffer.concat(chunks);
      missingByPdf.set(bytes, glyphs.get(doc)?.missing ?? []);
      resolve(bytes);
    });
    doc.on('error', reject);
    doc.end();
  });
}

/** Draws something that is not content (rules, page numbers) as an artifact, so screen readers skip it. */
export function artifact(doc: PDFKit.PDFDocument, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Pagination' });
  draw();
  doc.endMarkedContent();
}

/** Draws on the foot of every page (page numbers, the document's name), below the bottom margin, as an artifact. */
export function everyPageFoot(doc: PDFKit.PDFDocument, draw: (page: { number: number; count: number }) => void): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    artifact(doc, () => draw({ number: i + 1, count: range.count }));
    doc.page.margins.bottom = bottom;
  }
}

/** A horizontal line from x to x + width at y. */
export function rule(doc: PDFKit.PDFDocument, x: number, y: number, width: number, thickness: number, color: string) {
  doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(thickness)
    .strokeColor(color)
    .stroke();
}
