import type { Language } from '../shared/types';
import { transaction } from './db/handles';
import { closeWorkbook, createWorkbook } from './db/workbook';
import { EXAMPLE_TEXT } from './exampleText';
import type { Library } from './library';
import * as repo from './repos';

/**
 * Writes an example workbook at `path`: a small organisation, one held, closed
 * and signed meeting with five cases, actions, and an adopted agreement.
 */
export function writeExampleWorkbook(path: string, language: Language, library: Library): void {
  const text = EXAMPLE_TEXT[language];
  const wb = createWorkbook(path, { orgName: text.orgName, sector: text.sector, language });
  try {
    const { db } = wb;
    transaction(db, () => {
      const meetingId = repo.createMeeting(db, {
        ...text.meeting,
        date: '2026-09-17',
        startTime: '15:30',
        durationMinutes: 60,
      });
      for (const [name, role, present] of text.participants) {
        repo.setAttendance(db, repo.addParticipant(db, meetingId, { name, role }), present);
      }
      const itemIds = text.cases.map((key, index) => {
        const libraryCase = library.cases.find((c) => c.key === key);
        if (!libraryCase) throw new Error(`the example needs the library case ${key}`);
        const caseId = repo.insertCase(db, libraryCase, 'library');
        const item = text.items[index]!;
        const id = repo.addItem(db, meetingId, { caseId, timeboxMinutes: 10, proposedPoint: item.point });
        repo.updateItem(db, id, {
          stance: item.stance,
          consensusNotes: item.notes,
          dissent: item.dissent,
          timeSpentSeconds: 540 + index * 45,
        });
        const [agree, disagree, unsure] = item.poll;
        repo.setPoll(db, id, { agree, disagree, unsure });
        return { id, caseId, point: item.point };
      });
      text.actions.forEach(([what, who, dueDate], index) =>
        repo.addAction(db, meetingId, { what, who, dueDate, itemId: itemIds[index]?.id ?? null }),
      );

      const draft = repo.getOrCreateDraft(db);
      repo.updateDraft(db, draft.id, { ...text.agreement, reviewDate: '2027-09-01' });
      for (const item of itemIds)
        repo.addPoint(db, draft.id, { text: item.point, caseId: item.caseId, sourceItemId: item.id });
      repo.adoptDraft(db, draft.id, { meetingId, adoptedAt: '2026-09-17' });

      repo.setMeetingStatus(db, meetingId, 'closed');
      repo.signMeeting(db, meetingId, text.meeting.facilitator, '2026-09-24T10:00:00.000Z');
    });
  } finally {
    closeWorkbook(wb);
  }
}
