import { FONT, rule } from './document';
import { drawLaid, layText, type Laid, type Span } from './lines';

type Doc = PDFKit.PDFDocument;

export interface ParagraphOptions {
  font?: string;
  size?: number;
  color?: string;
  indent?: number;
  /** keep this many points of what follows on the same page */
  keepWith?: number;
  /** drawn beside the first line (a list's bullet), once the page that line stands on is settled */
  marker?: (y: number) => void;
}

export interface Column {
  title: string;
  width: number;
  /** never wraps (dates): the column grows to its widest cell, taken from the first column */
  nowrap?: boolean;
}

/**
 * Writes blocks down the page, tagged for screen readers: headings that never end a
 * page, paragraphs hyphenated in the document's language, label–value grids and
 * tables whose header never stands alone at the bottom of a page.
 */
export class Flow {
  /** what the text being written belongs to, to say where a character without a glyph stands */
  where = '';

  constructor(
    readonly doc: Doc,
    readonly root: PDFKit.PDFStructureElement,
    readonly left: number,
    readonly width: number,
    readonly language: 'sv' | 'en' = 'sv',
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

  /** Lays out text for this flow: hyphenated, in the fonts that have its characters. */
  lay(
    spans: Span[] | string,
    width: number,
    size: number,
    font: string = FONT.body,
    cell = false,
    nowrap = false,
  ): Laid {
    return layText(this.doc, typeof spans === 'string' ? [{ text: spans, font }] : spans, {
      width,
      size,
      lineGap: size * 0.25,
      hyphenate: this.language,
      hyphenateLongOnly: cell,
      nowrap,
      where: this.where,
    });
  }

  /** Draws laid-out text as one tagged element at the current position. */
  place(type: string, laid: Laid, x: number, color = 'black'): void {
    const doc = this.doc;
    const y = doc.y;
    doc.fillColor(color);
    this.root.add(doc.struct(type, {}, () => drawLaid(doc, laid, x, y)));
    doc.fillColor('black');
    doc.y = y + laid.height;
  }

  /**
   * A heading never ends a page: it moves on with room for `followedBy` points of what
   * comes after it, by default a paragraph of three lines, which moves whole.
   */
  heading(text: string, level: 'H1' | 'H2' | 'H3', size: number, followedBy = 4 * 16): void {
    this.where = text;
    const laid = layText(this.doc, [{ text, font: FONT.sansBold }], {
      width: this.width,
      size,
      lineGap: size * 0.1,
      where: text,
    });
    this.ensure(laid.height + followedBy);
    this.place(level, laid, this.left);
    this.gap(size * 0.35);
  }

  paragraph(text: string, options: ParagraphOptions = {}): void {
    if (!text.trim()) return;
    const size = options.size ?? 10.5;
    const indent = options.indent ?? 0;
    const laid = this.lay(text, this.width - indent, size, options.font ?? FONT.body);
    this.ensure(firstPart(laid) + (options.keepWith ?? 0));
    options.marker?.(this.doc.y);
    this.placeSplitting(laid, this.left + indent, options.color);
    this.gap(size * 0.45);
  }

  /** Draws a long paragraph across pages, line by line where a page ends, never a last line alone on the next. */
  private placeSplitting(laid: Laid, x: number, color?: string): void {
    let from = 0;
    while (from < laid.lines.length) {
      const room = Math.max(1, Math.floor((this.bottom - this.doc.y) / laid.lineHeight));
      const rest = laid.lines.length - from;
      let count = Math.min(room, rest);
      if (rest - count === 1 && count > 2) count--;
      const part = { ...laid, lines: laid.lines.slice(from, from + count), height: count * laid.lineHeight };
      this.place('P', part, x, color);
      from += count;
      if (from < laid.lines.length) this.doc.addPage();
    }
  }

  /** "Label: value" with the label in bold sans on the value's baseline, as one tagged paragraph. */
  field(label: string, value: string, size = 10.5): void {
    if (!value.trim()) return;
    const where = this.where;
    this.where = where ? `${where} – ${label}` : label;
    const laid = this.lay(
      [
        { text: `${label}: `, font: FONT.sansBold },
        { text: value, font: FONT.body },
      ],
      this.width,
      size,
    );
    this.where = where;
    this.ensure(firstPart(laid));
    this.placeSplitting(laid, this.left);
    this.gap(size * 0.3);
  }

  /** Labels in one column, values in the next, each pair on one baseline. */
  grid(rows: [string, string][], size = 10.5): void {
    const doc = this.doc;
    const shown = rows.filter(([, value]) => value.trim());
    if (shown.length === 0) return;
    const labelWidth =
      Math.max(...shown.map(([l]) => this.lay(l, 1e4, size * 0.92, FONT.sansBold).lines[0]!.width)) + 12;
    for (const [label, value] of shown) {
      const where = this.where;
      this.where = label;
      const labelLaid = this.lay(label, labelWidth, size * 0.92, FONT.sansBold);
      const valueLaid = this.lay(value, this.width - labelWidth, size);
      this.where = where;
      this.ensure(valueLaid.lineHeight * Math.min(2, valueLaid.lines.length));
      const y = doc.y;
      // The label takes the value's first baseline, whatever the two sizes.
      const labelTop = y + valueLaid.ascent - labelLaid.ascent;
      this.root.add(
        doc.struct('P', {}, () => {
          doc.fillColor('#3d4448');
          drawLaid(doc, labelLaid, this.left, labelTop);
          doc.fillColor('black');
          drawLaid(doc, valueLaid, this.left + labelWidth, y);
        }),
      );
      doc.y = y + valueLaid.height + size * 0.15;
    }
  }

  /** A table: a header row and rows, each row kept on one page, the header never alone at a page's foot. */
  table(columns: Column[], rows: string[][], size = 10): void {
    const doc = this.doc;
    const widths = columns.map((c) => c.width);
    columns.forEach((c, i) => {
      if (!c.nowrap) return;
      const needed =
        Math.max(
          ...[c.title, ...rows.map((r) => r[i] ?? '')].map(
            (t) => this.lay(t, 1e4, size, FONT.body, true, true).lines[0]!.width,
          ),
        ) + 10;
      if (needed > widths[i]!) {
        widths[0]! -= needed - widths[i]!;
        widths[i] = needed;
      }
    });
    const table = doc.struct('Table');
    this.root.add(table);
    const layRow = (cells: string[], header: boolean) =>
      cells.map((c, i) =>
        this.lay(c || ' ', widths[i]! - 8, size, header ? FONT.sansBold : FONT.body, true, columns[i]!.nowrap),
      );
    const drawRow = (cells: string[], header: boolean, keepWith: number) => {
      const laid = layRow(cells, header);
      const height = Math.max(...laid.map((l) => l.height)) + 8;
      this.ensure(height + keepWith);
      const y = doc.y;
      const row = doc.struct('TR');
      table.add(row);
      let x = this.left;
      laid.forEach((cell, i) => {
        const cx = x;
        row.add(doc.struct(header ? 'TH' : 'TD', {}, () => drawLaid(doc, cell, cx + 4, y + 4)));
        x += widths[i]!;
      });
      row.end();
      doc.markContent('Artifact', { type: 'Layout' });
      rule(doc, this.left, y + height, this.width, header ? 0.9 : 0.4, '#9aa0a4');
      doc.endMarkedContent();
      doc.y = y + height;
    };
    const firstRow = rows[0] ? Math.max(...layRow(rows[0], false).map((l) => l.height)) + 8 : 0;
    drawRow(
      columns.map((c) => c.title),
      true,
      firstRow,
    );
    rows.forEach((r) => drawRow(r, false, 0));
    table.end();
    this.gap(8);
  }
}

/**
 * What of a paragraph must fit at a page's foot: two lines, so none stands alone
 * there, and all of a paragraph of three, since two and one would leave its last
 * line alone on the next page.
 */
function firstPart(laid: Laid): number {
  return laid.lines.length <= 3 ? laid.height : laid.lineHeight * 2;
}
