import type { MeetingDetail } from '../../shared/meetingTypes';
import type { Addendum } from '../repos/signing';
import { artifact, createDocument, everyPageFoot, finish, FONT, rule, type Paper } from './document';
import { Flow } from './flow';
import { fill, formatDate, PDF_LABELS, type PdfLabels } from './labels';

export type MinutesStyle = 'notes' | 'formal';

export interface MinutesInput {
  orgName: string;
  language: 'sv' | 'en';
  style: MinutesStyle;
  paper: Paper;
  detail: MeetingDetail;
  addenda: Addendum[];
  adoptedAgreement: { title: string; number: number } | null;
}

const MARGIN = { top: 62, bottom: 70, left: 62, right: 62 };

/** The case in one line: the first sentence of its post or situation. */
function summary(text: { post?: { text: string }; situation?: string } | undefined): string {
  const source = (text?.post?.text ?? text?.situation ?? '').replace(/\s+/g, ' ').trim();
  const sentence = source.match(/^.+?[.!?](\s|$)/)?.[0]?.trim() ?? source;
  return sentence.length > 160 ? `${sentence.slice(0, 157).trimEnd()}…` : sentence;
}

function header(flow: Flow, input: MinutesInput, l: PdfLabels) {
  const { meeting } = input.detail;
  flow.paragraph(input.orgName.toLocaleUpperCase(input.language), { font: FONT.sansBold, size: 9, color: '#3d4448' });
  flow.heading(`${input.style === 'formal' ? l.formal : l.notes}: ${meeting.title}`, 'H1', 19);
  flow.field(l.date, formatDate(meeting.date, input.language));
  flow.field(
    l.time,
    meeting.startTime ? `${meeting.startTime} (${meeting.durationMinutes} min)` : `${meeting.durationMinutes} min`,
  );
  flow.field(l.place, meeting.place);
  flow.field(l.purpose, meeting.purpose);
  flow.gap(6);
}

function people(flow: Flow, input: MinutesInput, l: PdfLabels) {
  const { meeting, participants } = input.detail;
  const named = (p: { name: string; role: string }) => (p.role ? `${p.name} (${p.role})` : p.name);
  const present = participants.filter((p) => p.present === true).map(named);
  const absent = participants.filter((p) => p.present === false).map(named);
  if (participants.length && participants.every((p) => p.present === null))
    flow.paragraph(l.attendanceNotTaken, { font: FONT.italic });
  flow.field(l.present, present.join(', '));
  flow.field(l.absent, absent.join(', '));
  flow.field(input.style === 'formal' ? l.chair : l.facilitator, meeting.facilitator);
  flow.field(l.noteTaker, meeting.noteTaker);
  flow.field(l.adjusters, meeting.adjusters.join(', '));
  flow.gap(8);
}

function items(flow: Flow, input: MinutesInput, l: PdfLabels) {
  input.detail.items.forEach((item, index) => {
    const text = item.caseText[input.language] ?? item.caseText.sv ?? item.caseText.en;
    const title = text?.title ?? item.caseKey;
    flow.heading(
      input.style === 'formal' ? `${fill(l.item, { n: index + 1 })}  ${title}` : `${index + 1}. ${title}`,
      'H2',
      13,
    );
    flow.paragraph(summary(text), { font: FONT.italic, size: 10, color: '#3d4448' });
    const { agree, disagree, unsure } = item.poll;
    const discussed = item.stance !== null || item.consensusNotes.trim() || agree !== null;
    if (!discussed) flow.paragraph(l.notDiscussed, { font: FONT.italic });
    if (item.stance) flow.field(l.stance, l.stances[item.stance]);
    if (agree !== null || disagree !== null || unsure !== null) {
      flow.field(l.poll, fill(l.pollText, { agree: agree ?? 0, disagree: disagree ?? 0, unsure: unsure ?? 0 }));
    }
    if (item.consensusNotes.trim()) flow.field(l.consensus, item.consensusNotes);
    if (item.dissent.trim()) flow.field(l.dissent, item.dissent);
    if (item.proposedPoint.trim()) flow.field(l.proposedPoint, item.proposedPoint);
    flow.gap(6);
  });
}

function actionsAndAgreement(flow: Flow, input: MinutesInput, l: PdfLabels) {
  flow.heading(l.actions, 'H2', 13);
  const actions = input.detail.actions;
  if (actions.length === 0) flow.paragraph(l.noActions, { font: FONT.italic });
  else {
    flow.table(
      [
        { title: l.what, width: flow.width * 0.56 },
        { title: l.who, width: flow.width * 0.24 },
        { title: l.due, width: flow.width * 0.2 },
      ],
      actions.map((a) => [a.what, a.who, formatDate(a.dueDate, input.language)]),
    );
  }
  if (input.adoptedAgreement) {
    flow.paragraph(fill(l.agreementAdopted, { title: input.adoptedAgreement.title, n: input.adoptedAgreement.number }));
  }
}

function signatures(flow: Flow, input: MinutesInput, l: PdfLabels) {
  const { meeting } = input.detail;
  const signers = [
    { name: meeting.facilitator, role: l.chair },
    { name: meeting.noteTaker, role: l.noteTaker },
    ...meeting.adjusters.map((name) => ({ name, role: l.adjuster })),
  ];
  const doc = flow.doc;
  const boxHeight = 96;
  const rows = Math.ceil(signers.length / 2);
  flow.gap(10);
  flow.heading(l.signatures, 'H2', 13, Math.min(rows, 2) * boxHeight);
  const columnWidth = (flow.width - 30) / 2;
  for (let r = 0; r < rows; r++) {
    flow.ensure(boxHeight);
    const top = doc.y;
    for (let c = 0; c < 2; c++) {
      const signer = signers[r * 2 + c];
      if (!signer) continue;
      const x = flow.left + c * (columnWidth + 30);
      artifact(doc, () => {
        rule(doc, x, top + 34, columnWidth, 0.7, '#333');
        rule(doc, x, top + 80, columnWidth, 0.5, '#777');
      });
      flow.root.add(
        doc.struct('P', {}, () => {
          doc
            .font(FONT.sans)
            .fontSize(8.5)
            .fillColor('#3d4448')
            .text(l.signature, x, top + 37, { width: columnWidth });
          doc
            .font(FONT.body)
            .fontSize(10.5)
            .fillColor('black')
            .text(`${signer.name || '                    '}, ${signer.role}`, x, top + 48, { width: columnWidth });
          doc
            .font(FONT.sans)
            .fontSize(8.5)
            .fillColor('#3d4448')
            .text(l.placeDate, x, top + 83, { width: columnWidth });
        }),
      );
    }
    doc.fillColor('black');
    doc.y = top + boxHeight + 8;
  }
  if (meeting.signedAt && meeting.signedBy) {
    flow.paragraph(fill(l.signedBy, { name: meeting.signedBy, date: formatDate(meeting.signedAt, input.language) }), {
      font: FONT.italic,
    });
  }
}

function addenda(flow: Flow, input: MinutesInput, l: PdfLabels) {
  if (input.addenda.length === 0) return;
  flow.gap(8);
  flow.heading(l.addenda, 'H2', 13);
  for (const a of input.addenda) {
    flow.heading(fill(l.addendum, { date: formatDate(a.createdAt, input.language) }), 'H3', 11);
    flow.paragraph(a.text);
  }
}

function footers(doc: PDFKit.PDFDocument, input: MinutesInput, l: PdfLabels) {
  everyPageFoot(doc, ({ number, count }) => {
    const y = doc.page.height - 46;
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    rule(doc, MARGIN.left, y - 6, width, 0.5, '#9aa0a4');
    doc.font(FONT.sans).fontSize(8).fillColor('#3d4448');
    doc.text(`${input.orgName} · ${input.detail.meeting.title}`, MARGIN.left, y, {
      width: width * 0.75,
      lineBreak: false,
      ellipsis: true,
    });
    doc.text(fill(l.page, { n: number, total: count }), MARGIN.left, y, {
      width,
      align: 'right',
      lineBreak: false,
    });
    if (input.detail.meeting.fingerprint) {
      doc
        .font(FONT.sans)
        .fontSize(6.5)
        .text(fill(l.fingerprint, { hash: input.detail.meeting.fingerprint }), MARGIN.left, y + 12, {
          width,
          lineBreak: false,
        });
    }
    doc.fillColor('black');
  });
}

/** Minutes or meeting notes of one meeting: every page numbered, signed ones fingerprinted on every page. */
export async function renderMinutes(input: MinutesInput, fontsDir: string): Promise<Buffer> {
  const l = PDF_LABELS[input.language];
  const doc = createDocument({
    fontsDir,
    paper: input.paper,
    title: `${input.style === 'formal' ? l.formal : l.notes}: ${input.detail.meeting.title}`,
    author: input.orgName,
    subject: formatDate(input.detail.meeting.date, input.language),
    language: input.language,
    margins: MARGIN,
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  const flow = new Flow(doc, root, MARGIN.left, doc.page.width - MARGIN.left - MARGIN.right, input.language);
  doc.y = MARGIN.top;
  header(flow, input, l);
  people(flow, input, l);
  items(flow, input, l);
  actionsAndAgreement(flow, input, l);
  if (input.style === 'formal') signatures(flow, input, l);
  addenda(flow, input, l);
  root.end();
  footers(doc, input, l);
  return finish(doc);
}
