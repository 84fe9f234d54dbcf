import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { documentsMade } from '../../../electron/core/pdf/document';
import { createService, type Service } from '../../../electron/core/service';
import { FONTS_DIR, LIBRARY_DIR, listDir, useTempDir } from '../../helpers/files';
import { readPdf, timeless } from '../../helpers/pdf';

const tempDir = useTempDir();
const nextTurn = () => new Promise<void>((done) => setImmediate(done));

const services: Service[] = [];
afterEach(() => {
  for (const service of services.splice(0)) service.shutdown();
});

/** A service over the example workbook, built from freshly loaded modules when asked: nothing parsed, nothing cached. */
async function exampleService(fresh = false) {
  if (fresh) vi.resetModules();
  const core = fresh ? await import('../../../electron/core/service') : { createService };
  const service = core.createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  services.push(service);
  await service.handlers['example.create']({ path: join(tempDir(), 'Exempel.samsyn'), language: 'sv' });
  const [meeting] = await service.handlers['meetings.list']({});
  const render = async (request: Parameters<Service['handlers']['papers.render']>[0]['request']) =>
    Buffer.from((await service.handlers['papers.render']({ request })).base64, 'base64');
  const papers = async () => [
    await render({ kind: 'minutes', meetingId: meeting!.id, style: 'formal', paper: 'a4' }),
    await render({ kind: 'policy', version: 1, paper: 'a4' }),
  ];
  return { service, papers };
}

describe('the PDF practice after start-up', () => {
  it('leaves the next real PDFs byte for byte as they would be without it, apart from the time they were made', async () => {
    const without = await exampleService(true);
    const plain = await without.papers();
    const practised = await exampleService(true);
    await practised.service.preparePapers();
    const after = await practised.papers();
    expect(after.map(timeless)).toEqual(plain.map(timeless));
  });

  it('writes no file: the working folder, the user-data folder and the fonts stay as they were', async () => {
    const cwd = process.cwd();
    const work = tempDir();
    const userData = tempDir();
    const fonts = listDir(FONTS_DIR);
    const service = createService({ userDataDir: userData, libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
    process.chdir(work);
    try {
      const before = documentsMade();
      await service.preparePapers();
      expect(documentsMade() - before).toBeGreaterThan(10);
    } finally {
      process.chdir(cwd);
    }
    expect(listDir(work)).toEqual([]);
    expect(listDir(userData)).toEqual([]);
    expect(listDir(FONTS_DIR)).toEqual(fonts);
  });

  it('takes turns with other work: the event loop gets a turn between any two of its documents', async () => {
    const { service } = await exampleService();
    const start = documentsMade();
    let done = false;
    const practising = service.preparePapers().then(() => (done = true));
    let turns = 0;
    while (!done) {
      turns += 1;
      await nextTurn();
    }
    await practising;
    const made = documentsMade() - start;
    expect(made).toBeGreaterThan(10);
    expect(turns).toBeGreaterThan(made);
  });

  it('gives way to a real PDF asked for meanwhile: the PDF is made and the practice ends', async () => {
    const { service, papers } = await exampleService();
    const start = documentsMade();
    const practising = service.preparePapers();
    while (documentsMade() === start) await nextTurn();
    const [minutes] = await papers();
    const afterReal = documentsMade();
    await practising;
    expect(documentsMade()).toBe(afterReal);
    expect(readPdf(minutes!, tempDir()).text).toContain('Protokoll');
  });
});
