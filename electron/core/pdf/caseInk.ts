import { artifact } from './document';
import { drawLaid, layText, type Laid } from './lines';

type Doc = PDFKit.PDFDocument;

/** How a piece of case text is set: its font and size, and its width or a single line. */
export interface Setting {
  font: string;
  size: number;
  width: number;
  lineGap?: number;
  /** one line, cut short with an ellipsis when it is too long */
  oneLine?: boolean;
  /** break long words at the syllables of the case's language */
  hyphenate?: 'sv' | 'en';
  /** where in the material the text stands, to name a character no font has */
  where?: string;
}

// The one place the conversation material lays out text: each character in a font
// that has it (emoji, Arabic, Hebrew …), so what the case says is what prints.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Case text in lines; a one-line setting keeps the most whole characters that fit before an ellipsis. */
export function layCaseText(doc: Doc, text: string, setting: Setting): Laid {
  const lay = (t: string) =>
    layText(doc, [{ text: t, font: setting.font }], {
      width: setting.width,
      size: setting.size,
      lineGap: setting.lineGap ?? 0,
      hyphenate: setting.oneLine ? undefined : setting.hyphenate,
      nowrap: setting.oneLine,
      where: setting.where,
    });
  const whole = lay(text);
  if (!setting.oneLine || whole.lines[0]!.width <= setting.width) return whole;
  const chars = [...graphemes.segment(text)].map((g) => g.segment);
  const cut = (n: number) => lay(`${chars.slice(0, n).join('').trimEnd()}…`);
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (cut(mid).lines[0]!.width <= setting.width) low = mid;
    else high = mid - 1;
  }
  return cut(low);
}

export function measureCaseText(doc: Doc, text: string, setting: Setting): number {
  return layCaseText(doc, text, setting).height;
}

export function writeCaseText(doc: Doc, text: string, x: number, y: number, setting: Setting): void {
  drawLaid(doc, layCaseText(doc, text, setting), x, y);
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
  /** the material's language, for hyphenation */
  language: 'sv' | 'en';
  /** what the blocks being made belong to (a case's title), to name a character no font has */
  where: string;
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

/** A tagged paragraph as a block; a long one can run on to the next page, never leaving one line alone. */
export function textBlock(ink: Ink, text: string, style: TextStyle): Block {
  const size = style.size * ink.scale;
  const indent = (style.indent ?? 0) * ink.scale;
  const laid = layCaseText(ink.doc, text, {
    font: style.font,
    size,
    width: ink.width - indent,
    lineGap: size * 0.22,
    hyphenate: ink.language,
    where: ink.where,
  });
  return linesBlock(ink, laid, style);
}

function linesBlock(ink: Ink, laid: Laid, style: TextStyle): Block {
  const { doc, scale } = ink;
  const indent = (style.indent ?? 0) * scale;
  const after = (style.after ?? 0) * scale;
  const heading = style.tag !== undefined && style.tag !== 'P';
  const part = (from: number, to: number, last: boolean) =>
    linesBlock(
      ink,
      { ...laid, lines: laid.lines.slice(from, to), height: (to - from) * laid.lineHeight },
      last ? style : { ...style, after: 0 },
    );
  return {
    height: laid.height + after,
    keepWithNext: heading,
    split: heading
      ? undefined
      : (room) => {
          const count = laid.lines.length;
          let fits = Math.min(Math.floor(room / laid.lineHeight), count);
          if (fits === count) return [part(0, count, false), gapBlock(0)];
          // a line that would stand alone on the next page takes one from this page along
          if (count - fits === 1) fits--;
          if (fits < 2) return null;
          return [part(0, fits, false), part(fits, count, true)];
        },
    draw(x, y) {
      if (style.bar) {
        artifact(doc, () =>
          doc
            .rect(x, y, 3 * scale, laid.height)
            .fillColor(style.bar!)
            .fill(),
        );
      }
      ink.root.add(
        doc.struct(style.tag ?? 'P', {}, () => {
          doc.fillColor(style.color ?? 'black');
          drawLaid(doc, laid, x + indent, y);
        }),
      );
      doc.fillColor('black');
    },
  };
}

export function gapBlock(points: number): Block {
  return { height: points, draw: () => undefined };
}
