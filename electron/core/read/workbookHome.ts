import type { AgreementVersion, WorkbookHome, WorkbookInfo } from '../../shared/types';
import { LATEST_VERSION } from '../db/migrations';
import type { Workbook } from '../db/workbook';
import * as repo from '../repos';

/** The open workbook as the title bar and the menus describe it. */
export function workbookInfo(wb: Workbook): WorkbookInfo {
  const row = repo.getWorkbookRow(wb.db);
  return {
    path: wb.path,
    orgName: row.orgName,
    sector: row.sector,
    language: row.language,
    formatVersion: LATEST_VERSION,
    readOnly: wb.readOnly,
    readOnlyReason: wb.readOnlyReason,
    createdAt: row.createdAt,
  };
}

/** What a reader of the printed policy would see differ: the texts, the review date and the points. */
const wording = (v: AgreementVersion) =>
  JSON.stringify([v.title, v.intro, v.contact, v.reviewDate, v.points.map((p) => p.text)]);

/** What the start screen shows of the open workbook. */
export function workbookHome(wb: Workbook, ask: { meetings?: number; today?: string } = {}): WorkbookHome {
  const adopted = repo.listAdoptedVersions(wb.db).at(-1);
  const draftPoints = repo.countDraftPoints(wb.db);
  const draftChanged = adopted ? wording(repo.peekDraft(wb.db)) !== wording(adopted) : draftPoints > 0;
  return {
    workbook: workbookInfo(wb),
    meetings: repo.listMeetings(wb.db, ask.meetings),
    meetingCount: repo.countMeetings(wb.db),
    plans: {
      count: repo.listChannelPlans(wb.db).length,
      dueForReview: ask.today ? repo.plansDueForReview(wb.db, ask.today) : [],
    },
    collectedCount: repo.listCollectedMeetings(wb.db).length,
    caseCount: repo.listCases(wb.db).length,
    openActionCount: repo.openActionCount(wb.db),
    agreement: {
      adoptedVersion: adopted?.number ?? null,
      adoptedAt: adopted?.adoptedAt ?? null,
      draftPoints,
      draftChanged,
    },
  };
}
