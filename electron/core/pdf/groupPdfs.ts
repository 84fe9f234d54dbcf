import type { ChannelPlan, Comparison } from '../../shared/groupTypes';
import { createDocument, everyPageFoot, finish, FONT, type Paper } from './document';
import { Flow } from './flow';
import { fill, formatDate, GROUP_LABELS, PDF_LABELS, pollWords } from './labels';

interface Common {
  orgName: string;
  language: 'sv' | 'en';
  paper: Paper;
  fontsDir: string;
}

const MARGIN = { top: 58, bottom: 64, left: 58, right: 58 };

function start(common: Common, title: string, landscape = false) {
  const doc = createDocument({
    fontsDir: common.fontsDir,
    paper: common.paper,
    title,
    author: common.orgName,
    subject: title,
    language: common.language,
    margins: MARGIN,
    ...(landscape ? { layout: 'landscape' as const } : {}),
  });
  const root = doc.struct('Document');
  doc.addStructure(root);
  doc.y = MARGIN.top;
  const flow = new Flow(doc, root, MARGIN.left, doc.page.width - MARGIN.left - MARGIN.right, common.language);
  flow.paragraph(common.orgName.toLocaleUpperCase(common.language), { font: FONT.sansBold, size: 9, color: '#3d4448' });
  flow.heading(title, 'H1', 19);
  return { doc, root, flow };
}

function pageNumbers(doc: PDFKit.PDFDocument, common: Common, title: string) {
  everyPageFoot(doc, ({ number, count }) => {
    const width = doc.page.width - MARGIN.left - MARGIN.right;
    doc.font(FONT.sans).fontSize(8).fillColor('#3d4448');
    doc.text(`${common.orgName} · ${title}`, MARGIN.left, doc.page.height - 40, {
      width: width * 0.7,
      lineBreak: false,
    });
    doc.text(fill(PDF_LABELS[common.language].page, { n: number, total: count }), MARGIN.left, doc.page.height - 40, {
      width,
      align: 'right',
      lineBreak: false,
    });
    doc.fillColor('black');
  });
}

/** A group by what tells it apart: unit, date and meeting title. */
function groupName(group: Comparison['groups'][number], language: 'sv' | 'en'): string {
  return [group.unit, formatDate(group.date, language), group.title].filter(Boolean).join(', ');
}

/** Page 1: a case × group grid, stance and votes in each cell, the most divided cases first. */
function overview(flow: Flow, comparison: Comparison, common: Common) {
  const g = GROUP_LABELS[common.language];
  const l = PDF_LABELS[common.language];
  comparison.groups.forEach((group, i) =>
    flow.field(fill(g.groupN, { n: i + 1 }), groupName(group, common.language), 9.5),
  );
  flow.gap(4);
  const caseWidth = Math.max(flow.width * 0.3, flow.width - comparison.groups.length * 92);
  const groupWidth = (flow.width - caseWidth) / Math.max(1, comparison.groups.length);
  flow.table(
    [
      { title: g.case, width: caseWidth },
      ...comparison.groups.map((_, i) => ({ title: fill(g.groupN, { n: i + 1 }), width: groupWidth })),
    ],
    comparison.rows.map((row) => [
      row.title,
      ...row.cells.map((cell) =>
        cell
          ? [
              cell.stance ? l.stances[cell.stance] : g.noStance,
              cell.poll ? `${cell.poll.agree}–${cell.poll.disagree}–${cell.poll.unsure}` : '',
            ]
              .filter(Boolean)
              .join('\n')
          : g.notDiscussedShort,
      ),
    ]),
    9,
  );
  flow.paragraph(g.votesKey, { font: FONT.italic, size: 8.5, color: '#3d4448' });
}

/** The grid first, then each case's text once and each group's notes under it. */
export async function renderSummary(comparison: Comparison, common: Common): Promise<Buffer> {
  const g = GROUP_LABELS[common.language];
  const l = PDF_LABELS[common.language];
  const { doc, root, flow } = start(common, g.summaryTitle, comparison.groups.length > 4);
  flow.paragraph(fill(g.summaryLead, { groups: comparison.groups.length, cases: comparison.rows.length }), {
    font: FONT.italic,
  });
  overview(flow, comparison, common);
  comparison.rows.forEach((row, index) => {
    if (index === 0) doc.addPage();
    flow.heading(`${index + 1}. ${row.title}`, 'H2', 13);
    if (row.summary) flow.paragraph(row.summary, { font: FONT.italic, size: 10, color: '#3d4448' });
    row.cells.forEach((cell, i) => {
      flow.heading(
        `${fill(g.groupN, { n: i + 1 })}: ${groupName(comparison.groups[i]!, common.language)}`,
        'H3',
        10.5,
        32,
      );
      if (!cell) {
        flow.paragraph(g.notDiscussed, { font: FONT.italic, size: 10 });
        return;
      }
      const position = [
        cell.stance ? `${l.stance}: ${l.stances[cell.stance]}` : '',
        cell.poll ? `${l.poll}: ${pollWords(l, cell.poll)}` : '',
      ].filter(Boolean);
      if (position.length) flow.paragraph(position.join(' · '), { size: 10 });
      flow.field(l.consensus, cell.consensusNotes, 10);
      flow.field(l.dissent, cell.dissent, 10);
      flow.field(l.proposedPoint, cell.proposedPoint, 10);
    });
    flow.gap(8);
  });
  root.end();
  pageNumbers(doc, common, g.summaryTitle);
  return finish(doc);
}

const PLAN_FIELDS = [
  'platform',
  'address',
  'purpose',
  'audience',
  'responsible',
  'answeredBy',
  'responseTime',
  'moderation',
  'archiving',
] as const;

/** One channel plan on one page. */
export async function renderPlan(plan: ChannelPlan, common: Common): Promise<Buffer> {
  const g = GROUP_LABELS[common.language];
  const title = fill(g.planTitle, { name: plan.name });
  const { doc, root, flow } = start(common, title);
  flow.field(g.status, g.statuses[plan.status]);
  flow.field(g.startDate, formatDate(plan.startDate, common.language));
  flow.field(g.reviewDate, formatDate(plan.reviewDate, common.language));
  flow.gap(6);
  for (const key of PLAN_FIELDS) {
    if (!plan[key].trim()) continue;
    flow.heading(g[key], 'H2', 11.5, 20);
    flow.paragraph(plan[key]);
  }
  root.end();
  pageNumbers(doc, common, title);
  return finish(doc);
}

/** All the organisation's channels as a table, on landscape pages. */
export async function renderRegister(plans: ChannelPlan[], common: Common, today: string): Promise<Buffer> {
  const g = GROUP_LABELS[common.language];
  const { doc, root, flow } = start(common, g.registerTitle, true);
  flow.paragraph(fill(g.registerLead, { n: plans.length, date: formatDate(today, common.language) }), {
    font: FONT.italic,
    size: 10,
  });
  if (plans.length === 0) {
    flow.paragraph(g.registerEmpty);
    root.end();
    pageNumbers(doc, common, g.registerTitle);
    return finish(doc);
  }
  const overdue = (p: ChannelPlan) => p.status !== 'closed' && p.reviewDate !== null && p.reviewDate < today;
  if (plans.some(overdue)) flow.paragraph(g.overdueLead, { size: 10 });
  const w = flow.width;
  flow.table(
    [
      { title: g.name, width: w * 0.2 },
      { title: g.platform, width: w * 0.11 },
      { title: g.purpose, width: w * 0.21 },
      { title: g.responsible, width: w * 0.12 },
      { title: g.responseTime, width: w * 0.1 },
      { title: g.reviewDate, width: w * 0.14 },
      { title: g.status, width: w * 0.12 },
    ],
    plans.map((p) => [
      p.address ? `${p.name}\n${p.address}` : p.name,
      p.platform,
      p.purpose,
      p.responsible,
      p.responseTime,
      overdue(p)
        ? `${formatDate(p.reviewDate, common.language)}\n${g.overdue}`
        : formatDate(p.reviewDate, common.language),
      g.statuses[p.status],
    ]),
    9,
  );
  root.end();
  pageNumbers(doc, common, g.registerTitle);
  return finish(doc);
}
