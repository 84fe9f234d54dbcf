import { hyphenateSync as hyphenateEn } from 'hyphen/en-gb';
import { hyphenateSync as hyphenateSv } from 'hyphen/sv';
import { documentFonts } from './document';
import { codePointName, fontRuns, type GlyphSource } from './fonts';

type Doc = PDFKit.PDFDocument;

/** A stretch of text in one of the document's fonts (a label, a value). */
export interface Span {
  text: string;
  font: string;
}

export interface LayOptions {
  width: number;
  size: number;
  lineGap: number;
  characterSpacing?: number;
  /** break long words at Swedish or English syllables */
  hyphenate?: 'sv' | 'en';
  /** hyphenate only a word too long for a line of its own (table cells, where a reader's copy would keep the hyphen) */
  hyphenateLongOnly?: boolean;
  /** keep on one line whatever its length (dates, amounts) */
  nowrap?: boolean;
  /** where in the document this text stands, to name a character no font has; unset when only measuring */
  where?: string;
}

interface Piece {
  font: string;
  text: string;
  width: number;
}
interface Item {
  /** the font the text was written in, whose space separates this item from the one before */
  base: string;
  pieces: Piece[];
  width: number;
  /** a space stands between it and the item before */
  spaced: boolean;
  newline?: boolean;
}
export interface Line {
  items: Item[];
  width: number;
}
export interface Laid {
  lines: Line[];
  lineHeight: number;
  ascent: number;
  height: number;
  options: LayOptions;
}

// Shaping a word is most of what laying out text costs; the width of a word in a
// font never changes, so it is kept across documents (bounded, then started afresh).
const widths = new WeakMap<GlyphSource, Map<string, number>>();
function advance(font: GlyphSource, text: string): number {
  let known = widths.get(font);
  if (!known) widths.set(font, (known = new Map()));
  let units = known.get(text);
  if (units === undefined) {
    if (known.size > 50_000) known.clear();
    units = font.layout(text).advanceWidth / font.unitsPerEm;
    known.set(text, units);
  }
  return units;
}

interface Shaped {
  runs: { font: string; text: string; units: number }[];
  missing: string[];
}
// A word's runs and their widths at 1 pt, kept across documents like the widths themselves.
const shapedWords = new WeakMap<GlyphSource, Map<string, Shaped>>();
function shape(fonts: Map<string, GlyphSource>, font: string, text: string): Shaped {
  const primary = fonts.get(font)!;
  let known = shapedWords.get(primary);
  if (!known) shapedWords.set(primary, (known = new Map()));
  let shaped = known.get(text);
  if (!shaped) {
    if (known.size > 50_000) known.clear();
    const missing: string[] = [];
    const runs = fontRuns(text, font, fonts, (c) => missing.push(c)).map((r) => ({
      ...r,
      units: advance(fonts.get(r.font)!, r.text),
    }));
    shaped = { runs, missing };
    known.set(text, shaped);
  }
  return shaped;
}

const syllableCache = new Map<string, string[]>();
function syllables(language: 'sv' | 'en', word: string): string[] {
  const key = `${language}:${word}`;
  let found = syllableCache.get(key);
  if (!found) {
    if (syllableCache.size > 20_000) syllableCache.clear();
    found = HYPHENATORS[language](word, { hyphenChar: '\u00AD' }).split('\u00AD');
    syllableCache.set(key, found);
  }
  return found;
}

const SPACE = /[ \t\u00A0]/;
const URL_LIKE = /^(https?:\/\/|www\.)|^[\w.-]+\.[a-z]{2,}\//i;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HYPHENABLE = /^[\p{L}\u00AD]{6,}[.,;:!?)”’"]*$/u;
const HYPHENATORS = { sv: hyphenateSv, en: hyphenateEn };

/** The words of the text, split further where a line may break without a space: after a URL's "/", between CJK characters. */
function words(spans: Span[]): { parts: Span[]; spaced: boolean; newline?: boolean }[] {
  const out: { parts: Span[]; spaced: boolean; newline?: boolean }[] = [];
  let spaced = false;
  let current: Span[] | null = null;
  const flush = () => {
    if (current) out.push(...breakInside(current, spaced));
    current = null;
    spaced = false;
  };
  for (const span of spans) {
    for (const char of span.text) {
      if (char === '\n') {
        flush();
        out.push({ parts: [], spaced: false, newline: true });
      } else if (SPACE.test(char) || /\p{Cc}/u.test(char)) {
        flush();
        spaced = true;
      } else {
        if (!current) current = [];
        const last = current[current.length - 1];
        if (last && last.font === span.font) last.text += char;
        else current.push({ font: span.font, text: char });
      }
    }
  }
  flush();
  return out;
}

const RTL = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{M}\p{P}]+$/u;
const isRtl = (it: Item) => it.pieces.length > 0 && it.pieces.every((p) => RTL.test(p.text));

/** The line's items in the order they are drawn: words of a right-to-left script in a row read from the right. */
function visualOrder(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length;) {
    let j = i;
    while (j < items.length && isRtl(items[j]!) && (j === i || items[j]!.spaced)) j++;
    if (j - i > 1) {
      const run = items.slice(i, j).reverse();
      out.push(...run.map((it, k) => ({ ...it, spaced: k === 0 ? items[i]!.spaced : true })));
      i = j;
    } else out.push(items[i++]!);
  }
  return out;
}

function breakInside(parts: Span[], spaced: boolean): { parts: Span[]; spaced: boolean }[] {
  const whole = parts.map((p) => p.text).join('');
  if (parts.length > 1 || !(URL_LIKE.test(whole) || CJK_CHAR.test(whole))) return [{ parts, spaced }];
  const font = parts[0]!.font;
  const pieces = URL_LIKE.test(whole)
    ? whole.split(/(?<=\/)(?=[^/])/)
    : whole.split(
        /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])|(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u,
      );
  return pieces.filter(Boolean).map((text, i) => ({ parts: [{ font, text }], spaced: i === 0 ? spaced : false }));
}

/**
 * Lays text out in lines of at most `width`: each character in a font that has it,
 * long words hyphenated, URLs broken at "/", and a last line of a single word
 * avoided by taking a word down from the line before. Measuring and drawing use the
 * same lines, so what is measured is what is printed.
 */
export function layText(doc: Doc, spans: Span[], options: LayOptions): Laid {
  const { fonts, missing } = documentFonts(doc);
  const size = options.size;
  const primary = spans[0]?.font ?? 'Body';
  doc.font(primary).fontSize(size);
  const lineHeight = doc.currentLineHeight(true) + options.lineGap;
  const ascent = ((doc as unknown as { _font: { ascender: number } })._font.ascender / 1000) * size;
  const spacing = options.characterSpacing ?? 0;
  const record = options.where
    ? (char: string) => {
        const where = options.where!;
        if (!missing.some((m) => m.char === char && m.where === where))
          missing.push({ char, codePoint: codePointName(char), where });
      }
    : undefined;
  const piece = (font: string, text: string): Piece => ({
    font,
    text,
    width: advance(fonts.get(font)!, text) * size + spacing * [...text].length,
  });
  const item = (parts: Span[], spaced: boolean): Item => {
    const pieces = parts.flatMap((p) => {
      const shaped = shape(fonts, p.font, p.text);
      if (record) shaped.missing.forEach(record);
      return shaped.runs.map((r) => ({
        font: r.font,
        text: r.text,
        width: r.units * size + spacing * [...r.text].length,
      }));
    });
    return { base: parts[0]!.font, pieces, width: pieces.reduce((sum, p) => sum + p.width, 0), spaced };
  };
  const spaceWidth = (font: string) => advance(fonts.get(font)!, ' ') * size + spacing;

  const lines: Line[] = [];
  let line: Line = { items: [], width: 0 };
  let paragraphStart = 0;
  const gapBefore = (it: Item) => (line.items.length && it.spaced ? spaceWidth(it.base) : 0);
  const push = (it: Item) => {
    line.width += gapBefore(it) + it.width;
    line.items.push(it);
  };
  const endLine = () => {
    lines.push(line);
    line = { items: [], width: 0 };
  };
  const endParagraph = () => {
    avoidLoneWord(lines, paragraphStart, options.width, spaceWidth);
    paragraphStart = lines.length;
  };

  const queue = words(spans).map((w) =>
    w.newline ? { base: primary, pieces: [], width: 0, spaced: false, newline: true } : item(w.parts, w.spaced),
  );
  while (queue.length) {
    const it = queue.shift()!;
    if (it.newline) {
      endLine();
      endParagraph();
      continue;
    }
    if (options.nowrap || line.width + gapBefore(it) + it.width <= options.width) {
      push(it);
      continue;
    }
    const tooLong = it.width > options.width;
    const split =
      !options.hyphenateLongOnly || tooLong
        ? hyphenated(it, options.width - line.width - gapBefore(it), options, piece)
        : null;
    if (split && (!options.hyphenateLongOnly || line.items.length === 0)) {
      push(split[0]);
      endLine();
      queue.unshift(split[1]);
    } else if (line.items.length === 0) {
      const [head, rest] = byCharacters(it, options.width, piece);
      push(head);
      endLine();
      if (rest) queue.unshift(rest);
    } else {
      endLine();
      queue.unshift(it);
    }
  }
  if (line.items.length || lines.length === 0) endLine();
  endParagraph();
  return { lines, lineHeight, ascent, height: lines.length * lineHeight, options };
}

/** The word cut at the last syllable that fits `room`, with a hyphen, and what remains. */
function hyphenated(
  it: Item,
  room: number,
  options: LayOptions,
  piece: (font: string, text: string) => Piece,
): [Item, Item] | null {
  if (!options.hyphenate || it.pieces.length !== 1 || room <= 0) return null;
  const { font, text } = it.pieces[0]!;
  if (!HYPHENABLE.test(text)) return null;
  const parts = syllables(options.hyphenate, text);
  for (let k = parts.length - 1; k >= 1; k--) {
    const head = parts.slice(0, k).join('');
    const tail = parts.slice(k).join('');
    if (head.length < 2 || tail.replace(/[^\p{L}]/gu, '').length < 3) continue;
    const first = piece(font, `${head}-`);
    if (first.width > room) continue;
    const second = piece(font, tail);
    return [
      { base: it.base, pieces: [first], width: first.width, spaced: it.spaced },
      { base: it.base, pieces: [second], width: second.width, spaced: false },
    ];
  }
  return null;
}

/** A word longer than a whole line is cut where the line ends. */
function byCharacters(it: Item, width: number, piece: (font: string, text: string) => Piece): [Item, Item | null] {
  const chars = it.pieces.flatMap((p) => [...p.text].map((c) => ({ font: p.font, c })));
  let taken = 1;
  let used = piece(chars[0]!.font, chars[0]!.c).width;
  while (taken < chars.length) {
    const next = piece(chars[taken]!.font, chars[taken]!.c).width;
    if (used + next > width) break;
    used += next;
    taken++;
  }
  const toItem = (list: typeof chars, spaced: boolean): Item => {
    const pieces: Piece[] = [];
    for (const { font, c } of list) {
      const last = pieces[pieces.length - 1];
      if (last && last.font === font) last.text += c;
      else pieces.push({ font, text: c, width: 0 });
    }
    const measured = pieces.map((p) => piece(p.font, p.text));
    return { base: it.base, pieces: measured, width: measured.reduce((s, p) => s + p.width, 0), spaced };
  };
  return [toItem(chars.slice(0, taken), it.spaced), taken < chars.length ? toItem(chars.slice(taken), false) : null];
}

/** A paragraph's last line of one word takes the last word of the line before, when that leaves two there. */
function avoidLoneWord(lines: Line[], start: number, width: number, spaceWidth: (font: string) => number): void {
  if (lines.length - start < 2) return;
  const last = lines[lines.length - 1]!;
  const before = lines[lines.length - 2]!;
  if (last.items.length !== 1 || !last.items[0]!.spaced || before.items.length < 3) return;
  const moved = before.items[before.items.length - 1]!;
  if (!moved.spaced || moved.pieces.at(-1)!.text.endsWith('-')) return;
  const lone = last.items[0]!;
  const joined = moved.width + spaceWidth(lone.base) + lone.width;
  if (joined > width) return;
  before.items.pop();
  before.width -= moved.width + spaceWidth(moved.base);
  last.items.unshift(moved);
  last.width = joined;
}

/** Draws laid-out lines with their top at `y`; every piece sits on the line's one baseline. */
export function drawLaid(doc: Doc, laid: Laid, x: number, y: number, align: 'left' | 'right' = 'left'): void {
  const { size, characterSpacing = 0 } = laid.options;
  const fonts = documentFonts(doc).fonts;
  const spaceWidth = (font: string) => advance(fonts.get(font)!, ' ') * size + characterSpacing;
  laid.lines.forEach((line, index) => {
    const baseline = y + index * laid.lineHeight + laid.ascent;
    let px = align === 'right' ? x + laid.options.width - line.width : x;
    // Consecutive pieces in one font are written as one string, so a reader copies whole lines.
    let pending: { font: string; text: string; x: number } | null = null;
    const write = () => {
      if (!pending) return;
      doc.font(pending.font).fontSize(size).text(pending.text, pending.x, baseline, {
        lineBreak: false,
        baseline: 'alphabetic',
        characterSpacing,
      });
      pending = null;
    };
    visualOrder(line.items).forEach((it, i) => {
      const gap = i > 0 && it.spaced ? spaceWidth(it.base) : 0;
      it.pieces.forEach((p, j) => {
        const before = j === 0 ? gap : 0;
        if (pending && pending.font === p.font && pending.font === it.base)
          pending.text += (before ? ' ' : '') + p.text;
        else {
          write();
          pending = { font: p.font, text: p.text, x: px + before };
        }
        px += before + p.width;
      });
    });
    write();
  });
  doc.y = y + laid.height;
}
