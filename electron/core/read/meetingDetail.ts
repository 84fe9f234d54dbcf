import type { MeetingDetail } from '../../shared/meetingTypes';
import type { ReadDb } from '../db/handles';
import * as repo from '../repos';

/** A meeting as its screen and its minutes show it: the agenda with each case's text, actions, addenda. */
export function meetingDetail(db: ReadDb, id: number): MeetingDetail {
  const meeting = repo.getMeeting(db, id);
  const signed = repo.signedCaseTexts(db, id);
  const items = repo.listItems(db, id).map((item, index) => {
    const c = repo.getCase(db, item.caseId);
    const { sv, en } = signed?.[index] ?? c;
    return { ...item, caseKey: c.key, caseText: { ...(sv ? { sv } : {}), ...(en ? { en } : {}) } };
  });
  const titles = new Map<number, string>();
  const carriedActions = repo.listCarriedActions(db, id).map((a) => {
    if (!titles.has(a.meetingId)) titles.set(a.meetingId, repo.getMeeting(db, a.meetingId).title);
    return { ...a, meetingTitle: titles.get(a.meetingId)! };
  });
  const addenda = repo
    .listAddenda(db, id)
    .map(({ id: addendumId, text, createdAt }) => ({ id: addendumId, text, createdAt }));
  return {
    meeting,
    participants: repo.listParticipants(db, id),
    items,
    actions: repo.listActions(db, id),
    carriedActions,
    addenda,
  };
}
