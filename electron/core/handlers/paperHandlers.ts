import { resolve } from 'node:path';
import type { AgreementState } from '../../shared/paperTypes';
import { AppError } from '../errors';
import { listBackups, restoreBackup } from '../backups';
import { renderGuidePaper } from '../material';
import { measureDraft, paperDocument, renderPaper, savePaper } from '../papers';
import type { PaperRequest } from '../../shared/paperTypes';
import * as repo from '../repos';
import type { ReadDb, WriteDb } from '../db/handles';
import type { Handlers, ServiceContext } from './context';
import { agreementState } from '../read/agreementState';
import { meetingDetail } from '../read/meetingDetail';

type PaperMethod = Extract<
  keyof Handlers,
  | `agreement.${string}`
  | `papers.${string}`
  | `backups.${string}`
  | 'meetings.sign'
  | 'meetings.addAddendum'
  | 'meetings.verify'
>;

export function paperHandlers(ctx: ServiceContext): Handlers<PaperMethod> {
  // The screen edits the draft's points by id, so a workbook that may be changed always shows a
  // draft that exists, also right after one was adopted.
  const editableState = (db: WriteDb): AgreementState => {
    repo.getOrCreateDraft(db);
    return agreementState(db);
  };
  const draftChange = (work: (db: WriteDb, draftId: number) => void): AgreementState => {
    const db = ctx.writable();
    work(db, repo.getOrCreateDraft(db).id);
    return editableState(db);
  };
  const pointInDraft = (db: ReadDb, draftId: number, pointId: number) => {
    if (!repo.getVersion(db, draftId).points.some((p) => p.id === pointId)) throw new AppError('NOT_FOUND');
  };

  // The guide is the one paper that needs no workbook.
  const render = (request: PaperRequest) =>
    request.kind === 'guide'
      ? renderGuidePaper(request, ctx.fontsDir)
      : renderPaper(ctx.workbook(), request, ctx.fontsDir, ctx.library);

  return {
    'agreement.get': () => {
      const wb = ctx.file();
      return wb.readOnly ? agreementState(wb.db) : editableState(wb.db);
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
    'agreement.measure': ({ paper }) => measureDraft(ctx.workbook(), paper, ctx.fontsDir),
    'agreement.adopt': ({ meetingId, adoptedAt, paper }) =>
      draftChange((db, draftId) => {
        const fit = measureDraft(db, paper, ctx.fontsDir);
        if (!fit.fits) throw new AppError('POLICY_TOO_LONG', { over: fit.overChars });
        if (repo.getVersion(db, draftId).points.length === 0) throw new AppError('AGREEMENT_EMPTY');
        if (meetingId !== null) repo.getMeeting(db, meetingId);
        repo.adoptDraft(db, draftId, { meetingId, adoptedAt });
      }),

    'meetings.sign': ({ id, signedBy }) => {
      const db = ctx.writable();
      repo.signMeeting(db, id, signedBy);
      ctx.emit({ type: 'meeting-changed', meetingId: id });
      return meetingDetail(db, id);
    },
    'meetings.addAddendum': ({ id, text }) => {
      const db = ctx.writable();
      repo.addAddendum(db, id, text);
      return meetingDetail(db, id);
    },
    'meetings.verify': () => repo.verifySignedMeetings(ctx.workbook()),

    'backups.list': () => listBackups(ctx.backupDir),
    'backups.restore': ({ file, path }) => restoreBackup(ctx.backupDir, file, resolve(path)),

    'papers.render': async ({ request }) => paperDocument(await render(request)),
    'papers.save': async ({ request, path }) => savePaper(path, (await render(request)).bytes),
  };
}
