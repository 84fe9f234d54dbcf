import { describe, expect, it } from 'vitest';
import * as repo from '../../../electron/core/repos';
import { closeWorkbook } from '../../../electron/core/db/workbook';
import { useTempDir } from '../../helpers/files';
import { newWorkbook } from '../../helpers/workbook';

const tempDir = useTempDir();

describe('participants', () => {
  it('are kept in order with name, role and attendance', () => {
    const wb = newWorkbook(tempDir());
    const m = repo.createMeeting(wb.db, { title: 'Möte', date: '2026-05-05' });
    const a = repo.addParticipant(wb.db, m, { name: 'Åsa', role: 'förskollärare' });
    const b = repo.addParticipant(wb.db, m, { name: 'Örjan', role: 'rektor' });
    const c = repo.addParticipant(wb.db, m, { name: 'Li' });
    repo.setAttendance(wb.db, a, true);
    repo.setAttendance(wb.db, b, false);
    repo.updateParticipant(wb.db, c, { role: 'skyddsombud' });
    repo.reorderParticipants(wb.db, m, [c, a, b]);
    expect(repo.listParticipants(wb.db, m).map((p) => [p.name, p.role, p.present])).toEqual([
      ['Li', 'skyddsombud', null],
      ['Åsa', 'förskollärare', true],
      ['Örjan', 'rektor', false],
    ]);
    expect(repo.presentCount(wb.db, m)).toBe(1);
    repo.removeParticipant(wb.db, b);
    expect(repo.listParticipants(wb.db, m)).toHaveLength(2);
    closeWorkbook(wb);
  });

  it('cannot be reordered with ids from another meeting', () => {
    const wb = newWorkbook(tempDir());
    const m1 = repo.createMeeting(wb.db, { title: 'Ett', date: '2026-05-05' });
    const m2 = repo.createMeeting(wb.db, { title: 'Två', date: '2026-05-06' });
    const a = repo.addParticipant(wb.db, m1, { name: 'A' });
    const b = repo.addParticipant(wb.db, m2, { name: 'B' });
    expect(() => repo.reorderParticipants(wb.db, m1, [b, a])).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    closeWorkbook(wb);
  });
});
