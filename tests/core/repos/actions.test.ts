import { describe, expect, it } from 'vitest';
import {
  addAction,
  createMeeting,
  listActions,
  listCarriedActions,
  openActionCount,
  removeAction,
  setActionDone,
  updateAction,
} from '../../../electron/core/repos';
import { closeWorkbook } from '../../../electron/core/db/workbook';
import { useTempDir } from '../../helpers/files';
import { newWorkbook } from '../../helpers/workbook';

const tempDir = useTempDir();

describe('actions', () => {
  it('record what, who and by when, and carry over to later meetings until done', () => {
    const wb = newWorkbook(tempDir());
    const first = createMeeting(wb.db, { title: 'Första', date: '2026-03-01' });
    const second = createMeeting(wb.db, { title: 'Andra', date: '2026-04-01' });
    const a = addAction(wb.db, first, { what: 'Skriva en kanalplan', who: 'Åsa', dueDate: '2026-03-20' });
    const b = addAction(wb.db, first, { what: 'Fråga kommunikatören' });
    expect(listActions(wb.db, first).map((x) => x.what)).toEqual(['Skriva en kanalplan', 'Fråga kommunikatören']);
    expect(listCarriedActions(wb.db, second).map((x) => x.id)).toEqual([a, b]);
    expect(listCarriedActions(wb.db, first)).toEqual([]);
    setActionDone(wb.db, a, true);
    expect(listCarriedActions(wb.db, second).map((x) => x.id)).toEqual([b]);
    expect(openActionCount(wb.db)).toBe(1);
    updateAction(wb.db, b, { who: 'Örjan' });
    expect(listActions(wb.db, first)[1]).toMatchObject({ who: 'Örjan', dueDate: null });
    removeAction(wb.db, b);
    expect(openActionCount(wb.db)).toBe(0);
    closeWorkbook(wb);
  });
});
