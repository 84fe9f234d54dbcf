import { AppError } from '../errors';
import { artifact, createDocument, finish, FONT, PAPER_SIZE, rule, type Paper } from './document';
import { drawLaid, layText } from './lines';
import { fill, formatDate, PDF_LABELS } from './labels';

export interface PolicyContent {
  orgName: string;
  title: string;
  intro: string;
  points: string[];
  /** null for a draft */
  version: number | null;
  adoptedAt: string | null;
  reviewDate: string | null;
  contact: string;
  language: 'sv' | 'en';
  /** the meeting that adopted it and the § of its minutes */
  adoptedBy?: { forum: string; paragraph: number } | null;
}

export interface FitReport {
  fits: boolean;
  /** the body size the page will be set in, when it fits */
  fontSize: number | null;
  /** how full the page is at the smallest allowed size: 100 is exactly full */
  usedPercent: number;
  /** about how many characters to cut when it does not fit */
  overChars: number;
  /** indexes of the longest points, longest first */
  longestPoints: number[];
}

export const MAX_BODY = 16;
/** about this many characters to a line at most, so a poster still reads easily */
const MEASURE_CHARS = 70;
const POSTER_FROM = 12;
export const MIN_BODY = 9;
const STEP = 0.25;
const MARGIN = 56;
const FOOTER_SIZE = 9;
const FOOTER_RESERVE = 46;

type Doc = PDFKit.PDFDocument;

function frame(paper: Paper) {
  const [width, height] = PAPER_SIZE[paper];
  return { width, height, textWidth: width - 2 * MARGIN, available: height - 2 * MARGIN - FOOTER_RESERVE };
}

/**
 * Lays the policy out at body size `b`, drawing when `draw` is set, and answers
 * the height used. The fit meter and the PDF both call this, so what the meter
 * says is what the page gets.
 */
function layout(
  doc: Doc,
  content: PolicyContent,
  paper: Paper,
  b: number,
  draw: boolean,
  root?: PDFKit.PDFStructureElement,
  spread = 0,
): number {
  const frameWidth = frame(paper).textWidth;
  const labels = PDF_LABELS[content.language];
  const indent = b * 2;
  // Lines of at most about 70 characters at poster sizes: the column narrows and is centred.
  // A long policy set small keeps the full width, so as much fits at 9 pt as ever.
  const average =
    layText(doc, [{ text: 'abcdefghijklmnopqrstuvwxyzåäö ', font: FONT.body }], {
      width: 1e4,
      size: b,
      lineGap: 0,
    }).lines[0]!.width / 30;
  const textWidth = b >= POSTER_FROM ? Math.min(frameWidth, average * MEASURE_CHARS + indent) : frameWidth;
  const left = MARGIN + (frameWidth - textWidth) / 2;
  let y = MARGIN;
  const block = (
    type: string,
    font: string,
    size: number,
    text: string,
    x: number,
    width: number,
    gapAfter: number,
    extra: PDFKit.Mixins.TextOptions = {},
  ) => {
    if (!text.trim()) return;
    const laid = layText(doc, [{ text, font }], {
      width,
      size,
      lineGap: size * 0.28,
      hyphenate: content.language,
      characterSpacing: extra.characterSpacing,
      ...(draw ? { where: type === 'H1' ? labels.title : '' } : {}),
    });
    const top = y;
    if (draw && root) root.add(doc.struct(type, {}, () => drawLaid(doc, laid, x, top)));
    y += laid.height + gapAfter;
  };

  block('P', FONT.sansBold, b * 0.85, content.orgName.toLocaleUpperCase(content.language), left, textWidth, b * 0.5, {
    characterSpacing: 0.8,
  });
  block('H1', FONT.sansBold, b * 2, content.title, left, textWidth, b * 0.9);
  block('P', FONT.italic, b, content.intro, left, textWidth, b * 1.1 + spread);

  const list = draw && root ? doc.struct('L') : null;
  if (list) root!.add(list);
  content.points.forEach((point, index) => {
    const laid = layText(doc, [{ text: point, font: FONT.body }], {
      width: textWidth - indent,
      size: b,
      lineGap: b * 0.28,
      hyphenate: content.language,
      ...(draw ? { where: fill(labels.point, { n: index + 1 }) } : {}),
    });
    const top = y;
    if (list) {
      const label = `${index + 1}.`;
      const item = doc.struct('LI');
      list.add(item);
      item.add(
        doc.struct(
          'Lbl',
          {},
          () =>
            void doc
              .font(FONT.sansBold)
              .fontSize(b)
              .text(label, left, top + laid.ascent, { width: indent - 4, lineBreak: false, baseline: 'alphabetic' }),
        ),
      );
      item.add(doc.struct('LBody', {}, () => drawLaid(doc, laid, left + indent, top)));
      item.end();
    }
    y += laid.height + b * 0.75 + spread;
  });
  list?.end();
  return y - MARGIN;
}

function footer(doc: Doc, content: PolicyContent, paper: Paper, root: PDFKit.PDFStructureElement) {
  const { width, height, textWidth } = frame(paper);
  const labels = PDF_LABELS[content.language];
  const top = height - MARGIN - FOOTER_RESERVE + 14;
  artifact(doc, () => rule(doc, MARGIN, top, width - 2 * MARGIN, 0.6, '#8a8f93'));
  const adopted = content.adoptedAt
    ? fill(content.adoptedBy ? labels.adoptedBy : labels.adopted, {
        date: formatDate(content.adoptedAt, content.language),
        forum: content.adoptedBy?.forum ?? '',
        n: content.adoptedBy?.paragraph ?? '',
      })
    : '';
  const lines = [
    [content.version === null ? labels.draft : fill(labels.version, { n: content.version }), adopted]
      .filter(Boolean)
      .join('  ·  '),
    [
      content.reviewDate ? fill(labels.review, { date: formatDate(content.reviewDate, content.language) }) : '',
      content.contact ? fill(labels.contact, { name: content.contact }) : '',
    ]
      .filter(Boolean)
      .join('  ·  '),
  ].filter(Boolean);
  doc.font(FONT.sans).fontSize(FOOTER_SIZE).fillColor('#33393c');
  root.add(
    doc.struct('P', {}, () => void doc.text(lines.join('\n'), MARGIN, top + 8, { width: textWidth, lineGap: 2 })),
  );
  doc.fillColor('black');
}

// Measuring draws nothing, so one document per paper size serves every measurement:
// parsing the fonts again for each keystroke would cost more than the layout.
const measuring = new Map<string, Doc>();
function measureDoc(fontsDir: string, paper: Paper): Doc {
  const key = `${fontsDir}|${paper}`;
  const cached = measuring.get(key);
  if (cached) return cached;
  const doc = createDocument({
    fontsDir,
    paper,
    title: '',
    author: '',
    subject: '',
    language: 'sv',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
  });
  measuring.set(key, doc);
  return doc;
}

/** Finds the largest body size, down to 9 pt, at which the whole policy fits on one page. */
export function fitPolicy(content: PolicyContent, paper: Paper, fontsDir: string): FitReport {
  const doc = measureDoc(fontsDir, paper);
  const { available, textWidth } = frame(paper);
  const longestPoints = content.points
    .map((p, i) => ({ i, length: p.length }))
    .sort((a, b) => b.length - a.length)
    .slice(0, 3)
    .map((p) => p.i);
  const atMinimum = layout(doc, content, paper, MIN_BODY, false);
  const usedPercent = Math.round((atMinimum / available) * 100);
  if (atMinimum > available) {
    doc.font(FONT.body).fontSize(MIN_BODY);
    const charsPerLine = textWidth / (doc.widthOfString('abcdefghijklmnopqrstuvwxyzåäö ') / 30);
    const lines = (atMinimum - available) / (MIN_BODY * 1.28 + MIN_BODY * 0.28);
    return {
      fits: false,
      fontSize: null,
      usedPercent,
      overChars: Math.ceil((lines * charsPerLine) / 10) * 10,
      longestPoints,
    };
  }
  // Height only grows as the type grows, so a binary search over the steps finds
  // the largest size that fits in four layouts instead of eleven.
  let low = 0; // steps above the minimum known to fit
  let high = Math.round((MAX_BODY - MIN_BODY) / STEP);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (layout(doc, content, paper, MIN_BODY + mid * STEP, false) <= available) low = mid;
    else high = mid - 1;
  }
  return { fits: true, fontSize: MIN_BODY + low * STEP, usedPercent, overChars: 0, longestPoints };
}

/** A large diagonal word behind the text, so a draft is never taken for the adopted policy. */
function watermark(doc: Doc, word: string) {
  const { width, height } = doc.page;
  artifact(doc, () => {
    doc.save();
    doc.rotate(-55, { origin: [width / 2, height / 2] });
    doc.font(FONT.sansBold).fontSize(150).fillColor('#e3e6e8');
    const w = doc.widthOfString(word);
    doc.text(word, width / 2 - w / 2, height / 2 - 100, { lineBreak: false });
    doc.restore();
    doc.fillColor('black');
  });
}

/** The one-page policy; refuses with POLICY_TOO_LONG rather than spill onto a second page. */
export async function renderPolicy(content: PolicyContent, paper: Paper, fontsDir: string): Promise<Buffer> {
  const fit = fitPolicy(content, paper, fontsDir);
  if (!fit.fits || fit.fontSize === null) throw new AppError('POLICY_TOO_LONG', { over: fit.overChars });
  const labels = PDF_LABELS[content.language];
  const doc = createDocument({
    fontsDir,
    paper,
    title: content.title || content.orgName,
    author: content.orgName,
    subject: content.version === null ? labels.draft : fill(labels.version, { n: content.version }),
    language: content.language,
    margins: { top: MARGIN, bottom: 0, left: MARGIN, right: MARGIN },
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  if (content.version === null) watermark(doc, labels.draft.toLocaleUpperCase(content.language));
  // White space left over is shared between the points, so a short policy still fills the page.
  const { available } = frame(paper);
  const used = layout(doc, content, paper, fit.fontSize, false);
  const gaps = Math.max(1, content.points.length);
  const spread = Math.min((available - used) / gaps, fit.fontSize * 3);
  layout(doc, content, paper, fit.fontSize, true, root, Math.max(0, spread));
  footer(doc, content, paper, root);
  root.end();
  return finish(doc);
}
