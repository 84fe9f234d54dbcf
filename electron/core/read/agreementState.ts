import { caseTextIn } from '../../shared/caseSchema';
import type { AgreementState } from '../../shared/paperTypes';
import type { ReadDb } from '../db/handles';
import * as repo from '../repos';

function caseTitle(db: ReadDb, caseId: number, language: 'sv' | 'en'): string {
  const c = repo.getCase(db, caseId);
  return caseTextIn(c, language).title;
}

/** The draft, the adopted versions, and the points meetings proposed that the draft does not hold yet. */
export function agreementState(db: ReadDb): AgreementState {
  const language = repo.getWorkbookRow(db).language;
  const draft = repo.peekDraft(db);
  const used = new Set(draft.points.map((p) => p.sourceItemId).filter((v): v is number => v !== null));
  const rows = repo.listProposedPoints(db);
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
