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

export const MAX_BODY = 11.5;
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
): number {
  const { textWidth } = frame(paper);
  const labels = PDF_LABELS[content.language];
  const indent = b * 2;
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

  block('P', FONT.sansBold, b * 0.85, content.orgName.toLocaleUpperCase(content.language), MARGIN, textWidth, b * 0.5, {
    characterSpacing: 0.8,
  });
  block('H1', FONT.sansBold, b * 2, content.title, MARGIN, textWidth, b * 0.9);
  block('P', FONT.italic, b, content.intro, MARGIN, textWidth, b * 1.1);

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
              .text(label, MARGIN, top + laid.ascent, { width: indent - 4, lineBreak: false, baseline: 'alphabetic' }),
        ),
      );
      item.add(doc.struct('LBody', {}, () => drawLaid(doc, laid, MARGIN + indent, top)));
      item.end();
    }
    y += laid.height + b * 0.75;
  });
  list?.end();
  return y - MARGIN;
}

function footer(doc: Doc, content: PolicyContent, paper: Paper, root: PDFKit.PDFStructureElement) {
  const { width, height, textWidth } = frame(paper);
  const labels = PDF_LABELS[content.language];
  const top = height - MARGIN - FOOTER_RESERVE + 14;
  artifact(doc, () => rule(doc, MARGIN, top, width - 2 * MARGIN, 0.6, '#8a8f93'));
  const parts = [
    content.version === null ? labels.draft : fill(labels.version, { n: content.version }),
    content.adoptedAt ? fill(labels.adopted, { date: formatDate(content.adoptedAt, content.language) }) : '',
    content.reviewDate ? fill(labels.review, { date: formatDate(content.reviewDate, content.language) }) : '',
  ].filter(Boolean);
  const lines = [parts.join('  ·  '), content.contact ? fill(labels.contact, { name: content.contact }) : ''].filter(
    Boolean,
  );
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
  layout(doc, content, paper, fit.fontSize, true, root);
  footer(doc, content, paper, root);
  root.end();
  return finish(doc);
}
