import { existsSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';

export const FONT = { body: 'Body', bold: 'Bold', italic: 'Italic', sans: 'Sans', sansBold: 'SansBold' } as const;

const FILES: Record<keyof typeof FONT, string> = {
  body: 'NotoSerif-Regular.ttf',
  bold: 'NotoSerif-Bold.ttf',
  italic: 'NotoSerif-Italic.ttf',
  sans: 'NotoSans-Regular.ttf',
  sansBold: 'NotoSans-Bold.ttf',
};

// Fonts for what the Latin fonts lack, tried in this order. Emoji come first for
// pictographs so that a heart is an emoji, not a card-suit symbol.
const FALLBACK_FILES = {
  FallbackArabic: 'NotoNaskhArabic-Regular.ttf',
  FallbackHebrew: 'NotoSerifHebrew-Regular.ttf',
  FallbackSymbols: 'NotoSansSymbols-Regular.ttf',
  FallbackSymbols2: 'NotoSansSymbols2-Regular.ttf',
  FallbackEmoji: 'NotoEmoji-Regular.ttf',
} as const;

// Chinese, Japanese and Korean fonts are too large to ship; the system's are used where
// present (Debian/Ubuntu, macOS, Windows), each with its name inside a collection.
const windowsFonts = join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');
const CJK_CANDIDATES: [string, string?][] = [
  ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKjp-Regular'],
  ['/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf'],
  ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 'WenQuanYiMicroHei'],
  ['/System/Library/Fonts/Supplemental/Arial Unicode.ttf'],
  ['/Library/Fonts/Arial Unicode.ttf'],
  ['/System/Library/Fonts/Hiragino Sans GB.ttc', 'HiraginoSansGB-W3'],
  [join(windowsFonts, 'msyh.ttc'), 'MicrosoftYaHei'],
  [join(windowsFonts, 'msgothic.ttc'), 'MS-Gothic'],
  [join(windowsFonts, 'malgun.ttf')],
];
export const CJK = 'FallbackCjk';

export interface FontFile {
  name: string;
  path: string;
  /** the font's own name inside a collection (.ttc) */
  postscriptName?: string;
}

export interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { advanceWidth: number };
  unitsPerEm: number;
  ascent: number;
}

let cjk: FontFile | null | undefined;
function systemCjk(): FontFile | null {
  if (cjk !== undefined) return cjk;
  cjk = null;
  for (const [path, postscriptName] of CJK_CANDIDATES) {
    if (!existsSync(path)) continue;
    try {
      new PDFDocument({ autoFirstPage: false }).font(path, postscriptName as string);
      cjk = { name: CJK, path, ...(postscriptName ? { postscriptName } : {}) };
      break;
    } catch {
      continue; // an unreadable system font is as good as none
    }
  }
  return cjk;
}

/** Every font a document may use: the five shipped styles, the shipped fallbacks, a system CJK font. */
export function fontFiles(fontsDir: string): FontFile[] {
  const files: FontFile[] = [
    ...Object.entries(FILES).map(([key, file]) => ({
      name: FONT[key as keyof typeof FONT],
      path: join(fontsDir, file),
    })),
    ...Object.entries(FALLBACK_FILES).map(([name, file]) => ({ name, path: join(fontsDir, file) })),
  ];
  const system = systemCjk();
  return system ? [...files, system] : files;
}

const FALLBACK_ORDER = [...Object.keys(FALLBACK_FILES), CJK];
const EMOJI_FIRST = ['FallbackEmoji', ...FALLBACK_ORDER.filter((n) => n !== 'FallbackEmoji')];

/** Joins the character before it rather than choosing a font of its own. */
const ATTACHED = /[\p{M}\u200C\u200D\uFE00-\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u20E3]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

export interface Run {
  font: string;
  text: string;
}

export interface MissingGlyph {
  char: string;
  /** U+1F9CC */
  codePoint: string;
  /** where in the document: a heading, a field label */
  where: string;
}

/**
 * Splits text into runs, each in the first font that has its characters, and
 * reports the characters no font has (they print as an empty box).
 */
export function fontRuns(
  text: string,
  primary: string,
  fonts: Map<string, GlyphSource>,
  missing?: (char: string) => void,
): Run[] {
  const runs: Run[] = [];
  const main = fonts.get(primary)!;
  let previousZwj = false;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const last = runs[runs.length - 1];
    if (last && (previousZwj || ATTACHED.test(char))) {
      last.text += char;
      previousZwj = cp === 0x200d;
      continue;
    }
    previousZwj = false;
    let font = primary;
    if (!main.hasGlyphForCodePoint(cp)) {
      const order = PICTOGRAPH.test(char) ? EMOJI_FIRST : FALLBACK_ORDER;
      const found = order.find((name) => fonts.get(name)?.hasGlyphForCodePoint(cp));
      if (found) font = found;
      else missing?.(char);
    }
    if (last && last.font === font) last.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}

export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
