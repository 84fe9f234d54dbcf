import { describe, expect, it } from 'vitest';
import * as repo from '../../../electron/core/repos';
import { closeWorkbook } from '../../../electron/core/db/workbook';
import { useTempDir } from '../../helpers/files';
import { newWorkbook } from '../../helpers/workbook';

const tempDir = useTempDir();

describe('actions', () => {
  it('record what, who and by when, and carry over to later meetings until done', () => {
    const wb = newWorkbook(tempDir());
    const first = repo.createMeeting(wb.db, { title: 'Första', date: '2026-03-01' });
    const second = repo.createMeeting(wb.db, { title: 'Andra', date: '2026-04-01' });
    const a = repo.addAction(wb.db, first, { what: 'Skriva en kanalplan', who: 'Åsa', dueDate: '2026-03-20' });
    const b = repo.addAction(wb.db, first, { what: 'Fråga kommunikatören' });
    expect(repo.listActions(wb.db, first).map((x) => x.what)).toEqual(['Skriva en kanalplan', 'Fråga kommunikatören']);
    expect(repo.listCarriedActions(wb.db, second).map((x) => x.id)).toEqual([a, b]);
    expect(repo.listCarriedActions(wb.db, first)).toEqual([]);
    repo.setActionDone(wb.db, a, true);
    expect(repo.listCarriedActions(wb.db, second).map((x) => x.id)).toEqual([b]);
    expect(repo.openActionCount(wb.db)).toBe(1);
    repo.updateAction(wb.db, b, { who: 'Örjan' });
    expect(repo.listActions(wb.db, first)[1]).toMatchObject({ who: 'Örjan', dueDate: null });
    repo.removeAction(wb.db, b);
    expect(repo.openActionCount(wb.db)).toBe(0);
    closeWorkbook(wb);
  });
});
