import { caseTextIn } from '../../shared/caseSchema';
import { existsSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AgreementState } from '../../shared/paperTypes';
import { AppError } from '../errors';
import { listBackups, restoreBackup } from '../backups';
import { measureDraft, paperDocument, renderPaper } from '../papers';
import * as repo from '../repos';
import type { Db } from '../repos/util';
import type { Handlers, ServiceContext } from './context';
import { meetingDetail } from './meetingHandlers';

type PaperMethod = Extract<
  keyof Handlers,
  | `agreement.${string}`
  | `papers.${string}`
  | `backups.${string}`
  | 'meetings.sign'
  | 'meetings.addAddendum'
  | 'meetings.verify'
>;

function caseTitle(db: Db, caseId: number, language: 'sv' | 'en'): string {
  const c = repo.getCase(db, caseId);
  return caseTextIn(c, language).title;
}

/** The draft, the adopted versions, and the points meetings proposed that the draft does not hold yet. */
export function agreementState(db: Db, readOnly = false): AgreementState {
  const language = repo.getWorkbookRow(db).language;
  const draft = readOnly ? repo.peekDraft(db) : repo.getOrCreateDraft(db);
  const used = new Set(draft.points.map((p) => p.sourceItemId).filter((v): v is number => v !== null));
  const rows = db
    .prepare(
      `SELECT i.id AS itemId, m.id AS meetingId, m.title AS meetingTitle, m.date AS meetingDate, i.case_id AS caseId,
         i.proposed_point AS text
       FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id
       WHERE trim(i.proposed_point) <> '' ORDER BY m.date DESC, m.id DESC, i.position`,
    )
    .all() as Omit<AgreementState['candidates'][number], 'caseTitle'>[];
  const inDraft = new Set(draft.points.map((p) => p.text.trim()));
  const fromMeetings = rows
    .filter((r) => !used.has(r.itemId))
    .map((r) => ({ ...r, caseTitle: caseTitle(db, r.caseId, language) }));
  // Points carried over from comparing many groups' conversations, citing the groups.
  const carried = repo
    .listCarriedPoints(db)
    .filter((p) => !inDraft.has(p.text.trim()))
    .map((p) => {
      const local = repo.findCaseByKey(db, p.caseKey);
      return {
        carried: { id: p.id, groups: p.groups },
        itemId: -p.id,
        meetingId: 0,
        meetingTitle: p.groups.join(', '),
        meetingDate: '',
        caseId: local?.id ?? 0,
        caseTitle: local ? caseTitle(db, local.id, language) : p.caseKey,
        text: p.text,
      };
    });
  const candidates = [...carried, ...fromMeetings];
  const caseTitles: Record<number, string> = {};
  for (const p of draft.points) if (p.caseId !== null) caseTitles[p.caseId] = caseTitle(db, p.caseId, language);
  return { draft, adopted: repo.listAdoptedVersions(db), candidates, caseTitles };
}

export function paperHandlers(ctx: ServiceContext): Handlers<PaperMethod> {
  const draftChange = (work: (db: Db, draftId: number) => void): AgreementState => {
    const { db } = ctx.writable();
    work(db, repo.getOrCreateDraft(db).id);
    return agreementState(db);
  };
  const pointInDraft = (db: Db, draftId: number, pointId: number) => {
    if (!repo.getVersion(db, draftId).points.some((p) => p.id === pointId)) throw new AppError('NOT_FOUND');
  };

  return {
    'agreement.get': () => {
      const wb = ctx.workbook();
      return agreementState(wb.db, wb.readOnly);
    },
    'agreement.updateDraft': (changes) => draftChange((db, id) => repo.updateDraft(db, id, changes)),
    'agreement.addPoint': (input) => draftChange((db, id) => repo.addPoint(db, id, input)),
    'agreement.updatePoint': ({ id, text }) =>
      draftChange((db, draftId) => {
        pointInDraft(db, draftId, id);
        repo.updatePoint(db, id, text);
      }),
    'agreement.removePoint': ({ id }) =>
      draftChange((db, draftId) => {
        pointInDraft(db, draftId, id);
        repo.removePoint(db, id);
      }),
    'agreement.reorderPoints': ({ ids }) => draftChange((db, draftId) => repo.reorderPoints(db, draftId, ids)),
    'agreement.measure': ({ paper }) => measureDraft(ctx.workbook().db, paper, ctx.fontsDir),
    'agreement.adopt': ({ meetingId, adoptedAt, paper }) =>
      draftChange((db, draftId) => {
        const fit = measureDraft(db, paper, ctx.fontsDir);
        if (!fit.fits) throw new AppError('POLICY_TOO_LONG', { over: fit.overChars });
        if (repo.getVersion(db, draftId).points.length === 0) throw new AppError('AGREEMENT_EMPTY');
        if (meetingId !== null) repo.getMeeting(db, meetingId);
        repo.adoptDraft(db, draftId, { meetingId, adoptedAt });
      }),

    'meetings.sign': ({ id, signedBy }) => {
      const { db } = ctx.writable();
      repo.signMeeting(db, id, signedBy);
      ctx.emit({ type: 'meeting-changed', meetingId: id });
      return meetingDetail(db, id);
    },
    'meetings.addAddendum': ({ id, text }) => {
      const { db } = ctx.writable();
      repo.addAddendum(db, id, text);
      return meetingDetail(db, id);
    },
    'meetings.verify': () => repo.verifySignedMeetings(ctx.workbook().db),

    'backups.list': () => listBackups(ctx.backupDir),
    'backups.restore': ({ file, path }) => restoreBackup(ctx.backupDir, file, resolve(path)),

    'papers.render': ({ request }) => paperDocument(ctx.workbook().db, request, ctx.fontsDir),
    'papers.save': async ({ request, path }) => {
      const { bytes } = await renderPaper(ctx.workbook().db, request, ctx.fontsDir);
      const target = resolve(path);
      const temp = `${target}.partial`;
      try {
        writeFileSync(temp, bytes);
        renameSync(temp, target);
      } catch (err) {
        if (existsSync(temp)) unlinkSync(temp);
        const code = (err as NodeJS.ErrnoException).code;
        throw new AppError('SAVE_FAILED', {
          reason: code === 'ENOSPC' ? 'disk-full' : code === 'EROFS' || code === 'EACCES' ? 'read-only' : 'io',
        });
      }
      return target;
    },
  };
}
