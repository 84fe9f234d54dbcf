import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addItem, createMeeting } from '../../../electron/core/repos';
import { loadLibrary } from '../../../electron/core/library';
import type { CaseDraft } from '../../../electron/shared/caseSchema';
import { LIBRARY_DIR, sha256, useTempDir } from '../../helpers/files';
import { serviceWithWorkbook } from '../../helpers/service';
import { writerOf } from '../../../electron/core/db/workbook';

const tempDir = useTempDir();

async function openService(name = 'A.samsyn', dir = tempDir()) {
  return (await serviceWithWorkbook(tempDir, { name, dir })).service;
}

const ownCase: CaseDraft = {
  themes: ['good-use'],
  sectors: ['association'],
  channel: 'own-page',
  kind: 'situation',
  sv: {
    title: 'Årsmötet på nätet',
    situation: 'Föreningen vill sända årsmötet live på sin sida.',
    questions: ['Vad tycker ni?', 'Vem syns i bild?', 'Vad kommer vi överens om?'],
    notes: ['Tänk på vilka som syns och hörs.'],
    suggestedPoint: 'Vi frågar alla som syns innan vi sänder.',
  },
};

describe('using library cases in a workbook', () => {
  it('copies the case in, and editing the copy leaves the library as it was', async () => {
    const service = await openService();
    const h = service.handlers;
    const file = join(LIBRARY_DIR, 'late-night-rant.json');
    const libraryBytes = sha256(file);

    const copy = await h['cases.useFromLibrary']({ key: 'late-night-rant' });
    expect(copy).toMatchObject({ key: 'late-night-rant', origin: 'library', edited: false, useCount: 0 });
    expect((await h['cases.useFromLibrary']({ key: 'late-night-rant' })).id).toBe(copy.id);

    const {
      id: _id,
      origin: _o,
      edited: _e,
      useCount: _u,
      newerLibraryVersion: _n,
      key: _k,
      version: _v,
      ...content
    } = copy;
    content.sv!.title = 'Sent på kvällen hos Acme';
    const edited = await h['cases.update']({ id: copy.id, content });
    expect(edited).toMatchObject({ edited: true, sv: { title: 'Sent på kvällen hos Acme' }, key: 'late-night-rant' });

    expect(sha256(file)).toBe(libraryBytes);
    const listing = await h['library.list']({});
    const entry = listing.entries.find((e) => e.case.key === 'late-night-rant')!;
    expect(entry.case.sv.title).not.toBe('Sent på kvällen hos Acme');
    expect(entry.inWorkbook).toEqual({ id: copy.id, version: entry.case.version, edited: true });
    service.shutdown();
  });

  it('offers the newer library version for a copy made from an older one', async () => {
    // a library of the next release, where the case has version 2
    const library = tempDir();
    for (const file of readdirSync(LIBRARY_DIR)) copyFileSync(join(LIBRARY_DIR, file), join(library, file));
    const caseFile = join(library, 'monday-irony.json');
    writeFileSync(caseFile, JSON.stringify({ ...JSON.parse(readFileSync(caseFile, 'utf8')), version: 2 }));
    const { service } = await serviceWithWorkbook(tempDir, { libraryDir: library });
    const copy = await service.handlers['cases.useFromLibrary']({ key: 'monday-irony' });
    writerOf(service.current()!).prepare('UPDATE cases SET version = 1 WHERE id = ?').run(copy.id);
    service
      .current()!
      .db.prepare("UPDATE cases SET content = json_set(content, '$.version', 1) WHERE id = ?")
      .run(copy.id);
    expect((await service.handlers['cases.get']({ id: copy.id })).newerLibraryVersion).toBe(2);
    const updated = await service.handlers['cases.updateFromLibrary']({ id: copy.id });
    expect(updated).toMatchObject({ version: 2, newerLibraryVersion: null, edited: false });
    service.shutdown();
  });
});

describe('own cases', () => {
  it('can be written from scratch in one language and get a key of their own', async () => {
    const service = await openService();
    const created = await service.handlers['cases.create']({ content: ownCase });
    expect(created).toMatchObject({
      key: 'own-arsmotet-pa-natet',
      version: 1,
      origin: 'custom',
      sv: { title: 'Årsmötet på nätet' },
    });
    const second = await service.handlers['cases.create']({ content: ownCase });
    expect(second.key).toBe('own-arsmotet-pa-natet-2');
    service.shutdown();
  });

  it('can be deleted only when no meeting uses them', async () => {
    const service = await openService();
    const used = await service.handlers['cases.create']({ content: ownCase });
    const db = writerOf(service.current()!);
    addItem(db, createMeeting(db, { title: 'Möte', date: '2026-05-01' }), { caseId: used.id });
    expect(() => service.handlers['cases.delete']({ id: used.id })).toThrow(
      expect.objectContaining({ code: 'IN_USE' }),
    );
    const unused = await service.handlers['cases.create']({ content: ownCase });
    await service.handlers['cases.delete']({ id: unused.id });
    expect((await service.handlers['cases.list']({})).map((c) => c.id)).toEqual([used.id]);
    service.shutdown();
  });
});

describe('case packs', () => {
  it('carry cases from one workbook to another, recognising duplicates on a second import', async () => {
    const files = tempDir();
    const from = await openService('Konsult.samsyn', files);
    const a = await from.handlers['cases.useFromLibrary']({ key: 'preschool-photos' });
    const b = await from.handlers['cases.create']({ content: ownCase });
    const pack = join(files, 'mina-fall.samsyn-cases');
    expect(await from.handlers['cases.exportPack']({ ids: [a.id, b.id], path: pack })).toEqual({
      path: pack,
      count: 2,
    });
    expect(JSON.parse(readFileSync(pack, 'utf8'))).toMatchObject({
      format: 'samsyn-cases',
      formatVersion: 1,
      source: 'Konsult.samsyn',
    });

    const to = await openService('Kund.samsyn', files);
    await to.handlers['cases.useFromLibrary']({ key: 'preschool-photos' });
    const preview = await to.handlers['cases.previewPack']({ path: pack });
    expect(preview.items.map((i) => [i.key, i.status])).toEqual([
      ['preschool-photos', 'duplicate'],
      ['own-arsmotet-pa-natet', 'new'],
    ]);
    expect(await to.handlers['cases.importPack']({ path: pack })).toEqual({ added: 1, skipped: 1 });
    expect(await to.handlers['cases.importPack']({ path: pack })).toEqual({ added: 0, skipped: 2 });
    expect((await to.handlers['cases.list']({})).map((c) => [c.key, c.origin])).toEqual([
      ['preschool-photos', 'library'],
      ['own-arsmotet-pa-natet', 'pack'],
    ]);
    from.shutdown();
    to.shutdown();
  });

  it('refuse a broken or foreign pack with a sentence, importing nothing', async () => {
    const files = tempDir();
    const service = await openService();
    const good = loadLibrary(LIBRARY_DIR).cases.slice(0, 2);
    const broken = join(files, 'broken.samsyn-cases');
    writeFileSync(
      broken,
      JSON.stringify({
        format: 'samsyn-cases',
        formatVersion: 1,
        cases: [good[0], { ...good[1], themes: ['gossip'] }],
      }),
    );
    const foreign = join(files, 'foreign.samsyn-cases');
    writeFileSync(foreign, JSON.stringify({ hello: 'world' }));
    const text = join(files, 'text.samsyn-cases');
    writeFileSync(text, 'not json at all');
    const newer = join(files, 'newer.samsyn-cases');
    writeFileSync(newer, JSON.stringify({ format: 'samsyn-cases', formatVersion: 9, cases: good }));

    expect(() => service.handlers['cases.importPack']({ path: broken })).toThrow(
      expect.objectContaining({ code: 'PACK_INVALID', details: { where: `${good[1]!.key}: themes.0` } }),
    );
    expect(() => service.handlers['cases.previewPack']({ path: foreign })).toThrow(
      expect.objectContaining({ code: 'NOT_A_PACK' }),
    );
    expect(() => service.handlers['cases.importPack']({ path: text })).toThrow(
      expect.objectContaining({ code: 'NOT_A_PACK' }),
    );
    expect(() => service.handlers['cases.importPack']({ path: newer })).toThrow(
      expect.objectContaining({ code: 'PACK_NEWER' }),
    );
    expect(await service.handlers['cases.list']({})).toEqual([]);
    service.shutdown();
  });
});
