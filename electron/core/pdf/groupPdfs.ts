import type { ChannelPlan, Comparison } from '../../shared/groupTypes';
import { createDocument, everyPageFoot, finish, FONT, type Paper } from './document';
import { Flow } from './flow';
import { fill, formatDate, GROUP_LABELS, PDF_LABELS } from './labels';

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

/** Per case, every group's stance, show of hands, proposed point and notes. */
export async function renderSummary(comparison: Comparison, common: Common): Promise<Buffer> {
  const g = GROUP_LABELS[common.language];
  const l = PDF_LABELS[common.language];
  const { doc, root, flow } = start(common, g.summaryTitle);
  flow.paragraph(fill(g.summaryLead, { groups: comparison.groups.length, cases: comparison.rows.length }), {
    font: FONT.italic,
  });
  comparison.rows.forEach((row, index) => {
    flow.heading(`${index + 1}. ${row.title}`, 'H2', 13);
    row.cells.forEach((cell, i) => {
      const group = comparison.groups[i]!;
      flow.heading(group.label, 'H3', 10.5, 32);
      if (!cell) {
        flow.paragraph(g.notDiscussed, { font: FONT.italic, size: 10 });
        return;
      }
      if (cell.stance) flow.field(l.stance, l.stances[cell.stance], 10);
      if (cell.poll) flow.field(l.poll, fill(l.pollText, cell.poll), 10);
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
  const w = flow.width;
  flow.table(
    [
      { title: g.name, width: w * 0.16 },
      { title: g.platform, width: w * 0.11 },
      { title: g.purpose, width: w * 0.22 },
      { title: g.responsible, width: w * 0.13 },
      { title: g.responseTime, width: w * 0.12 },
      { title: g.reviewDate, width: w * 0.13 },
      { title: g.status, width: w * 0.13 },
    ],
    plans.map((p) => [
      p.address ? `${p.name}\n${p.address}` : p.name,
      p.platform,
      p.purpose,
      p.responsible,
      p.responseTime,
      formatDate(p.reviewDate, common.language),
      g.statuses[p.status],
    ]),
    9,
  );
  root.end();
  pageNumbers(doc, common, g.registerTitle);
  return finish(doc);
}
