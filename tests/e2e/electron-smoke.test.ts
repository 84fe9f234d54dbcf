import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/files';

// Opt-in: the real app in the real Electron, where the binary is installed. The build
// machines install with ELECTRON_SKIP_BINARY_DOWNLOAD=1, so there it says why it skips.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tempDir = useTempDir();

function electronBinary(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) console.log('samsyn: Electron smoke test skipped: the Electron binary is not installed here.');

describe.runIf(binary)('the real app in Electron', () => {
  it('opens the window, makes a round trip, opens and closes the projector, and quits', async () => {
    const args = [ROOT, `--user-data-dir=${tempDir()}`];
    if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
    const app = await _electron.launch({ executablePath: binary!, args });
    try {
      const page = await app.firstWindow();
      await page.waitForFunction(() => 'samsyn' in window);
      const recent = await page.evaluate(() => window.samsyn.recent.list());
      expect(recent).toEqual({ ok: true, value: [] });
      await page.evaluate(() => window.samsyn.projector.open());
      await expect.poll(() => app.windows().length).toBe(2);
      await app
        .windows()
        .find((w) => w !== page)!
        .close();
      await expect.poll(() => app.windows().length).toBe(1);
    } finally {
      await app.close();
    }
  });
});
