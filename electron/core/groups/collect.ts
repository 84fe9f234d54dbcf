import { caseTextIn } from '../../shared/caseSchema';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { CollectResult } from '../../shared/groupTypes';
import { closeWorkbook, openWorkbook } from '../db/workbook';
import { AppError } from '../errors';
import * as repo from '../repos';
import { transaction, type ReadDb, type WriteDb } from '../db/handles';

function sourceUid(db: ReadDb): string {
  if (repo.hasWorkbookUid(db)) return repo.workbookUid(db);
  // a workbook from before format 3 has no identity yet: derive a stable one from what it holds
  const row = repo.getWorkbookRow(db);
  return createHash('sha256').update(`${row.orgName}|${row.createdAt}`).digest('hex').slice(0, 32);
}

/**
 * Copies the closed and signed meetings of other workbooks into this one. The
 * sources are opened read-only, without taking their lock, so a source that is
 * open elsewhere is read as it is and never changed. A meeting collected before
 * is recognised and not added twice.
 */
export function collectMeetings(
  db: WriteDb,
  centralPath: string,
  sources: string[],
  language: 'sv' | 'en',
): CollectResult {
  const result: CollectResult = { added: 0, alreadyCollected: 0, skippedOpen: 0, sources: [] };
  const ownUid = repo.workbookUid(db);
  const collected: repo.CollectedMeetingInput[] = [];
  for (const path of sources.map((p) => resolve(p))) {
    if (path === resolve(centralPath)) throw new AppError('SAME_WORKBOOK');
    const source = openWorkbook(path, { readOnly: true });
    try {
      const uid = sourceUid(source.db);
      if (uid === ownUid) throw new AppError('SAME_WORKBOOK');
      const orgName = repo.getWorkbookRow(source.db).orgName;
      const meetings = repo.listMeetings(source.db);
      result.sources.push({ path, orgName, meetings: meetings.length });
      for (const m of meetings) {
        if (m.status !== 'closed' && !m.signed) {
          result.skippedOpen++;
          continue;
        }
        if (
          repo.isCollected(db, uid, m.id) ||
          collected.some((c) => c.sourceUid === uid && c.sourceMeetingId === m.id)
        ) {
          result.alreadyCollected++;
          continue;
        }
        const items = repo.listItems(source.db, m.id).map((item) => {
          const c = repo.getCase(source.db, item.caseId);
          return {
            caseKey: c.key,
            caseTitle: caseTextIn(c, language).title,
            stance: item.stance,
            poll: item.poll,
            consensusNotes: item.consensusNotes,
            dissent: item.dissent,
            proposedPoint: item.proposedPoint,
          };
        });
        const present = repo.listParticipants(source.db, m.id).filter((p) => p.present === true).length;
        collected.push({
          sourceUid: uid,
          sourceMeetingId: m.id,
          sourceOrg: orgName,
          unit: orgName,
          title: m.title,
          date: m.date,
          signed: m.signed,
          participantsPresent: present,
          items,
        });
      }
    } finally {
      closeWorkbook(source);
    }
  }
  transaction(db, () => {
    for (const m of collected) repo.insertCollectedMeeting(db, m);
  });
  result.added = collected.length;
  return result;
}
