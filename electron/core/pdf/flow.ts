import { FONT, rule } from './document';

type Doc = PDFKit.PDFDocument;

/** The embedded fonts have no emoji; a missing glyph would print as a box, so they are left out. */
export function printable(text: string): string {
  return text.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, '').replace(/ {2,}/g, ' ');
}

/**
 * Writes blocks down the page, tagged for screen readers, starting a new page
 * before a heading that would otherwise sit alone at the bottom.
 */
export class Flow {
  constructor(
    readonly doc: Doc,
    readonly root: PDFKit.PDFStructureElement,
    readonly left: number,
    readonly width: number,
  ) {}

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  lineHeight(font: string, size: number): number {
    return this.doc.font(font).fontSize(size).currentLineHeight(true) + size * 0.25;
  }

  /** A heading never ends a page: it moves on with room for `followedBy` points of what comes after it. */
  heading(text: string, level: 'H1' | 'H2' | 'H3', size: number, followedBy = 3 * 16): void {
    const doc = this.doc;
    const height = doc.font(FONT.sansBold).fontSize(size).heightOfString(text, { width: this.width });
    this.ensure(height + followedBy);
    const y = doc.y;
    this.root.add(
      doc.struct(
        level,
        {},
        () => void doc.font(FONT.sansBold).fontSize(size).text(printable(text), this.left, y, { width: this.width }),
      ),
    );
    this.gap(size * 0.35);
  }

  paragraph(text: string, options: { font?: string; size?: number; color?: string; indent?: number } = {}): void {
    if (!text.trim()) return;
    const doc = this.doc;
    const size = options.size ?? 10.5;
    this.ensure(this.lineHeight(options.font ?? FONT.body, size) * 2);
    doc.fillColor(options.color ?? 'black');
    const y = doc.y;
    const x = this.left + (options.indent ?? 0);
    const font = options.font ?? FONT.body;
    this.root.add(
      doc.struct(
        'P',
        {},
        () =>
          void doc
            .font(font)
            .fontSize(size)
            .text(printable(text), x, y, { width: this.width - (options.indent ?? 0), lineGap: size * 0.25 }),
      ),
    );
    doc.fillColor('black');
    this.gap(size * 0.45);
  }

  /** "Label: value" with the label in bold sans, on one tagged paragraph. */
  field(label: string, value: string, size = 10.5): void {
    if (!value.trim()) return;
    const doc = this.doc;
    this.ensure(this.lineHeight(FONT.body, size) * 2);
    const y = doc.y;
    this.root.add(
      doc.struct('P', {}, () => {
        doc
          .font(FONT.sansBold)
          .fontSize(size * 0.92)
          .text(`${label}: `, this.left, y, { continued: true, width: this.width, lineGap: size * 0.25 });
        doc
          .font(FONT.body)
          .fontSize(size)
          .text(printable(value), { width: this.width, lineGap: size * 0.25 });
      }),
    );
    this.gap(size * 0.3);
  }

  /** A simple table: a header row and rows, each row kept on one page. */
  table(columns: { title: string; width: number }[], rows: string[][], size = 10): void {
    const doc = this.doc;
    const table = doc.struct('Table');
    this.root.add(table);
    const drawRow = (cells: string[], header: boolean) => {
      doc.font(header ? FONT.sansBold : FONT.body).fontSize(size);
      const height =
        Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: columns[i]!.width - 8 }))) + 8;
      this.ensure(height + (header ? this.lineHeight(FONT.body, size) * 2 : 0));
      const y = doc.y;
      const row = doc.struct('TR');
      table.add(row);
      let x = this.left;
      cells.forEach((cell, i) => {
        const cx = x;
        row.add(
          doc.struct(header ? 'TH' : 'TD', {}, () => {
            doc
              .font(header ? FONT.sansBold : FONT.body)
              .fontSize(size)
              .text(printable(cell), cx + 4, y + 4, { width: columns[i]!.width - 8 });
          }),
        );
        x += columns[i]!.width;
      });
      row.end();
      doc.markContent('Artifact', { type: 'Layout' });
      rule(doc, this.left, y + height, this.width, header ? 0.9 : 0.4, '#9aa0a4');
      doc.endMarkedContent();
      doc.y = y + height;
    };
    drawRow(
      columns.map((c) => c.title),
      true,
    );
    rows.forEach((r) => drawRow(r, false));
    table.end();
    this.gap(8);
  }
}
