import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../electron/core/library';
import { LIBRARY_DIR, sha256 } from '../helpers/files';
import { useApp, type AppPage } from './harness';
import { createWorkbook } from './pages';

const { tempDir, open } = useApp();

async function appWithWorkbook(name: string, files: string, language: 'sv' | 'en' = 'sv'): Promise<AppPage> {
  const app = await open();
  await createWorkbook(app, name, join(files, `${name}.samsyn`), { language });
  await app.page.getByTestId('open-library').click();
  await app.page.getByTestId('case-grid').waitFor();
  return app;
}

/** Picks a case pack to import from the workbook tab, and answers what shows: the pack's preview or an error. */
async function importPack(app: AppPage, pack: string, shows: 'pack-preview' | 'error') {
  await app.page.getByTestId('tab-workbook').click();
  app.dialogs.importPack.push(pack);
  await app.page.getByTestId('import-pack').click();
  const shown = app.page.getByTestId(shows);
  await shown.waitFor();
  return shown.textContent();
}

const titles = (app: AppPage) => app.page.getByTestId('case-card').locator('.case-card-title').allTextContents();

describe('the library screen', () => {
  it('filters by theme, sector and channel, and searches with å, ä and ö in any case', async () => {
    const app = await appWithWorkbook('Filterbolaget', tempDir());
    const { page } = app;
    expect((await titles(app)).length).toBeGreaterThanOrEqual(18);
    await app.screenshot('library-sv');

    await page.getByTestId('filter-theme').selectOption('public-sector-rules');
    await page.getByTestId('filter-sector').selectOption('public');
    const publicRules = await titles(app);
    expect(publicRules.length).toBeGreaterThanOrEqual(3);
    await page.getByTestId('filter-channel').selectOption('own-page');
    expect((await titles(app)).length).toBeLessThan(publicRules.length);
    await page.getByTestId('clear-filters').click();

    await page.getByTestId('case-search').fill('FÖRSKOLA');
    const found = await titles(app);
    expect(found).toContain('Vårprojektet på förskolans sida');
    await page.getByTestId('case-search').fill('xyzzy ingenting');
    await page.getByTestId('no-match').waitFor();
    await app.close();
  });

  it('previews a case as the projector shows it, with the notes on the side, then uses it without changing the library', async () => {
    const files = tempDir();
    const app = await appWithWorkbook('Acme', files);
    const { page } = app;
    const libraryFile = join(LIBRARY_DIR, 'late-night-rant.json');
    const before = sha256(libraryFile);

    await page.getByTestId('case-search').fill('chef');
    await page.getByTestId('case-card').filter({ hasText: 'Ett ilsket inlägg mitt i natten' }).first().click();
    await page.getByTestId('case-preview').waitFor();
    expect(await page.getByTestId('feed-card').count()).toBe(1);
    expect(await page.getByTestId('stage-questions').locator('li').count()).toBeGreaterThanOrEqual(3);
    expect((await page.getByTestId('preview-notes').textContent())!.length).toBeGreaterThan(200);
    expect(await page.getByTestId('case-stage').textContent()).not.toContain(
      (await page.getByTestId('preview-notes').locator('p').nth(1).textContent())!,
    );
    await app.screenshot('library-preview-post-sv');

    await page.getByTestId('use-case').click();
    await page.getByTestId('notice').waitFor();
    await page.getByTestId('open-copy').click();
    await page.getByTestId('edit-case').waitFor();
    const [copy] = await app.service.handlers['cases.list']({});
    expect(copy).toMatchObject({ key: 'late-night-rant', origin: 'library' });
    expect(sha256(libraryFile)).toBe(before);
    await app.close();
  });

  it('exports a pack from one workbook and imports it into another, recognising the duplicate', async () => {
    const files = tempDir();
    const pack = join(files, 'konsultens-fall.samsyn-cases');
    const first = await appWithWorkbook('Konsulten', files);
    await first.service.handlers['cases.useFromLibrary']({ key: 'preschool-photos' });
    await first.service.handlers['cases.useFromLibrary']({ key: 'trolls-on-our-page' });
    await first.page.getByTestId('tab-workbook').click();
    await first.page.reload();
    await first.page.getByTestId('case-card').first().waitFor();
    for (const box of await first.page.locator('.case-check input').all()) await box.check();
    first.dialogs.exportPack.push(pack);
    await first.page.getByTestId('export-pack').click();
    await first.page.getByTestId('notice').waitFor();
    expect(existsSync(pack)).toBe(true);
    await first.close();

    const second = await appWithWorkbook('Kunden', files);
    await second.service.handlers['cases.useFromLibrary']({ key: 'preschool-photos' });
    const preview = await importPack(second, pack, 'pack-preview');
    expect(preview).toContain('Finns redan – hoppas över');
    expect(preview).toContain('Nytt');
    await second.screenshot('library-pack-import-sv');
    await second.page.getByTestId('pack-preview-confirm').click();
    await expect
      .poll(() => second.page.getByTestId('notice').textContent())
      .toContain('1 fall importerades, 1 fanns redan');
    expect((await second.service.handlers['cases.list']({})).map((c) => c.key).sort()).toEqual([
      'preschool-photos',
      'trolls-on-our-page',
    ]);
    await second.close();
  });

  it('says in a sentence that a broken pack was not imported, and adds nothing', async () => {
    const files = tempDir();
    const broken = join(files, 'trasigt.samsyn-cases');
    writeFileSync(broken, '{"format": "samsyn-cases", "formatVersion": 1, "cases": [{"key": "x"}]}');
    const app = await appWithWorkbook('Kunden', files);
    const error = await importPack(app, broken, 'error');
    expect(error).toContain('Fallpaketet är trasigt');
    expect(error).toContain('inget har importerats');
    await app.screenshot('library-broken-pack-sv');
    expect(await app.service.handlers['cases.list']({})).toEqual([]);
    await app.page.getByRole('button', { name: 'Stäng felmeddelandet' }).click();
    await app.page.getByTestId('error').waitFor({ state: 'detached' });
    await app.close();
  });

  it('reads as a product in English too', async () => {
    const app = await appWithWorkbook('Northside', tempDir(), 'en');
    await app.screenshot('library-en');
    await app.page.getByTestId('case-card').filter({ hasText: 'Monday' }).first().click();
    await app.page.getByTestId('case-preview').waitFor();
    await app.screenshot('library-preview-en');
    await app.page.getByTestId('preview-close').click();
    await app.page.getByTestId('case-card').filter({ hasText: 'library' }).first().click();
    await app.page.getByTestId('case-preview').waitFor();
    await app.screenshot('library-preview-situation-en');
    await app.close();
  });
});

describe('theme coverage on the library screen', () => {
  it.each(['sv', 'en'] as const)(
    'shows in %s which themes the meetings have discussed, and filters to what is not discussed yet',
    async (language) => {
      const app = await appWithWorkbook('Planeringsbolaget', tempDir(), language);
      const { page } = app;
      const status = (theme: string) => page.getByTestId(`coverage-${theme}`).getAttribute('data-status');
      expect(await page.getByTestId('coverage-summary').textContent()).toContain(
        language === 'sv' ? '0 av 14 teman' : '0 of 14 themes',
      );
      expect(await status('criticism-of-people')).toBe('open');

      // One meeting discussed the late-night rant and closed; the next has the deepfake on its agenda.
      const h = app.service.handlers;
      const rant = await h['cases.useFromLibrary']({ key: 'late-night-rant' });
      const deepfake = await h['cases.useFromLibrary']({ key: 'deepfake-in-the-chat' });
      const held = await h['meetings.create']({ title: 'APT september', date: '2026-09-20' });
      const { items } = await h['items.add']({ meetingId: held.meeting.id, caseId: rant.id });
      await h['items.update']({ id: items[0]!.id, changes: { stance: 'not_acceptable' } });
      await h['meetings.setStatus']({ id: held.meeting.id, status: 'closed' });
      const next = await h['meetings.create']({ title: 'APT oktober', date: '2026-10-20' });
      await h['items.add']({ meetingId: next.meeting.id, caseId: deepfake.id });
      await page.locator('.back-link').click();
      await page.getByTestId('open-library').click();
      await page.getByTestId('case-grid').waitFor();

      await expect.poll(() => status('criticism-of-people')).toBe('discussed');
      expect(await status('tone-and-irony')).toBe('discussed');
      expect(await status('ai-and-manipulated-media')).toBe('planned');
      expect(await status('good-use')).toBe('open');
      expect(await page.getByTestId('coverage-summary').textContent()).toContain(
        language === 'sv' ? '2 av 14 teman' : '2 of 14 themes',
      );

      const library = loadLibrary(LIBRARY_DIR).cases;
      const discussed = new Set(['criticism-of-people', 'tone-and-irony']);
      const bringsSomethingNew = library.filter((c) => c.themes.some((t) => !discussed.has(t)));
      await page.getByTestId('filter-not-discussed').check();
      await expect.poll(async () => (await titles(app)).length).toBe(bringsSomethingNew.length);
      expect(await titles(app)).not.toContain(library.find((c) => c.key === 'late-night-rant')![language].title);

      await page.getByTestId('coverage-good-use').click();
      const goodUse = bringsSomethingNew.filter((c) => c.themes.includes('good-use'));
      await expect.poll(async () => (await titles(app)).sort()).toEqual(goodUse.map((c) => c[language].title).sort());
      expect(await page.getByTestId('filter-theme').inputValue()).toBe('good-use');
      await app.screenshot(`library-coverage-${language}`);
      await app.close();
    },
  );
});
