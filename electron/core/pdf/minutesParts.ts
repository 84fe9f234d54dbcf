import type { Meeting } from '../../shared/types';
import { artifact, everyPageFoot, FONT, rule } from './document';
import type { Flow } from './flow';
import { fill, type PdfLabels } from './labels';

export const MINUTES_MARGIN = { top: 62, bottom: 84, left: 62, right: 62 };

const SIGNER_HEIGHT = 100;
const GROUP_HEADING = 22;

interface Signer {
  name: string;
  role: string;
}

/** Who signs: the secretary "at the minutes", the chair and the verifiers under "Justeras". */
function signerGroups(meeting: Meeting, l: PdfLabels): { title: string; signers: Signer[] }[] {
  return [
    { title: l.atMinutes, signers: [{ name: meeting.noteTaker, role: l.noteTaker }] },
    {
      title: l.adjusted,
      signers: [
        { name: meeting.facilitator, role: l.chair },
        ...meeting.adjusters.map((name) => ({ name, role: l.adjuster })),
      ],
    },
  ];
}

/** The height the signature block needs, so the last § can be kept on its page. */
export function signatureHeight(meeting: Meeting, l: PdfLabels): number {
  return signerGroups(meeting, l).reduce(
    (sum, g) => sum + GROUP_HEADING + Math.ceil(g.signers.length / 2) * SIGNER_HEIGHT,
    10,
  );
}

/** Signature lines with place and date, and the name in print under each. */
export function signatureBlock(flow: Flow, meeting: Meeting, l: PdfLabels): void {
  const doc = flow.doc;
  flow.ensure(signatureHeight(meeting, l));
  flow.gap(10);
  const columnWidth = (flow.width - 30) / 2;
  let top = doc.y;
  for (const group of signerGroups(meeting, l)) {
    const headingTop = top;
    flow.root.add(
      doc.struct('H3', {}, () => void doc.font(FONT.sansBold).fontSize(10.5).text(group.title, flow.left, headingTop)),
    );
    top += GROUP_HEADING;
    group.signers.forEach((signer, index) => {
      const y = top + Math.floor(index / 2) * SIGNER_HEIGHT;
      const x = flow.left + (index % 2) * (columnWidth + 30);
      artifact(doc, () => {
        for (const lineY of [y + 24, y + 64]) rule(doc, x, lineY, columnWidth, 0.6, '#555');
      });
      flow.root.add(
        doc.struct('P', {}, () => {
          doc
            .font(FONT.sans)
            .fontSize(8)
            .fillColor('#3d4448')
            .text(l.placeDate, x, y + 27, { width: columnWidth });
          doc
            .font(FONT.body)
            .fontSize(10.5)
            .fillColor('black')
            .text(signer.name || ' ', x, y + 67, { width: columnWidth, lineBreak: false, ellipsis: true });
          doc
            .font(FONT.sans)
            .fontSize(8)
            .fillColor('#3d4448')
            .text(`${l.printedName}, ${signer.role.toLocaleLowerCase()}`, x, y + 81, {
              width: columnWidth,
            });
          doc.fillColor('black');
        }),
      );
    });
    top += Math.ceil(group.signers.length / 2) * SIGNER_HEIGHT;
  }
  doc.y = top;
}

/** Every page: title, "page X of Y", the fingerprint of signed minutes, and in formal minutes the initials box. */
export function minutesFooters(
  doc: PDFKit.PDFDocument,
  options: { orgName: string; meeting: Meeting; formal: boolean },
  l: PdfLabels,
): void {
  const m = MINUTES_MARGIN;
  everyPageFoot(doc, ({ number, count }) => {
    const y = doc.page.height - 58;
    const width = doc.page.width - m.left - m.right;
    const box = { w: 118, h: 34 };
    rule(doc, m.left, y - 6, width, 0.5, '#9aa0a4');
    doc.font(FONT.sans).fontSize(8).fillColor('#3d4448');
    const textWidth = options.formal ? width - box.w - 12 : width;
    doc.text(`${options.orgName} · ${options.meeting.title}`, m.left, y, {
      width: textWidth * 0.7,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(fill(l.page, { n: number, total: count }), m.left, y, {
      width: textWidth,
      align: 'right',
      lineBreak: false,
    });
    if (options.meeting.fingerprint) {
      doc.fontSize(6.5).text(fill(l.fingerprint, { hash: options.meeting.fingerprint }), m.left, y + 13, {
        width: textWidth,
        lineBreak: false,
      });
    }
    if (options.formal) {
      const bx = doc.page.width - m.right - box.w;
      doc.rect(bx, y, box.w, box.h).lineWidth(0.6).strokeColor('#555').stroke();
      doc.fontSize(6.5).text(l.initials, bx + 4, y + 3, { width: box.w - 8, lineBreak: false });
    }
    doc.fillColor('black');
  });
}
