import { guideIn } from '../../shared/guide';
import { artifact, createDocument, everyPageFoot, finish, FONT, type Paper } from './document';
import { Flow } from './flow';
import { fill, MATERIAL_LABELS, PDF_LABELS } from './labels';

const MARGIN = { top: 62, bottom: 72, left: 66, right: 66 };
const MUTED = '#3d4448';

function footers(doc: PDFKit.PDFDocument, language: 'sv' | 'en') {
  everyPageFoot(doc, ({ number, count }) => {
    const y = doc.page.height - 46;
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    doc.font(FONT.sans).fontSize(8).fillColor(MUTED);
    doc.text(MATERIAL_LABELS[language].guideFooter, MARGIN.left, y, { width, lineBreak: false });
    doc.text(fill(PDF_LABELS[language].page, { n: number, total: count }), MARGIN.left, y, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.fillColor('black');
  });
}

/** A point of a list, its lines hanging clear of the bullet. */
function bullet(flow: Flow, text: string) {
  const size = 10.3;
  flow.paragraph(text, {
    size,
    indent: 14,
    marker: (y) =>
      artifact(flow.doc, () => {
        flow.doc
          .circle(flow.left + 5, y + size * 0.62, 1.8)
          .fillColor(MUTED)
          .fill();
        flow.doc.fillColor('black');
      }),
  });
}

/** The facilitator's guide on paper: the same chapters as the guide screen, each chapter on a new page. */
export async function renderGuide(language: 'sv' | 'en', paper: Paper, fontsDir: string): Promise<Buffer> {
  const guide = guideIn(language);
  const doc = createDocument({
    fontsDir,
    paper,
    title: guide.title,
    author: 'Samsyn',
    subject: guide.title,
    language,
    margins: MARGIN,
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const flow = new Flow(doc, root, MARGIN.left, doc.page.width - MARGIN.left - MARGIN.right, language);
  doc.y = MARGIN.top + 40;
  flow.heading(guide.title, 'H1', 26);
  flow.gap(6);
  flow.paragraph(guide.intro, { size: 12 });
  flow.gap(10);
  guide.chapters.forEach((chapter, n) => {
    flow.paragraph(`${n + 1}. ${chapter.title}`, { font: FONT.sans, size: 11, color: MUTED });
  });
  for (const [n, chapter] of guide.chapters.entries()) {
    doc.addPage();
    doc.y = MARGIN.top;
    flow.heading(`${n + 1}. ${chapter.title}`, 'H1', 21);
    flow.paragraph(chapter.lead, { font: FONT.italic, size: 11.5, color: MUTED });
    flow.gap(6);
    for (const section of chapter.sections) {
      flow.heading(section.title, 'H2', 13.5);
      for (const paragraph of section.paragraphs) flow.paragraph(paragraph, { size: 10.8 });
      if (section.consider?.length) {
        flow.heading(guide.considerLabel, 'H3', 10, 2 * 16);
        for (const point of section.consider) bullet(flow, point);
      }
      flow.gap(8);
    }
  }
  root.end();
  footers(doc, language);
  return finish(doc);
}
