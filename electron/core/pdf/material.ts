import type { CaseText } from '../../shared/caseSchema';
import type { MaterialEdition } from '../../shared/contract/material';
import { artifact, createDocument, finish, FONT, rule, type Paper } from './document';
import { gapBlock, textBlock, writeCaseText, type Block, type Ink } from './caseInk';
import { feedCardBlock } from './feedCard';
import { fill } from './labels';
import { MATERIAL_LABELS, type MaterialLabels } from './labels';
import { pageFrame, paginate, printPages, type LogicalPage, type PageFrame } from './sheets';

export interface MaterialCase {
  key: string;
  heated: boolean;
  text: CaseText;
}

export interface MaterialInput {
  orgName: string;
  title: string;
  /** paragraphs separated by a blank line */
  introduction: string;
  language: 'sv' | 'en';
  edition: MaterialEdition;
  booklet: boolean;
  paper: Paper;
  cases: MaterialCase[];
}

const MUTED = '#4f575c';
const RULE = '#b4bbc0';

/** Ruled lines to write on, filling the height they are given. */
function ruledBlock(ink: Ink, minLines: number, label?: string, width = ink.width): Block {
  const { doc, scale: k } = ink;
  const pitch = 24 * k;
  const labelHeight = label ? 16 * k : 0;
  const where = ink.where;
  return {
    height: labelHeight + minLines * pitch,
    fill: true,
    draw(x, y, height) {
      if (label) {
        ink.root.add(
          doc.struct('H3', {}, () => {
            doc.fillColor(MUTED);
            writeCaseText(doc, label, x, y, { font: FONT.sansBold, size: 10 * k, width, oneLine: true, where });
          }),
        );
      }
      artifact(doc, () => {
        const lines = Math.floor((height - labelHeight) / pitch + 0.01);
        for (let i = 1; i <= lines; i++) rule(doc, x, y + labelHeight + i * pitch - 4 * k, width, 0.5, RULE);
      });
      doc.fillColor('black');
    },
  };
}

/** Fields to fill in, side by side, each a label over a fixed number of ruled lines. */
function linesBlock(ink: Ink, lines: number, ...labels: string[]): Block {
  const gap = 18 * ink.scale;
  const width = (ink.width - gap * (labels.length - 1)) / labels.length;
  const fields = labels.map((label) => ruledBlock(ink, lines, label, width));
  const height = fields[0]!.height;
  return {
    height: height + 5 * ink.scale,
    draw: (x, y) => fields.forEach((field, i) => field.draw(x + i * (width + gap), y, height)),
  };
}

function numbered(ink: Ink, n: number, text: string): Block {
  const { doc, scale: k } = ink;
  const body = textBlock(ink, text, { font: FONT.body, size: 11, indent: 20, after: 5 });
  return {
    height: body.height,
    draw(x, y, h) {
      artifact(doc, () => {
        doc
          .font(FONT.sansBold)
          .fontSize(10.5 * k)
          .fillColor(MUTED);
        doc.text(`${n}.`, x, y + 0.2 * k, { lineBreak: false });
      });
      body.draw(x, y, h);
    },
  };
}

function coverPages(cover: Ink, input: MaterialInput, l: MaterialLabels, frame: PageFrame): LogicalPage[] {
  const ink = { ...cover, where: input.title };
  const room = frame.height - frame.margin.top - frame.margin.bottom;
  const org = textBlock(ink, input.orgName.toLocaleUpperCase(input.language), {
    font: FONT.sansBold,
    size: 11,
    color: MUTED,
    after: 10,
  });
  const title = textBlock(ink, input.title, { font: FONT.sansBold, size: 30, tag: 'H1', after: 14 });
  const edition =
    input.edition === 'facilitator'
      ? [textBlock(ink, l.facilitatorEdition, { font: FONT.italic, size: 13, color: MUTED })]
      : [];
  const accent: Block = {
    height: 18 * ink.scale,
    draw: (x, y) =>
      artifact(ink.doc, () =>
        ink.doc
          .rect(x, y, 46 * ink.scale, 4 * ink.scale)
          .fillColor('#2f6f8f')
          .fill(),
      ),
  };
  const front = paginate([gapBlock(room * 0.3), accent, org, title, ...edition], frame);
  const introInk = { ...ink, where: l.introduction };
  const paragraphs = input.introduction
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => textBlock(introInk, p, { font: FONT.body, size: 11.5, after: 8 }));
  const intro = paginate(
    [textBlock(introInk, l.introduction, { font: FONT.sansBold, size: 18, tag: 'H2', after: 10 }), ...paragraphs],
    frame,
  );
  return [...front, ...intro];
}

function casePages(material: Ink, input: MaterialInput, l: MaterialLabels, frame: PageFrame): LogicalPage[] {
  const total = input.cases.length;
  return input.cases.flatMap((c, index) => {
    const t = c.text;
    const ink = { ...material, where: t.title };
    const facilitator = input.edition === 'facilitator';
    const blocks: Block[] = [
      textBlock(ink, fill(l.caseOf, { n: index + 1, total }), { font: FONT.sans, size: 9, color: MUTED, after: 2 }),
      textBlock(ink, t.title, { font: FONT.sansBold, size: 19, tag: 'H2', after: 10 }),
      t.post
        ? feedCardBlock(ink, t.post, l)
        : textBlock(ink, t.situation ?? '', { font: FONT.body, size: 12, indent: 14, after: 16, bar: '#6f8ea6' }),
      textBlock(ink, l.questions, { font: FONT.sansBold, size: 12.5, tag: 'H3', after: 4 }),
      ...t.questions.map((q, i) => numbered(ink, i + 1, q)),
    ];
    if (facilitator) {
      blocks.push(gapBlock(8 * ink.scale));
      blocks.push(textBlock(ink, l.forFacilitator, { font: FONT.sansBold, size: 12.5, tag: 'H3', after: 4 }));
      // the facilitator's part runs beside an amber bar, so it is never mistaken for the group's text
      const aside = { bar: '#c99a2e', indent: 10 };
      if (c.heated) blocks.push(textBlock(ink, l.heated, { font: FONT.italic, size: 10, after: 5, ...aside }));
      for (const note of t.notes) blocks.push(textBlock(ink, note, { font: FONT.body, size: 9.8, after: 5, ...aside }));
      blocks.push(
        textBlock(ink, `${l.suggestedPoint}: ${t.suggestedPoint}`, {
          font: FONT.italic,
          size: 10.5,
          after: 6,
          ...aside,
        }),
      );
    }
    blocks.push(gapBlock(6 * ink.scale), ruledBlock(ink, 1, l.notes));
    const heading = () => [
      textBlock(ink, fill(l.continued, { title: t.title }), { font: FONT.sans, size: 9, color: MUTED, after: 8 }),
    ];
    return paginate(blocks, frame, heading);
  });
}

/** The page to fill in and send back; with many cases each gets one line, so that it stays one page where it can. */
function returnPages(material: Ink, input: MaterialInput, l: MaterialLabels, frame: PageFrame): LogicalPage[] {
  const ink = { ...material, where: l.returnTitle };
  const room = frame.height - frame.margin.top - frame.margin.bottom;
  const blocks = (linesPerCase: number): Block[] => [
    textBlock(ink, l.returnTitle, { font: FONT.sansBold, size: 19, tag: 'H2', after: 4 }),
    textBlock(ink, l.returnLead, { font: FONT.italic, size: 10, color: MUTED, after: 6 }),
    linesBlock(ink, 1, l.unit, l.date),
    linesBlock(ink, 2, l.participants),
    gapBlock(6 * ink.scale),
    textBlock(ink, l.conclusions, { font: FONT.sansBold, size: 12.5, tag: 'H3', after: 2 }),
    ...input.cases.map((c, i) => linesBlock(ink, linesPerCase, `${i + 1}. ${c.text.title}`)),
    gapBlock(6 * ink.scale),
    ruledBlock(ink, 3, l.proposedPoints),
  ];
  const roomy = blocks(2);
  const fits = roomy.reduce((sum, b) => sum + b.height, 0) <= room;
  return paginate(fits ? roomy : blocks(1), frame, () => [
    textBlock(ink, fill(l.continued, { title: l.returnTitle }), { font: FONT.sans, size: 9, color: MUTED, after: 8 }),
  ]);
}

/**
 * The conversation material: a cover, the introduction, each case on a page of
 * its own (more when it does not fit), and the page to fill in and send back.
 * A booklet is padded with blank pages before that last page, so it stays the
 * back of the booklet.
 */
export async function renderMaterial(input: MaterialInput, fontsDir: string): Promise<Buffer> {
  const l = MATERIAL_LABELS[input.language];
  const frame = pageFrame(input.paper, input.booklet);
  const doc = createDocument({
    fontsDir,
    paper: input.paper,
    layout: input.booklet ? 'landscape' : 'portrait',
    title: input.title,
    author: input.orgName,
    subject: input.edition === 'facilitator' ? l.facilitatorEdition : input.title,
    language: input.language,
    margins: { top: 8, bottom: 8, left: 8, right: 8 },
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const ink: Ink = {
    doc,
    root,
    width: frame.width - 2 * frame.margin.side,
    scale: input.booklet ? 0.84 : 1,
    language: input.language,
    where: input.title,
  };
  const front = coverPages(ink, input, l, frame);
  const cases = casePages(ink, input, l, frame);
  const back = returnPages(ink, input, l, frame);
  const blanks = input.booklet ? (4 - ((front.length + cases.length + back.length) % 4)) % 4 : 0;
  const padding: LogicalPage[] = Array.from({ length: blanks }, () => ({ placed: [] }));
  const pages = [...front, ...cases, ...padding, ...back];
  pages.forEach((page, i) => {
    if (i === 0 || page.placed.length === 0) return;
    page.footer = (x, y, width) =>
      artifact(doc, () => {
        doc.fillColor(MUTED);
        writeCaseText(doc, `${input.orgName} · ${input.title}`, x, y, {
          font: FONT.sans,
          size: 8 * ink.scale,
          width: width * 0.8,
          oneLine: true,
          where: input.title,
        });
        doc.font(FONT.sans).fontSize(8 * ink.scale);
        doc.text(fill(l.page, { n: i + 1 }), x, y, { width, align: 'right', lineBreak: false });
        doc.fillColor('black');
      });
  });
  printPages(doc, pages, frame, input.booklet);
  root.end();
  return finish(doc);
}
