import { caseSummary } from '../../shared/caseSchema';
import type { MeetingDetail } from '../../shared/meetingTypes';
import type { Meeting } from '../../shared/types';
import type { Addendum } from '../repos/signing';
import { discussed } from '../../shared/discussed';
import { createDocument, finish, FONT, type Paper } from './document';
import { Flow } from './flow';
import { fill, formatDate, PDF_LABELS, pollWords, type PdfLabels } from './labels';
import { MINUTES_MARGIN, minutesFooters, signatureBlock, signatureHeight } from './minutesParts';

export type MinutesStyle = 'notes' | 'formal';

export interface MinutesInput {
  orgName: string;
  language: 'sv' | 'en';
  style: MinutesStyle;
  paper: Paper;
  detail: MeetingDetail;
  addenda: Addendum[];
  adoptedAgreement: { title: string; number: number } | null;
  /** the meeting's number among the workbook's meetings of its year */
  protocolNumber: number;
}

const MARGIN = MINUTES_MARGIN;

function endTime(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number);
  const total = (h! * 60 + m! + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function header(flow: Flow, input: MinutesInput, l: PdfLabels) {
  const { meeting, participants } = input.detail;
  const formal = input.style === 'formal';
  flow.paragraph(input.orgName.toLocaleUpperCase(input.language), { font: FONT.sansBold, size: 9, color: '#3d4448' });
  const year = meeting.date.slice(0, 4);
  flow.heading(
    formal ? fill(l.protocolNumber, { n: input.protocolNumber, year }) : `${l.notes}: ${meeting.title}`,
    'H1',
    19,
  );
  const dot = (time: string) => (input.language === 'sv' ? time.replace(':', '.') : time);
  const time = meeting.startTime
    ? fill(l.timeRange, {
        start: dot(meeting.startTime),
        end: dot(endTime(meeting.startTime, meeting.durationMinutes)),
      })
    : `${meeting.durationMinutes} min`;
  const named = (p: { name: string; role: string }) => (p.role ? `${p.name} (${p.role})` : p.name);
  const present = participants.filter((p) => p.present === true).map(named);
  const absent = participants.filter((p) => p.present === false).map(named);
  flow.grid([
    [l.meeting, formal ? meeting.title : ''],
    [l.date, formatDate(meeting.date, input.language)],
    [l.time, time],
    [l.place, meeting.place],
    [l.purpose, meeting.purpose],
    [l.present, present.join(', ')],
    [l.absent, absent.join(', ')],
    [formal ? l.chair : l.facilitator, meeting.facilitator],
    [formal ? l.noteTaker : l.notesTaker, meeting.noteTaker],
    [l.adjusters, formal ? meeting.adjusters.join(', ') : ''],
  ]);
  if (participants.length && participants.every((p) => p.present === null))
    flow.paragraph(l.attendanceNotTaken, { font: FONT.italic, size: 10 });
  flow.gap(10);
}

/** Numbers the §§ of formal minutes in order, procedural ones included. */
class Paragraphs {
  private n = 0;
  constructor(
    private readonly flow: Flow,
    private readonly input: MinutesInput,
    private readonly l: PdfLabels,
  ) {}

  heading(title: string, followedBy?: number) {
    this.n += 1;
    const text =
      this.input.style === 'formal' ? `${fill(this.l.item, { n: this.n })}  ${title}` : `${this.n}. ${title}`;
    this.flow.heading(text, 'H2', 13, followedBy);
  }

  procedural(title: string, text: string, followedBy?: number) {
    this.heading(title, followedBy);
    this.flow.paragraph(text);
    this.flow.gap(4);
  }
}

function items(flow: Flow, input: MinutesInput, l: PdfLabels, paragraphs: Paragraphs) {
  const formal = input.style === 'formal';
  for (const item of input.detail.items) {
    const text = item.caseText[input.language] ?? item.caseText.sv ?? item.caseText.en;
    paragraphs.heading(text?.title ?? item.caseKey);
    flow.paragraph(caseSummary(text), { font: FONT.italic, size: 10, color: '#3d4448' });
    if (!discussed(item)) {
      flow.paragraph(l.notDiscussed, { font: FONT.italic });
      flow.gap(6);
      continue;
    }
    if (item.stance) flow.field(l.stance, l.stances[item.stance]);
    if (item.poll.agree !== null) flow.field(l.poll, pollWords(l, item.poll));
    flow.field(l.consensus, item.consensusNotes);
    flow.field(formal ? l.reservation : l.dissent, item.dissent);
    const point = item.proposedPoint.trim();
    if (formal) flow.paragraph(point ? fill(l.decided, { point }) : l.decidedNoPoint, { font: FONT.bold });
    else if (point) flow.field(l.proposedPoint, point);
    flow.gap(6);
  }
}

function actions(flow: Flow, input: MinutesInput, l: PdfLabels) {
  flow.heading(l.actions, 'H2', 13);
  const list = input.detail.actions;
  if (list.length === 0) {
    flow.paragraph(l.noActions, { font: FONT.italic });
    return;
  }
  flow.table(
    [
      { title: l.what, width: flow.width * 0.56 },
      { title: l.who, width: flow.width * 0.24 },
      { title: l.due, width: flow.width * 0.2, nowrap: true },
    ],
    list.map((a) => [a.what, a.who, formatDate(a.dueDate, input.language)]),
  );
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

/** The procedural §§ before the cases, in order, each with its title and sentence; none when switched off. */
function openingParagraphs(meeting: Meeting, l: PdfLabels, language: 'sv' | 'en'): [string, string][] {
  const p = meeting.procedure;
  if (!p.included) return [];
  const names = meeting.adjusters.join(language === 'sv' ? ' och ' : ' and ');
  return [
    [l.opening, p.opening || l.openingText] as [string, string],
    ...(meeting.adjusters.length || p.adjusters
      ? [[l.adjusterElection, p.adjusters || fill(l.adjusterElectionText, { names })] as [string, string]]
      : []),
    [l.agendaApproval, p.agenda || l.agendaApprovalText] as [string, string],
  ];
}

/** The § of formal minutes that records the adoption: after the procedural §§ and one § per case. */
export function adoptionParagraph(detail: MeetingDetail, language: 'sv' | 'en'): number {
  return openingParagraphs(detail.meeting, PDF_LABELS[language], language).length + detail.items.length + 1;
}

function body(flow: Flow, input: MinutesInput, l: PdfLabels) {
  const { meeting } = input.detail;
  const formal = input.style === 'formal';
  const paragraphs = new Paragraphs(flow, input, l);
  if (formal)
    for (const [title, text] of openingParagraphs(meeting, l, input.language)) paragraphs.procedural(title, text);
  items(flow, input, l, paragraphs);
  if (input.adoptedAgreement) {
    const values = { title: input.adoptedAgreement.title, n: input.adoptedAgreement.number };
    if (formal) paragraphs.procedural(l.adoption, fill(l.adoptionText, values));
    else flow.paragraph(fill(l.agreementAdopted, values));
  }
  actions(flow, input, l);
  if (formal) {
    flow.gap(6);
    if (meeting.procedure.included)
      paragraphs.procedural(l.closing, meeting.procedure.closing || l.closingText, 60 + signatureHeight(meeting, l));
    signatureBlock(flow, meeting, l);
  }
  if (meeting.signedAt && meeting.signedBy) {
    flow.paragraph(fill(l.lockedIn, { name: meeting.signedBy, date: formatDate(meeting.signedAt, input.language) }), {
      font: FONT.italic,
      size: 9,
      color: '#3d4448',
    });
  }
  addenda(flow, input, l);
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
  body(flow, input, l);
  root.end();
  minutesFooters(doc, { orgName: input.orgName, meeting: input.detail.meeting, formal: input.style === 'formal' }, l);
  return finish(doc);
}
