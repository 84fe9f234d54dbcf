import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApp } from './harness';
import { createWorkbook } from './pages';

// Double-clicking a file in the file manager: main hands its path to the window.

const { tempDir, open } = useApp();

describe('a file opened from the file manager', () => {
  it('shows the import of a case pack in the open workbook', async () => {
    const files = tempDir();
    const app = await open();
    await createWorkbook(app, 'Konsulten', join(files, 'Konsulten.samsyn'));
    const copy = await app.service.handlers['cases.useFromLibrary']({ key: 'preschool-photos' });
    const pack = join(files, 'Egna fall.samsyn-cases');
    await app.service.handlers['cases.exportPack']({ ids: [copy.id], path: pack });

    await app.push({ type: 'open-path', path: pack });
    const preview = app.page.getByTestId('pack-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('Finns redan');
    await app.close();
  });

  it('says to open a workbook first when a case pack arrives with none open', async () => {
    const app = await open();
    await app.page.getByTestId('new-workbook').waitFor();
    await app.push({ type: 'open-path', path: join(tempDir(), 'Egna fall.samsyn-cases') });
    await expect
      .poll(() => app.page.getByTestId('error').textContent())
      .toContain('Ingen arbetsbok är öppen. Öppna eller skapa en arbetsbok först.');
    await app.close();
  });

  it('starts a new workbook from a conversation package', async () => {
    const app = await open();
    await createWorkbook(app, 'Centralt', join(tempDir(), 'Centralt.samsyn'));
    await app.push({ type: 'open-path', path: join(tempDir(), 'Samtal om sociala medier.samsyn-package') });
    await expect
      .poll(() => app.page.getByTestId('package-file').textContent())
      .toBe('Paket: Samtal om sociala medier.samsyn-package');
    await app.close();
  });
});
