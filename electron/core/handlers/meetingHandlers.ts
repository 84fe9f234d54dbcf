import type { MeetingDetail, PresentationState } from '../../shared/meetingTypes';
import { meetingDetail } from '../read/meetingDetail';
import type { Sector } from '../../shared/types';
import { takeBackup } from '../backups';
import { applyCommand, idleState, projectorView, settle } from '../presentation';
import * as repo from '../repos';
import { transaction, type ReadDb, type WriteDb } from '../db/handles';
import type { Workbook } from '../db/workbook';
import type { Handlers, ServiceContext } from './context';

type MeetingMethod = Exclude<
  Extract<
    keyof Handlers,
    `meetings.${string}` | `participants.${string}` | `items.${string}` | `actions.${string}` | `presentation.${string}`
  >,
  'meetings.sign' | 'meetings.addAddendum' | 'meetings.verify'
>;

// Five cases for a first one-hour meeting, chosen per sector: a mix of heated
// posts, the sector's own questions and one good use.
export const STARTER_AGENDAS: Record<Sector, string[]> = {
  private: [
    'late-night-rant',
    'customers-are-idiots',
    'staff-party-photos',
    'star-seller-leaves',
    'proud-of-the-bridge',
  ],
  public: [
    'late-night-rant',
    'comments-on-municipal-page',
    'tip-to-the-local-paper',
    'selfie-at-the-desk',
    'a-day-at-the-library',
  ],
  association: [
    'group-chat-joke',
    'chair-with-opinions',
    'staff-party-photos',
    'our-own-instagram',
    'colleagues-as-recruiters',
  ],
};
const STARTER_TIMEBOX = 10;

export interface MeetingHandlers {
  handlers: Handlers<MeetingMethod>;
  /** forgets the presentation when the workbook closes or another one opens */
  reset(): void;
}

export function meetingHandlers(ctx: ServiceContext, clock: () => number = Date.now): MeetingHandlers {
  let presentation: PresentationState = idleState();

  const language = (db: ReadDb) => repo.getWorkbookRow(db).language;
  const broadcast = (wb: Workbook | null) => {
    ctx.emit({
      type: 'presentation',
      state: presentation,
      view: projectorView(wb, presentation, wb ? language(wb.db) : 'sv'),
    });
  };
  /** Runs a change and answers with the fresh meeting; the projector hears of it if it shows that meeting. */
  const change = (meetingId: (db: ReadDb) => number, work: (db: WriteDb) => void): MeetingDetail => {
    const db = ctx.writable();
    const id = meetingId(db);
    work(db);
    ctx.emit({ type: 'meeting-changed', meetingId: id });
    if (presentation.meetingId === id) broadcast(ctx.file());
    return meetingDetail(db, id);
  };
  const ofItem = (itemId: number) => (db: ReadDb) => repo.getItem(db, itemId).meetingId;
  const ofParticipant = (id: number) => (db: ReadDb) => repo.meetingOfParticipant(db, id);
  const ofAction = (id: number) => (db: ReadDb) => repo.meetingOfAction(db, id);

  const handlers: Handlers<MeetingMethod> = {
    'meetings.list': () => repo.listMeetings(ctx.workbook()),
    'meetings.get': ({ id }) => meetingDetail(ctx.workbook(), id),
    'meetings.create': (input) => {
      const db = ctx.writable();
      return meetingDetail(db, repo.createMeeting(db, input));
    },
    'meetings.update': ({ id, changes }) =>
      change(
        () => id,
        (db) => repo.updateMeeting(db, id, changes),
      ),
    'meetings.setStatus': ({ id, status }) => {
      const detail = change(
        () => id,
        (db) => {
          if (status === 'closed' && presentation.meetingId === id)
            presentation = settle(ctx.file(), presentation, clock());
          repo.setMeetingStatus(db, id, status);
        },
      );
      if (status !== 'closed') return detail;
      // A closed meeting is worth a copy: the notes of a whole meeting are in it. The meeting is
      // closed either way; a backup folder that cannot be written must not undo that.
      const wb = ctx.file();
      return takeBackup(wb.db, wb.path, ctx.backupDir, 'meeting-closed').then(
        () => detail,
        () => detail,
      );
    },
    'meetings.delete': ({ id }) => {
      const db = ctx.writable();
      if (presentation.meetingId === id) {
        presentation = { ...idleState(), highContrast: presentation.highContrast };
        broadcast(ctx.file());
      }
      repo.deleteMeeting(db, id);
      return null;
    },
    'meetings.addStarterAgenda': ({ id }) =>
      change(
        () => id,
        (db) => {
          const onAgenda = new Set(repo.listItems(db, id).map((i) => i.caseId));
          transaction(db, () => {
            for (const key of STARTER_AGENDAS[repo.getWorkbookRow(db).sector]) {
              const libraryCase = ctx.library().cases.find((c) => c.key === key);
              if (!libraryCase) continue;
              const caseId = repo.findCaseByKey(db, key)?.id ?? repo.insertCase(db, libraryCase, 'library');
              if (onAgenda.has(caseId)) continue;
              repo.addItem(db, id, { caseId, timeboxMinutes: STARTER_TIMEBOX });
            }
          });
        },
      ),

    'participants.add': ({ meetingId, name, role }) =>
      change(
        () => meetingId,
        (db) => repo.addParticipant(db, meetingId, { name, role }),
      ),
    'participants.update': ({ id, ...changes }) =>
      change(ofParticipant(id), (db) => repo.updateParticipant(db, id, changes)),
    'participants.setPresent': ({ id, present }) =>
      change(ofParticipant(id), (db) => repo.setAttendance(db, id, present)),
    'participants.remove': ({ id }) => change(ofParticipant(id), (db) => repo.removeParticipant(db, id)),
    'participants.reorder': ({ meetingId, ids }) =>
      change(
        () => meetingId,
        (db) => repo.reorderParticipants(db, meetingId, ids),
      ),

    'items.add': ({ meetingId, caseId, timeboxMinutes }) =>
      change(
        () => meetingId,
        (db) => {
          repo.getCase(db, caseId);
          repo.addItem(db, meetingId, { caseId, timeboxMinutes });
        },
      ),
    'items.update': ({ id, changes }) => change(ofItem(id), (db) => repo.updateItem(db, id, changes)),
    'items.autosave': ({ id, changes }) => {
      const db = ctx.writable();
      repo.updateItem(db, id, changes);
      const item = repo.getItem(db, id);
      ctx.emit({ type: 'meeting-changed', meetingId: item.meetingId });
      if (presentation.meetingId === item.meetingId && presentation.showConsensus) broadcast(ctx.file());
      return item;
    },
    'items.setPoll': ({ id, ...poll }) => change(ofItem(id), (db) => repo.setPoll(db, id, poll)),
    'items.remove': ({ id }) =>
      change(ofItem(id), (db) => {
        repo.removeItem(db, id);
        if (presentation.itemId === id) presentation = { ...presentation, itemId: null, timer: idleState().timer };
      }),
    'items.reorder': ({ meetingId, ids }) =>
      change(
        () => meetingId,
        (db) => repo.reorderItems(db, meetingId, ids),
      ),

    'actions.add': ({ meetingId, ...input }) =>
      change(
        () => meetingId,
        (db) => repo.addAction(db, meetingId, input),
      ),
    'actions.update': ({ id, ...changes }) => change(ofAction(id), (db) => repo.updateAction(db, id, changes)),
    'actions.setDone': ({ id, done, meetingId }) =>
      change(
        () => meetingId,
        (db) => repo.setActionDone(db, id, done),
      ),
    'actions.remove': ({ id }) => change(ofAction(id), (db) => repo.removeAction(db, id)),

    'presentation.get': () => presentation,
    'presentation.command': (command) => {
      const wb = ctx.file();
      presentation = applyCommand(wb, presentation, command, clock());
      broadcast(wb);
      return presentation;
    },
    'presentation.projectorView': () => {
      const wb = openFile(ctx);
      return projectorView(wb, presentation, wb ? language(wb.db) : 'sv');
    },
  };

  return {
    handlers,
    reset() {
      presentation = settle(openFile(ctx), presentation, clock());
      presentation = { ...idleState(), highContrast: presentation.highContrast };
      broadcast(null);
    },
  };
}

function openFile(ctx: ServiceContext): Workbook | null {
  try {
    return ctx.file();
  } catch {
    return null;
  }
}
