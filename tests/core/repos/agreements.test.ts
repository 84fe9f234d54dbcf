import { describe, expect, it } from 'vitest';
import * as repo from '../../../electron/core/repos';
import { closeWorkbook } from '../../../electron/core/db/workbook';
import { useTempDir } from '../../helpers/files';
import { newWorkbook } from '../../helpers/workbook';

const tempDir = useTempDir();

describe('the agreement', () => {
  it('has one draft with numbered points that can be edited, reordered and removed', () => {
    const wb = newWorkbook(tempDir());
    const draft = repo.getOrCreateDraft(wb.db);
    expect(repo.getOrCreateDraft(wb.db).id).toBe(draft.id);
    repo.updateDraft(wb.db, draft.id, { title: 'Så gör vi i sociala medier', contact: 'Åsa' });
    const p1 = repo.addPoint(wb.db, draft.id, { text: 'Vi är oss själva.' });
    const p2 = repo.addPoint(wb.db, draft.id, { text: 'Vi frågar innan vi lägger upp bilder.' });
    repo.updatePoint(wb.db, p1, 'Vi är oss själva och säger när vi talar för egen räkning.');
    repo.reorderPoints(wb.db, draft.id, [p2, p1]);
    expect(repo.getOrCreateDraft(wb.db).points.map((p) => p.text)).toEqual([
      'Vi frågar innan vi lägger upp bilder.',
      'Vi är oss själva och säger när vi talar för egen räkning.',
    ]);
    repo.removePoint(wb.db, p2);
    expect(repo.getOrCreateDraft(wb.db).points).toHaveLength(1);
    closeWorkbook(wb);
  });

  it('is frozen by adoption as v1, v2 …, and the next draft starts from the latest version', () => {
    const wb = newWorkbook(tempDir());
    const draft = repo.getOrCreateDraft(wb.db);
    repo.updateDraft(wb.db, draft.id, { title: 'Policy' });
    repo.addPoint(wb.db, draft.id, { text: 'Punkt ett.' });
    expect(repo.adoptDraft(wb.db, draft.id, { adoptedAt: '2026-06-01' })).toBe(1);
    expect(() => repo.addPoint(wb.db, draft.id, { text: 'Sent påhitt.' })).toThrow(
      expect.objectContaining({ code: 'SIGNED' }),
    );

    const next = repo.getOrCreateDraft(wb.db);
    expect(next.id).not.toBe(draft.id);
    expect(next.title).toBe('Policy');
    expect(next.points.map((p) => p.text)).toEqual(['Punkt ett.']);
    repo.addPoint(wb.db, next.id, { text: 'Punkt två.' });
    expect(repo.adoptDraft(wb.db, next.id, {})).toBe(2);
    expect(repo.listAdoptedVersions(wb.db).map((v) => [v.number, v.points.length])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    closeWorkbook(wb);
  });
});
