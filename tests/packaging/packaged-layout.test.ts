import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import asar from '@electron/asar';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without types
import { checkPackagedApp, REQUIRED } from '../../scripts/packaged-layout.mjs';
import { useTempDir } from '../helpers/files';

// The checks `npm run dist:check` runs on electron-builder's output, tried on small
// packed folders made here: a sound one, and ones with a path or a file wrong.

const tempDir = useTempDir();
const NATIVE = 'node_modules/better-sqlite3/prebuilds/linux-x64.node';

async function packedApp(options: { extra?: string[]; omit?: string; resources?: Record<string, string> } = {}) {
  const root = tempDir();
  const source = join(root, 'app');
  for (const file of [...REQUIRED.filter((f: string) => f !== options.omit), NATIVE, ...(options.extra ?? [])]) {
    mkdirSync(dirname(join(source, file)), { recursive: true });
    writeFileSync(join(source, file), 'x');
  }
  const appDir = join(root, 'linux-unpacked');
  mkdirSync(join(appDir, 'resources'), { recursive: true });
  await asar.createPackageWithOptions(source, join(appDir, 'resources', 'app.asar'), { unpack: '*.node' });
  const resources = options.resources ?? { 'cases/late-night-rant.json': '{}', 'fonts/NotoSans-Regular.ttf': 'x' };
  for (const [file, body] of Object.entries(resources)) {
    mkdirSync(dirname(join(appDir, 'resources', file)), { recursive: true });
    writeFileSync(join(appDir, 'resources', file), body);
  }
  return checkPackagedApp({ appDir, nativeModule: 'linux-x64.node', devDependencies: ['vitest', 'electron'] }) as {
    problems: string[];
  };
}

describe('the packaged layout check', () => {
  it('passes a packed app with its code, unpacked native module, case library and fonts', async () => {
    expect((await packedApp()).problems).toEqual([]);
  });

  it('fails when the fonts are not where the packaged app looks for them', async () => {
    const { problems } = await packedApp({
      resources: { 'cases/a.json': '{}', 'resources/fonts/NotoSans-Regular.ttf': 'x' },
    });
    expect(problems).toEqual([expect.stringMatching(/^The fonts are not where the app looks: .*resources\/fonts\.$/)]);
  });

  it('fails when the Swedish hyphenation the PDFs use is left out of app.asar', async () => {
    const { problems } = await packedApp({ omit: 'node_modules/hyphen/patterns/sv.js' });
    expect(problems).toEqual(['app.asar lacks node_modules/hyphen/patterns/sv.js.']);
  });

  it('fails when the case library is missing', async () => {
    const { problems } = await packedApp({ resources: { 'fonts/NotoSans-Regular.ttf': 'x' } });
    expect(problems).toEqual([expect.stringMatching(/^The case library is not where the app looks/)]);
  });

  it('fails on tests, source maps, sources and development dependencies inside app.asar', async () => {
    const { problems } = await packedApp({
      extra: ['tests/core/x.test.ts', 'out/main/index.js.map', 'node_modules/vitest/index.js', 'electron/main/app.ts'],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^app\.asar holds a test folder: tests\//),
        'app.asar holds 1 source maps, e.g. out/main/index.js.map.',
        expect.stringMatching(/^app\.asar holds a source file: (tests|electron)\/.*\.ts\.$/),
        'app.asar holds the development dependency vitest.',
        expect.stringMatching(/^app\.asar holds a project source folder: electron\//),
      ]),
    );
  });
});
