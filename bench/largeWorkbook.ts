import { existsSync } from 'node:fs';
import { closeWorkbook, createWorkbook } from '../electron/core/db/workbook';
import { loadLibrary } from '../electron/core/library';
import * as repo from '../electron/core/repos';

const STANCES = ['acceptable', 'not_acceptable', 'depends', 'no_consensus'] as const;
const NOTE =
  'Gruppen pratade länge om var gränsen går mellan att kritisera hur arbetsplatsen leds och att hänga ut en person. ' +
  'Flera kände igen situationen och berättade om egna erfarenheter – både från den här arbetsplatsen och tidigare jobb. ';

/**
 * Five years of a busy client: 250 meetings, 3,000 agenda items (12 per meeting)
 * with several megabytes of notes, participants, actions and agreement versions.
 */
export function ensureLargeWorkbook(path: string, libraryDir: string): void {
  if (existsSync(path)) return;
  const library = loadLibrary(libraryDir).cases;
  const wb = createWorkbook(path, { orgName: 'Storstadens kommun', sector: 'public', language: 'sv' });
  const { db } = wb;
  db.transaction(() => {
    const caseIds = library.map((c) => repo.insertCase(db, c, 'library'));
    for (let m = 0; m < 250; m++) {
      const date = new Date(Date.UTC(2022, 0, 3) + m * 7 * 86_400_000).toISOString().slice(0, 10);
      const meetingId = repo.createMeeting(db, {
        title: `Arbetsplatsträff ${m + 1}`,
        date,
        startTime: '13:00',
        facilitator: 'Åsa',
        noteTaker: 'Örjan',
      });
      for (let p = 0; p < 8; p++)
        repo.setAttendance(
          db,
          repo.addParticipant(db, meetingId, { name: `Deltagare ${p + 1}`, role: 'medarbetare' }),
          p < 7,
        );
      for (let i = 0; i < 12; i++) {
        const itemId = repo.addItem(db, meetingId, {
          caseId: caseIds[(m + i) % caseIds.length]!,
          timeboxMinutes: 10,
          proposedPoint: 'Vi pratar med personen först.',
        });
        repo.updateItem(db, itemId, {
          stance: STANCES[(m + i) % 4],
          consensusNotes: NOTE.repeat(8),
          dissent: i % 3 === 0 ? NOTE : '',
          timeSpentSeconds: 600,
        });
        repo.setPoll(db, itemId, { agree: 4, disagree: 2, unsure: 1 });
      }
      repo.addAction(db, meetingId, { what: 'Följa upp', who: 'Åsa', dueDate: date });
      repo.setMeetingStatus(db, meetingId, 'closed');
    }
  })();
  closeWorkbook(wb);
}
