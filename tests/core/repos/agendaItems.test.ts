import { describe, expect, it } from 'vitest';
import * as repo from '../../../electron/core/repos';
import { closeWorkbook } from '../../../electron/core/db/workbook';
import { useTempDir } from '../../helpers/files';
import { newWorkbook } from '../../helpers/workbook';
import { sampleCase } from '../../helpers/cases';

const tempDir = useTempDir();

function meetingWithCases(dir: string) {
  const wb = newWorkbook(dir);
  const meeting = repo.createMeeting(wb.db, { title: 'Möte', date: '2026-05-05' });
  const c1 = repo.insertCase(wb.db, sampleCase('one'), 'library');
  const c2 = repo.insertCase(wb.db, sampleCase('two'), 'library');
  return { wb, meeting, c1, c2 };
}

describe('agenda items', () => {
  it('hold stance, notes, dissent, proposed point and time spent', () => {
    const { wb, meeting, c1 } = meetingWithCases(tempDir());
    const id = repo.addItem(wb.db, meeting, { caseId: c1, timeboxMinutes: 15, proposedPoint: 'Vi frågar först.' });
    repo.updateItem(wb.db, id, { stance: 'depends', consensusNotes: 'Det beror på tonen – och på vem som läser.' });
    repo.updateItem(wb.db, id, { dissent: 'Två tyckte annorlunda.', timeSpentSeconds: 540 });
    expect(repo.getItem(wb.db, id)).toMatchObject({
      timeboxMinutes: 15,
      stance: 'depends',
      consensusNotes: 'Det beror på tonen – och på vem som läser.',
      dissent: 'Två tyckte annorlunda.',
      proposedPoint: 'Vi frågar först.',
      timeSpentSeconds: 540,
    });
    closeWorkbook(wb);
  });

  it('take a poll of at most as many hands as people present', () => {
    const { wb, meeting, c1 } = meetingWithCases(tempDir());
    const id = repo.addItem(wb.db, meeting, { caseId: c1 });
    for (const name of ['A', 'B', 'C']) repo.setAttendance(wb.db, repo.addParticipant(wb.db, meeting, { name }), true);
    repo.setPoll(wb.db, id, { agree: 2, disagree: 1, unsure: 0 });
    expect(repo.getItem(wb.db, id).poll).toEqual({ agree: 2, disagree: 1, unsure: 0 });
    expect(() => repo.setPoll(wb.db, id, { agree: 3, disagree: 1, unsure: 0 })).toThrow(
      expect.objectContaining({ code: 'POLL_OVER_COUNT', details: { total: 4, present: 3 } }),
    );
    expect(repo.getItem(wb.db, id).poll.agree).toBe(2);
    closeWorkbook(wb);
  });

  it('keep their order and can be reordered and removed', () => {
    const { wb, meeting, c1, c2 } = meetingWithCases(tempDir());
    const a = repo.addItem(wb.db, meeting, { caseId: c1 });
    const b = repo.addItem(wb.db, meeting, { caseId: c2 });
    repo.reorderItems(wb.db, meeting, [b, a]);
    expect(repo.listItems(wb.db, meeting).map((i) => i.id)).toEqual([b, a]);
    repo.removeItem(wb.db, b);
    expect(repo.listItems(wb.db, meeting).map((i) => i.id)).toEqual([a]);
    closeWorkbook(wb);
  });

  it('refuse a time box outside 1–240 minutes at the database', () => {
    const { wb, meeting, c1 } = meetingWithCases(tempDir());
    expect(() => repo.addItem(wb.db, meeting, { caseId: c1, timeboxMinutes: 0 })).toThrow(/CHECK/);
    closeWorkbook(wb);
  });
});
