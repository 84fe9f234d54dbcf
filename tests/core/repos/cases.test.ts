import { describe, expect, it } from 'vitest';
import * as repo from '../../../electron/core/repos';
import { closeWorkbook } from '../../../electron/core/db/workbook';
import { useTempDir } from '../../helpers/files';
import { newWorkbook } from '../../helpers/workbook';
import { sampleCase } from '../../helpers/cases';

const tempDir = useTempDir();

describe('workbook cases', () => {
  it('are stored whole and read back as they were written', () => {
    const wb = newWorkbook(tempDir());
    const id = repo.insertCase(wb.db, sampleCase(), 'library');
    expect(repo.getCase(wb.db, id)).toMatchObject({ ...sampleCase(), origin: 'library', edited: false });
    expect(repo.listCases(wb.db)).toHaveLength(1);
    expect(repo.findCaseByKey(wb.db, 'late-night-rant')?.id).toBe(id);
    closeWorkbook(wb);
  });

  it('refuse a second case with the same key', () => {
    const wb = newWorkbook(tempDir());
    repo.insertCase(wb.db, sampleCase(), 'library');
    expect(() => repo.insertCase(wb.db, sampleCase(), 'pack')).toThrow(
      expect.objectContaining({ code: 'CASE_EXISTS' }),
    );
    closeWorkbook(wb);
  });

  it('can be edited for this client and remember that they were', () => {
    const wb = newWorkbook(tempDir());
    const id = repo.insertCase(wb.db, sampleCase(), 'library');
    const edited = sampleCase();
    edited.sv!.title = 'Sent på kvällen på Acme';
    repo.updateCase(wb.db, id, edited);
    expect(repo.getCase(wb.db, id)).toMatchObject({ edited: true, sv: { title: 'Sent på kvällen på Acme' } });
    closeWorkbook(wb);
  });

  it('can be deleted only while no meeting uses them', () => {
    const wb = newWorkbook(tempDir());
    const used = repo.insertCase(wb.db, sampleCase('case-a'), 'custom');
    const unused = repo.insertCase(wb.db, sampleCase('case-b'), 'custom');
    repo.addItem(wb.db, repo.createMeeting(wb.db, { title: 'Möte', date: '2026-02-02' }), { caseId: used });
    expect(repo.caseUseCount(wb.db, used)).toBe(1);
    expect(() => repo.deleteCase(wb.db, used)).toThrow(expect.objectContaining({ code: 'IN_USE' }));
    repo.deleteCase(wb.db, unused);
    expect(repo.listCases(wb.db).map((c) => c.key)).toEqual(['case-a']);
    closeWorkbook(wb);
  });
});
