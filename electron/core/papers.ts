import { closeSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PaperRequest, PdfDocument } from '../shared/paperTypes';
import type { AgreementVersion } from '../shared/types';
import { AppError } from './errors';
import { meetingDetail } from './read/meetingDetail';
import { missingGlyphs, type Paper } from './pdf/document';
import { FILE_NAME_WORDS } from './pdf/labels';
import { adoptionParagraph, renderMinutes, type MinutesStyle } from './pdf/minutes';
import { fitPolicy, renderPolicy, type PolicyContent } from './pdf/policy';
import { renderPlan, renderRegister, renderSummary } from './pdf/groupPdfs';
import { buildComparison } from './groups/compare';
import * as repo from './repos';
import type { ReadDb } from './db/handles';
import type { Library } from './library';
import { renderGuidePaper, renderMaterialPaper } from './material';

/** The draft or an adopted version; reading the draft never creates it. */
export function agreementVersion(db: ReadDb, version: number | 'draft'): AgreementVersion {
  if (version === 'draft') return repo.peekDraft(db);
  const found = repo.listAdoptedVersions(db).find((v) => v.number === version);
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

export function policyContent(db: ReadDb, version: AgreementVersion): PolicyContent {
  const row = repo.getWorkbookRow(db);
  const meeting = version.meetingId === null ? null : meetingDetail(db, version.meetingId);
  return {
    adoptedBy: meeting ? { forum: meeting.meeting.title, paragraph: adoptionParagraph(meeting, row.language) } : null,
    orgName: row.orgName,
    title: version.title,
    intro: version.intro,
    points: version.points.map((p) => p.text),
    version: version.number,
    adoptedAt: version.adoptedAt,
    reviewDate: version.reviewDate,
    contact: version.contact,
    language: row.language,
  };
}

export function measureDraft(db: ReadDb, paper: Paper, fontsDir: string) {
  const draft = agreementVersion(db, 'draft');
  const fit = fitPolicy(policyContent(db, draft), paper, fontsDir);
  const { longestPoints, ...rest } = fit;
  return { ...rest, longestPointIds: longestPoints.map((i) => draft.points[i]!.id) };
}

/** The meeting's place among the workbook's meetings of the same year, by date. */
function protocolNumber(db: ReadDb, meeting: { id: number; date: string }): number {
  const year = meeting.date.slice(0, 4);
  return (
    repo
      .listMeetings(db)
      .filter((m) => m.date.slice(0, 4) === year)
      .filter((m) => m.date < meeting.date || (m.date === meeting.date && m.id <= meeting.id)).length || 1
  );
}

function countPages(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type \/Page[^s]/g) ?? []).length;
}

function fileSafe(text: string): string {
  return (
    text
      .replace(/[\\/:*?"<>|]+/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || 'Samsyn'
  );
}

const noLibrary = (): Library => {
  throw new Error('renderPaper: a material from the library needs the library');
};

export async function renderPaper(
  db: ReadDb,
  request: PaperRequest,
  fontsDir: string,
  library?: () => Library,
): Promise<{ bytes: Buffer; fileName: string }> {
  if (request.kind === 'material') return renderMaterialPaper(db, request, fontsDir, library ?? noLibrary);
  if (request.kind === 'guide') return renderGuidePaper(request, fontsDir);
  const row = repo.getWorkbookRow(db);
  const common = { orgName: row.orgName, language: row.language, paper: request.paper, fontsDir };
  const words = FILE_NAME_WORDS[row.language];
  if (request.kind === 'summary') {
    const bytes = await renderSummary(buildComparison(db, row.language), common);
    return { bytes, fileName: `${words.summary} ${fileSafe(row.orgName)}.pdf` };
  }
  if (request.kind === 'plan') {
    const plan = repo.getChannelPlan(db, request.planId);
    return {
      bytes: await renderPlan(plan, common),
      fileName: `${words.plan} ${fileSafe(plan.name)}.pdf`,
    };
  }
  if (request.kind === 'register') {
    const today = new Date().toISOString().slice(0, 10);
    return {
      bytes: await renderRegister(repo.listChannelPlans(db), common, today),
      fileName: `${words.register} ${fileSafe(row.orgName)}.pdf`,
    };
  }
  if (request.kind === 'policy') {
    const version = agreementVersion(db, request.version);
    const bytes = await renderPolicy(policyContent(db, version), request.paper, fontsDir);
    const label = version.number === null ? words.draft : `v${version.number}`;
    return { bytes, fileName: `${fileSafe(version.title || row.orgName)} ${label}.pdf` };
  }
  const detail = meetingDetail(db, request.meetingId);
  const adopted = repo
    .listAdoptedVersions(db)
    .filter((v) => v.meetingId === request.meetingId)
    .at(-1);
  const bytes = await renderMinutes(
    {
      orgName: row.orgName,
      language: row.language,
      style: request.style as MinutesStyle,
      paper: request.paper,
      detail,
      addenda: repo.listAddenda(db, request.meetingId),
      adoptedAgreement: adopted ? { title: adopted.title, number: adopted.number! } : null,
      protocolNumber: protocolNumber(db, detail.meeting),
    },
    fontsDir,
  );
  return {
    bytes,
    fileName: `${words[request.style === 'formal' ? 'formal' : 'notes']} ${detail.meeting.date} ${fileSafe(detail.meeting.title)}.pdf`,
  };
}

const SAVE_REASONS: Record<string, string> = {
  ENOSPC: 'disk-full',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
  ENOENT: 'no-folder',
  ENOTDIR: 'no-folder',
  EISDIR: 'is-folder',
};

/**
 * Writes a paper's PDF to `path`: whole into a new file of its own beside it first, then
 * renamed into place, so a failed write leaves an earlier file of that name as it was,
 * and removes only what it made. Returns the full path written.
 */
export function savePaper(path: string, bytes: Uint8Array): string {
  const target = resolve(path);
  const temp = `${target}.${process.pid}.partial`;
  let fd: number | undefined;
  let made = false;
  try {
    fd = openSync(temp, 'wx');
    made = true;
    writeFileSync(fd, bytes);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    if (made) rmSync(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new AppError('PAPER_NOT_SAVED', { reason: SAVE_REASONS[code] ?? 'io' });
  }
  return target;
}

export function paperDocument({ bytes, fileName }: { bytes: Buffer; fileName: string }): PdfDocument {
  return { base64: bytes.toString('base64'), pages: countPages(bytes), fileName, missingGlyphs: missingGlyphs(bytes) };
}
