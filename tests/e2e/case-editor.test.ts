import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryCase } from '../../electron/shared/caseSchema';
import { LIBRARY_DIR, sha256 } from '../helpers/files';
import { createWorkbook } from './pages';
import { useApp, type AppPage } from './harness';

const { tempDir, open } = useApp();

/** Creates a Swedish workbook through the start screen, as a user would. */
async function appWithWorkbook(): Promise<AppPage> {
  const app = await open();
  await createWorkbook(app, 'Björkbackens förskola', join(tempDir(), 'Björkbacken.samsyn'));
  return app;
}

async function openEditor(app: AppPage, hash: string) {
  await app.page.evaluate((h) => (location.hash = h), hash);
  await app.page.getByTestId('save-case').waitFor();
  return { app, page: app.page };
}

const newCase = async () => openEditor(await appWithWorkbook(), '#/cases/new');

/** The editor on the workbook's copy of a library case. */
async function editCopyOf(key: string) {
  const app = await appWithWorkbook();
  const { id } = await app.service.handlers['cases.useFromLibrary']({ key });
  return { ...(await openEditor(app, `#/cases/${id}/edit`)), id };
}

const listCases = (app: AppPage) => Promise.resolve(app.service.handlers['cases.list']({}));

describe('the case editor', () => {
  it('writes a new situation case in Swedish only and stores exactly what was typed', async () => {
    const { app, page } = await newCase();
    const field = (test: string) => page.getByTestId(test);

    await field('kind-situation').click();
    await field('case-title-sv').fill('  Schemat i chattgruppen  ');
    await field('situation-sv').fill(
      'Jonas lägger ut nästa veckas schema i personalens chattgrupp en söndagskväll. Två kollegor svarar med arga emojis, och en tredje skriver att hon tänker sjukanmäla sig.',
    );
    await field('question-sv-0').fill('Hur hade du reagerat om du fick meddelandet på söndagskvällen?');
    await field('question-sv-1').fill('Är chattgruppen en arbetsplats eller en privat plats?');
    await field('question-sv-2').fill('Vad vill vi komma överens om kring chattgruppen och arbetstiden?');
    await field('add-question-sv').click();
    await expect.poll(() => field('question-sv-3').evaluate((el) => el === document.activeElement)).toBe(true);
    // Reordering works from the keyboard, and focus follows the moved question.
    await field('move-up-question-sv-2').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('move-up-question-sv-1');
    await field('note-sv-0').fill('Många vill ha schemat tidigt, men inte en söndagskväll.');
    await field('add-note-sv').click();
    await field('note-sv-1').fill('Gråzonen: räknas det som arbetstid att läsa chattgruppen hemma?');
    await field('suggested-point-sv').fill(
      'Vi skickar jobbmeddelanden på arbetstid, och ingen förväntas svara på kvällar eller helger.',
    );
    expect(await field('suggested-point-sv-count').textContent()).toContain('av 200 tecken');
    await field('theme-working-hours').check();
    await field('theme-good-use').check();
    await field('sector-public').check();
    await field('sector-association').check();
    await field('channel').selectOption('chat-group');
    expect(await field('heated').count()).toBe(0);
    await field('include-en').check();
    await expect.poll(() => field('case-title-en').count()).toBe(1);
    await field('include-en').uncheck();
    await expect.poll(() => field('tab-en').count()).toBe(0);
    await app.screenshot('case-editor-situation-sv');

    await field('save-case').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/library\?.*case=\d+/);
    const [stored] = await listCases(app);
    expect(page.url()).toContain(`case=${stored!.id}`);
    expect(stored).toMatchObject({
      origin: 'custom',
      kind: 'situation',
      themes: ['working-hours', 'good-use'],
      sectors: ['public', 'association'],
      channel: 'chat-group',
    });
    expect(stored!.en).toBeUndefined();
    expect(stored!.heated).toBeUndefined();
    expect(stored!.sv).toEqual({
      title: 'Schemat i chattgruppen',
      situation:
        'Jonas lägger ut nästa veckas schema i personalens chattgrupp en söndagskväll. Två kollegor svarar med arga emojis, och en tredje skriver att hon tänker sjukanmäla sig.',
      questions: [
        'Hur hade du reagerat om du fick meddelandet på söndagskvällen?',
        'Vad vill vi komma överens om kring chattgruppen och arbetstiden?',
        'Är chattgruppen en arbetsplats eller en privat plats?',
      ],
      notes: [
        'Många vill ha schemat tidigt, men inte en söndagskväll.',
        'Gråzonen: räknas det som arbetstid att läsa chattgruppen hemma?',
      ],
      suggestedPoint: 'Vi skickar jobbmeddelanden på arbetstid, och ingen förväntas svara på kvällar eller helger.',
    });
    await app.close();
  });

  it('refuses two questions with its own sentence, stores nothing, and asks before leaving', async () => {
    const { app, page } = await newCase();
    const field = (test: string) => page.getByTestId(test);

    await field('kind-situation').click();
    await field('case-title-sv').fill('Bara två frågor');
    await field('situation-sv').fill('En kort situation.');
    await field('question-sv-0').fill('Första frågan?');
    await field('question-sv-1').fill('Andra frågan?');
    await field('note-sv-0').fill('En anteckning.');
    await field('suggested-point-sv').fill('Vi gör så här.');
    await field('theme-tone-and-irony').check();
    await field('save-case').click();

    const summary = field('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('Svenska: Skriv minst tre frågor.');
    expect(await field('questions-error-sv').textContent()).toBe('Skriv minst tre frågor.');
    expect(await summary.textContent()).not.toMatch(/array|expected|too_small/i);
    await app.screenshot('case-editor-errors-sv');
    expect(await listCases(app)).toEqual([]);
    expect(await page.evaluate(() => location.hash)).toBe('#/cases/new');

    await summary.getByRole('button').click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-test'))).toBe('question-sv-0');

    // The sentence goes away as soon as the list is long enough again.
    await field('question-sv-2').fill('Tredje frågan?');
    await expect.poll(() => field('questions-error-sv').count()).toBe(0);

    await field('cancel-case').click();
    await field('confirm-dialog').waitFor();
    expect(await field('confirm-dialog').textContent()).toContain('ändringar som inte är sparade');
    await field('confirm-dialog-confirm').click();
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('/cases/new');
    expect(await listCases(app)).toEqual([]);
    await app.close();
  });

  it('edits the workbook copy of a library case and leaves the library file untouched', async () => {
    const libraryFile = join(LIBRARY_DIR, 'late-night-rant.json');
    const before = sha256(libraryFile);
    const { app, page, id } = await editCopyOf('late-night-rant');
    const field = (test: string) => page.getByTestId(test);

    await expect.poll(() => field('case-title-sv').inputValue()).toBe('Ett ilsket inlägg mitt i natten');
    expect(await field('tab-en').count()).toBe(1);
    expect(await field('include-en').count()).toBe(0);
    expect(await field('heated').isChecked()).toBe(true);
    await field('case-title-sv').fill('Ett ilsket inlägg om chefen');
    await field('post-text-sv').fill('Vissa borde inte få vara chefer. Så trött på det här.');
    await page.keyboard.press('Control+s');

    await expect.poll(() => page.evaluate(() => location.hash)).toContain(`case=${id}`);
    const saved = await app.service.handlers['cases.get']({ id });
    const library = JSON.parse(readFileSync(libraryFile, 'utf8')) as LibraryCase;
    expect(saved.edited).toBe(true);
    expect(saved.key).toBe('late-night-rant');
    expect(saved.sv!.title).toBe('Ett ilsket inlägg om chefen');
    expect(saved.sv!.post).toEqual({
      ...library.sv.post,
      text: 'Vissa borde inte få vara chefer. Så trött på det här.',
    });
    expect(saved.sv!.questions).toEqual(library.sv.questions);
    expect(saved.en).toEqual(library.en);
    expect(saved.heated).toBe(true);
    expect(sha256(libraryFile)).toBe(before);
    await app.close();
  });

  it('says in a sentence when the workbook refuses the save', async () => {
    const { app, page, id } = await editCopyOf('preschool-photos');
    await expect.poll(() => page.getByTestId('situation-sv').inputValue()).toContain('Amira');
    await app.service.handlers['cases.delete']({ id });
    await page.getByTestId('case-title-sv').fill('Vårprojektet på vår sida');
    await page.getByTestId('save-case-bottom').click();
    const error = page.getByTestId('error');
    await error.waitFor();
    expect(await error.textContent()).toContain('finns inte längre i arbetsboken');
    expect(await page.evaluate(() => location.hash)).toBe(`#/cases/${id}/edit`);
    await app.close();
  });

  it('shows a post case in Swedish and in English on a 1366×768 screen', async () => {
    const { app, page } = await editCopyOf('late-night-rant');
    await expect.poll(() => page.getByTestId('post-author-sv').inputValue()).toBe('Mikaela');
    await app.screenshot('case-editor-post-sv');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('tab-en').click();
    await expect.poll(() => page.getByTestId('case-title-en').inputValue()).toBe('A furious post late at night');
    expect(await page.getByTestId('save-case').textContent()).toContain('Save case');
    await app.screenshot('case-editor-post-en');
    await app.close();
  });
});
