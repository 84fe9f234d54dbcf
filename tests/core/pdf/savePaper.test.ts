import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorSentence } from '../../../electron/shared/messages';
import { useTempDir } from '../../helpers/files';
import { readPdf } from '../../helpers/pdf';
import { readOnlyMedia, smallDisk } from '../../helpers/readOnlyMedia';
import { newService } from '../../helpers/service';

const tempDir = useTempDir();

async function exampleService() {
  const service = newService(tempDir);
  await service.handlers['example.create']({ path: join(tempDir(), 'Exempel.samsyn'), language: 'sv' });
  return service.handlers;
}

const policy = { kind: 'policy', version: 'draft', paper: 'a4' } as const;
async function failure(save: () => unknown): Promise<unknown> {
  try {
    await save();
    return null;
  } catch (error) {
    return error;
  }
}

describe('saving a paper as a PDF file', () => {
  it('writes the whole PDF where the user chose, and leaves nothing beside it', async () => {
    const h = await exampleService();
    const dir = tempDir();
    const saved = await h['papers.save']({ request: policy, path: join(dir, 'Policy.pdf') });
    expect(saved).toBe(join(dir, 'Policy.pdf'));
    expect(readdirSync(dir)).toEqual(['Policy.pdf']);
    expect(readPdf(readFileSync(saved), tempDir()).pages).toBe(1);
  });

  it('replaces an earlier file of the same name, as the save dialog asked', async () => {
    const h = await exampleService();
    const path = join(tempDir(), 'Policy.pdf');
    writeFileSync(path, 'last year');
    await h['papers.save']({ request: policy, path });
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('says the folder does not exist, in words, when it does not', async () => {
    const h = await exampleService();
    const error = await failure(() =>
      h['papers.save']({ request: policy, path: join(tempDir(), 'gone', 'Policy.pdf') }),
    );
    expect(error).toMatchObject({ code: 'PAPER_NOT_SAVED', details: { reason: 'no-folder' } });
    expect(errorSentence('en', 'PAPER_NOT_SAVED', { reason: 'no-folder' })).toBe(
      'The PDF could not be saved (the folder does not exist). An earlier file of the same name is unchanged. Choose another folder, or check that the disk is not full or unplugged.',
    );
    expect(errorSentence('sv', 'PAPER_NOT_SAVED', { reason: 'is-folder' })).toContain('(en mapp har det namnet)');
  });

  it('refuses a folder as the file to save to, and leaves it and its contents as they were', async () => {
    const h = await exampleService();
    const folder = join(tempDir(), 'Policy.pdf');
    mkdirSync(folder);
    writeFileSync(join(folder, 'inside.txt'), 'kept');
    const error = await failure(() => h['papers.save']({ request: policy, path: folder }));
    expect(error).toMatchObject({ code: 'PAPER_NOT_SAVED', details: { reason: 'is-folder' } });
    expect(readdirSync(join(folder, '..'))).toEqual(['Policy.pdf']);
    expect(readFileSync(join(folder, 'inside.txt'), 'utf8')).toBe('kept');
  });

  const disk = smallDisk(2);
  afterAll(() => disk?.cleanup());
  it.runIf(disk !== null)('on a full disk, says so and leaves the earlier file and nothing else', async () => {
    const h = await exampleService();
    const path = join(disk!.dir, 'Policy.pdf');
    writeFileSync(path, 'the signed copy from last year');
    disk!.fill();
    const error = await failure(() => h['papers.save']({ request: policy, path }));
    expect(error).toMatchObject({ code: 'PAPER_NOT_SAVED', details: { reason: 'disk-full' } });
    expect(readFileSync(path, 'utf8')).toBe('the signed copy from last year');
    expect(readdirSync(disk!.dir).sort()).toEqual(['Policy.pdf', 'filler']);
  });

  const stick = readOnlyMedia();
  afterAll(() => stick?.cleanup());
  it.runIf(stick !== null)('on a write-protected stick, says so and leaves the earlier file', async () => {
    const h = await exampleService();
    const path = join(stick!.dir, 'Policy.pdf');
    writeFileSync(path, 'kept');
    stick!.protect();
    const error = await failure(() => h['papers.save']({ request: policy, path }));
    expect(error).toMatchObject({ code: 'PAPER_NOT_SAVED', details: { reason: 'read-only' } });
    expect(readFileSync(path, 'utf8')).toBe('kept');
    expect(existsSync(`${path}.${process.pid}.partial`)).toBe(false);
  });
});
