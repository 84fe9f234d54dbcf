import type { Language, Sector, Stance } from '../shared/types';
import { transaction } from './db/handles';
import { closeWorkbook, createWorkbook } from './db/workbook';
import { EXAMPLE_TEXT } from './exampleText';
import type { Library } from './library';
import * as repo from './repos';

interface ExampleMeeting {
  sector: Sector;
  /** whether each participant came */
  present: boolean[];
  items: { key: string; stance: Stance; poll: [agree: number, disagree: number, unsure: number] }[];
  /** when each action is due; the n-th action belongs to the n-th item */
  actionsDue: string[];
}

/** What happened at the example meeting, the same in either language; exampleText.ts has the words. */
export const EXAMPLE_MEETING: ExampleMeeting = {
  sector: 'public',
  present: [true, true, true, true, false],
  items: [
    { key: 'preschool-photos', stance: 'depends', poll: [3, 0, 1] },
    { key: 'late-night-rant', stance: 'not_acceptable', poll: [0, 4, 0] },
    { key: 'group-chat-joke', stance: 'not_acceptable', poll: [0, 3, 1] },
    { key: 'selfie-at-the-desk', stance: 'depends', poll: [2, 1, 1] },
    { key: 'a-day-at-the-library', stance: 'acceptable', poll: [4, 0, 0] },
  ],
  actionsDue: ['2026-10-15', '2026-10-30', '2026-11-12'],
};

/**
 * Writes an example workbook at `path`: a small organisation, one held, closed
 * and signed meeting with five cases, actions, and an adopted agreement.
 */
export function writeExampleWorkbook(path: string, language: Language, library: Library): void {
  const text = EXAMPLE_TEXT[language];
  const wb = createWorkbook(path, { orgName: text.orgName, sector: EXAMPLE_MEETING.sector, language });
  try {
    const { db } = wb;
    transaction(db, () => {
      const meetingId = repo.createMeeting(db, {
        ...text.meeting,
        date: '2026-09-17',
        startTime: '15:30',
        durationMinutes: 60,
      });
      EXAMPLE_MEETING.present.forEach((present, index) => {
        const [name, role] = text.participants[index]!;
        repo.setAttendance(db, repo.addParticipant(db, meetingId, { name, role }), present);
      });
      const itemIds = EXAMPLE_MEETING.items.map(({ key, stance, poll }, index) => {
        const libraryCase = library.cases.find((c) => c.key === key);
        if (!libraryCase) throw new Error(`the example needs the library case ${key}`);
        const caseId = repo.insertCase(db, libraryCase, 'library');
        const item = text.items[index]!;
        const id = repo.addItem(db, meetingId, { caseId, timeboxMinutes: 10, proposedPoint: item.point });
        repo.updateItem(db, id, {
          stance,
          consensusNotes: item.notes,
          dissent: item.dissent,
          timeSpentSeconds: 540 + index * 45,
        });
        const [agree, disagree, unsure] = poll;
        repo.setPoll(db, id, { agree, disagree, unsure });
        return { id, caseId, point: item.point };
      });
      EXAMPLE_MEETING.actionsDue.forEach((dueDate, index) => {
        const [what, who] = text.actions[index]!;
        repo.addAction(db, meetingId, { what, who, dueDate, itemId: itemIds[index]?.id ?? null });
      });

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
