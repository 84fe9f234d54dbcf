import { describe, expect, it } from 'vitest';
import {
  addItem,
  caseUseCount,
  createMeeting,
  deleteCase,
  findCaseByKey,
  getCase,
  insertCase,
  listCases,
  updateCase,
} from '../../../electron/core/repos';
import { closeWorkbook } from '../../../electron/core/db/workbook';
import { useTempDir } from '../../helpers/files';
import { newWorkbook } from '../../helpers/workbook';
import { sampleCase } from '../../helpers/cases';

const tempDir = useTempDir();

describe('workbook cases', () => {
  it('are stored whole and read back as they were written', () => {
    const wb = newWorkbook(tempDir());
    const id = insertCase(wb.db, sampleCase(), 'library');
    expect(getCase(wb.db, id)).toMatchObject({ ...sampleCase(), origin: 'library', edited: false });
    expect(listCases(wb.db)).toHaveLength(1);
    expect(findCaseByKey(wb.db, 'late-night-rant')?.id).toBe(id);
    closeWorkbook(wb);
  });

  it('refuse a second case with the same key', () => {
    const wb = newWorkbook(tempDir());
    insertCase(wb.db, sampleCase(), 'library');
    expect(() => insertCase(wb.db, sampleCase(), 'pack')).toThrow(expect.objectContaining({ code: 'CASE_EXISTS' }));
    closeWorkbook(wb);
  });

  it('can be edited for this client and remember that they were', () => {
    const wb = newWorkbook(tempDir());
    const id = insertCase(wb.db, sampleCase(), 'library');
    const edited = sampleCase();
    edited.sv!.title = 'Sent på kvällen på Acme';
    updateCase(wb.db, id, edited);
    expect(getCase(wb.db, id)).toMatchObject({ edited: true, sv: { title: 'Sent på kvällen på Acme' } });
    closeWorkbook(wb);
  });

  it('can be deleted only while no meeting uses them', () => {
    const wb = newWorkbook(tempDir());
    const used = insertCase(wb.db, sampleCase('a'), 'custom');
    const unused = insertCase(wb.db, sampleCase('b'), 'custom');
    addItem(wb.db, createMeeting(wb.db, { title: 'Möte', date: '2026-02-02' }), { caseId: used });
    expect(caseUseCount(wb.db, used)).toBe(1);
    expect(() => deleteCase(wb.db, used)).toThrow(expect.objectContaining({ code: 'IN_USE' }));
    deleteCase(wb.db, unused);
    expect(listCases(wb.db).map((c) => c.key)).toEqual(['a']);
    closeWorkbook(wb);
  });
});
