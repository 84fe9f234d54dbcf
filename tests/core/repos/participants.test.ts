import { describe, expect, it } from 'vitest';
import {
  addParticipant,
  createMeeting,
  listParticipants,
  presentCount,
  removeParticipant,
  reorderParticipants,
  setAttendance,
  updateParticipant,
} from '../../../electron/core/repos';
import { closeWorkbook } from '../../../electron/core/db/workbook';
import { useTempDir } from '../../helpers/files';
import { newWorkbook } from '../../helpers/workbook';

const tempDir = useTempDir();

describe('participants', () => {
  it('are kept in order with name, role and attendance', () => {
    const wb = newWorkbook(tempDir());
    const m = createMeeting(wb.db, { title: 'Möte', date: '2026-05-05' });
    const a = addParticipant(wb.db, m, { name: 'Åsa', role: 'förskollärare' });
    const b = addParticipant(wb.db, m, { name: 'Örjan', role: 'rektor' });
    const c = addParticipant(wb.db, m, { name: 'Li' });
    setAttendance(wb.db, a, true);
    setAttendance(wb.db, b, false);
    updateParticipant(wb.db, c, { role: 'skyddsombud' });
    reorderParticipants(wb.db, m, [c, a, b]);
    expect(listParticipants(wb.db, m).map((p) => [p.name, p.role, p.present])).toEqual([
      ['Li', 'skyddsombud', null],
      ['Åsa', 'förskollärare', true],
      ['Örjan', 'rektor', false],
    ]);
    expect(presentCount(wb.db, m)).toBe(1);
    removeParticipant(wb.db, b);
    expect(listParticipants(wb.db, m)).toHaveLength(2);
    closeWorkbook(wb);
  });

  it('cannot be reordered with ids from another meeting', () => {
    const wb = newWorkbook(tempDir());
    const m1 = createMeeting(wb.db, { title: 'Ett', date: '2026-05-05' });
    const m2 = createMeeting(wb.db, { title: 'Två', date: '2026-05-06' });
    const a = addParticipant(wb.db, m1, { name: 'A' });
    const b = addParticipant(wb.db, m2, { name: 'B' });
    expect(() => reorderParticipants(wb.db, m1, [b, a])).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    closeWorkbook(wb);
  });
});
