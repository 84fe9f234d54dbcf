import { describe, expect, it } from 'vitest';
import * as repo from '../../../electron/core/repos';
import { closeWorkbook } from '../../../electron/core/db/workbook';
import { useTempDir } from '../../helpers/files';
import { newWorkbook } from '../../helpers/workbook';
import { sampleCase } from '../../helpers/cases';

const tempDir = useTempDir();

describe('meetings', () => {
  it('keep everything the plan says', () => {
    const wb = newWorkbook(tempDir());
    const id = repo.createMeeting(wb.db, {
      title: 'Arbetsplatsträff',
      date: '2026-09-14',
      startTime: '13:00',
      durationMinutes: 90,
      place: 'Lilla salen',
      purpose: 'Prata om sociala medier',
      facilitator: 'Åsa',
      noteTaker: 'Örjan',
      adjusters: ['Li', 'Sven'],
    });
    expect(repo.getMeeting(wb.db, id)).toMatchObject({
      title: 'Arbetsplatsträff',
      startTime: '13:00',
      durationMinutes: 90,
      adjusters: ['Li', 'Sven'],
      status: 'planned',
    });
    repo.updateMeeting(wb.db, id, { place: 'Stora salen' });
    expect(repo.getMeeting(wb.db, id).place).toBe('Stora salen');
    closeWorkbook(wb);
  });

  it('are listed newest first with their item and participant counts', () => {
    const wb = newWorkbook(tempDir());
    const older = repo.createMeeting(wb.db, { title: 'Våren', date: '2026-03-01' });
    const newer = repo.createMeeting(wb.db, { title: 'Hösten', date: '2026-10-01' });
    repo.addParticipant(wb.db, newer, { name: 'Amira' });
    repo.addItem(wb.db, newer, { caseId: repo.insertCase(wb.db, sampleCase(), 'library') });
    repo.setMeetingStatus(wb.db, older, 'closed');
    expect(repo.listMeetings(wb.db)).toEqual([
      expect.objectContaining({ title: 'Hösten', itemCount: 1, participantCount: 1, status: 'planned', signed: false }),
      expect.objectContaining({ title: 'Våren', itemCount: 0, status: 'closed' }),
    ]);
    expect(repo.getMeeting(wb.db, older).closedAt).not.toBeNull();
    closeWorkbook(wb);
  });

  it('refuse every change once signed', () => {
    const wb = newWorkbook(tempDir());
    const id = repo.createMeeting(wb.db, { title: 'Justerat', date: '2026-01-10' });
    wb.db.prepare("UPDATE meetings SET signed_at = '2026-01-11', signed_by = 'Chefen' WHERE id = ?").run(id);
    const signed = expect.objectContaining({ code: 'SIGNED' });
    expect(() => repo.updateMeeting(wb.db, id, { title: 'Ändrat' })).toThrow(signed);
    expect(() => repo.setMeetingStatus(wb.db, id, 'running')).toThrow(signed);
    expect(() => repo.setCurrentItem(wb.db, id, null)).toThrow(signed);
    expect(() => repo.addParticipant(wb.db, id, { name: 'Ny' })).toThrow(signed);
    expect(() => repo.deleteMeeting(wb.db, id)).toThrow(signed);
    expect(repo.getMeeting(wb.db, id).title).toBe('Justerat');
    closeWorkbook(wb);
  });

  it('take their participants, items and actions with them when deleted', () => {
    const wb = newWorkbook(tempDir());
    const id = repo.createMeeting(wb.db, { title: 'Tillfälligt', date: '2026-01-10' });
    repo.addParticipant(wb.db, id, { name: 'Bo' });
    repo.deleteMeeting(wb.db, id);
    expect(wb.db.prepare('SELECT COUNT(*) FROM participants').pluck().get()).toBe(0);
    expect(() => repo.getMeeting(wb.db, id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    closeWorkbook(wb);
  });
});
