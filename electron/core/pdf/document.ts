import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

export type Paper = 'a4' | 'letter';
export const PAPER_SIZE: Record<Paper, [number, number]> = { a4: [595.28, 841.89], letter: [612, 792] };

export const FONT = { body: 'Body', bold: 'Bold', italic: 'Italic', sans: 'Sans', sansBold: 'SansBold' } as const;

const FILES: Record<keyof typeof FONT, string> = {
  body: 'NotoSerif-Regular.ttf',
  bold: 'NotoSerif-Bold.ttf',
  italic: 'NotoSerif-Italic.ttf',
  sans: 'NotoSans-Regular.ttf',
  sansBold: 'NotoSans-Bold.ttf',
};

const cache = new Map<string, Buffer>();
function fontData(dir: string, file: string): Buffer {
  const path = join(dir, file);
  let data = cache.get(path);
  if (!data) {
    data = readFileSync(path);
    cache.set(path, data);
  }
  return data;
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
    font: join(options.fontsDir, FILES.body),
    info: { Title: options.title, Author: options.author, Subject: options.subject, Creator: 'Samsyn', Producer: 'Samsyn' },
  } as PDFKit.PDFDocumentOptions);
  for (const [key, file] of Object.entries(FILES)) {
    doc.registerFont(FONT[key as keyof typeof FONT], fontData(options.fontsDir, file));
  }
  doc.font(FONT.body);
  return doc;
}

/** Finishes the document and gathers its bytes. */
export function finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
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
