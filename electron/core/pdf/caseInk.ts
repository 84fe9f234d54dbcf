import { artifact } from './document';
import { printable } from './flow';

type Doc = PDFKit.PDFDocument;

/** How a piece of case text is set: its font and size, and its width or a single line. */
export interface Setting {
  font: string;
  size: number;
  width: number;
  lineGap?: number;
  /** one line, cut short with an ellipsis when it is too long */
  oneLine?: boolean;
}

// The one place the conversation material writes and measures text, so that
// printing emoji is switched on here alone. The embedded fonts have no emoji
// yet, so for now the document helper's `printable` leaves them out; when the
// fallback fonts land in ./document, lay the text out with them here.

function options(setting: Setting): PDFKit.Mixins.TextOptions {
  return setting.oneLine
    ? { width: setting.width, lineBreak: false, ellipsis: true }
    : { width: setting.width, lineGap: setting.lineGap ?? 0 };
}

export function measureCaseText(doc: Doc, text: string, setting: Setting): number {
  return doc.font(setting.font).fontSize(setting.size).heightOfString(printable(text), options(setting));
}

export function writeCaseText(doc: Doc, text: string, x: number, y: number, setting: Setting): void {
  doc.font(setting.font).fontSize(setting.size).text(printable(text), x, y, options(setting));
}

/**
 * A block of the material: measured once for its width, drawn later at any
 * place, on any logical page. `fill` blocks take what is left of the page.
 */
export interface Block {
  height: number;
  draw(x: number, y: number, height: number): void;
  /** start a new page rather than leave this block alone at the bottom */
  keepWithNext?: boolean;
  /** takes the rest of the page, at least `height` */
  fill?: boolean;
  /** the part that fits in `room` and the rest, or null when not even two lines fit */
  split?(room: number): [Block, Block] | null;
}

/** What the material's pieces draw with: the document, its structure root, the text width and a type scale. */
export interface Ink {
  doc: Doc;
  root: PDFKit.PDFStructureElement;
  width: number;
  /** 1 on A4 and letter, smaller on the booklet's half pages */
  scale: number;
}

export interface TextStyle {
  font: string;
  size: number;
  color?: string;
  /** space after, in points before scaling */
  after?: number;
  indent?: number;
  tag?: 'P' | 'H1' | 'H2' | 'H3';
  /** a coloured bar beside the text, in the indent */
  bar?: string;
}

/** A tagged paragraph as a block; a long one can run on to the next page. */
export function textBlock(ink: Ink, text: string, style: TextStyle): Block {
  const { doc, scale } = ink;
  const size = style.size * scale;
  const indent = (style.indent ?? 0) * scale;
  const after = (style.after ?? 0) * scale;
  const setting: Setting = { font: style.font, size, width: ink.width - indent, lineGap: size * 0.22 };
  const measure = (part: string) => measureCaseText(doc, part, setting);
  const heading = style.tag !== undefined && style.tag !== 'P';
  return {
    height: measure(text) + after,
    keepWithNext: heading,
    split: heading
      ? undefined
      : (room) => {
          // the most words that fit, so the first part ends where its last line would break anyway
          const words = text.split(/(?<=\s)/);
          if (room < 2 * measure('X') || words.length < 2) return null;
          let low = 0;
          let high = words.length - 1;
          while (low < high) {
            const mid = Math.ceil((low + high) / 2);
            if (measure(words.slice(0, mid).join('')) <= room) low = mid;
            else high = mid - 1;
          }
          if (low === 0) return null;
          return [
            textBlock(ink, words.slice(0, low).join('').trimEnd(), { ...style, after: 0 }),
            textBlock(ink, words.slice(low).join(''), style),
          ];
        },
    draw(x, y) {
      if (style.bar) {
        const height = measure(text);
        artifact(doc, () =>
          doc
            .rect(x, y, 3 * scale, height)
            .fillColor(style.bar!)
            .fill(),
        );
      }
      ink.root.add(
        doc.struct(style.tag ?? 'P', {}, () => {
          doc.fillColor(style.color ?? 'black');
          writeCaseText(doc, text, x + indent, y, setting);
        }),
      );
      doc.fillColor('black');
    },
  };
}

export function gapBlock(points: number): Block {
  return { height: points, draw: () => undefined };
}
