import { join } from 'node:path';
import { getHeapSpaceStatistics } from 'node:v8';
import { expect, it } from 'vitest';
import { createService } from '../../../electron/core/service';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../../helpers/files';

// A file of its own: the engine's young generation is per process, and other tests grow it.
const tempDir = useTempDir();
const youngGeneration = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')!.space_size;

it('keeps the engine’s young generation at its size while it practises, and lets it grow again afterwards', async () => {
  const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  await service.handlers['example.create']({ path: join(tempDir(), 'Exempel.samsyn'), language: 'sv' });
  const before = youngGeneration();

  await service.preparePapers();
  expect(youngGeneration()).toBe(before);

  // objects that live on, as a long session makes them: the engine grows the space again
  const kept: object[][] = [];
  for (let i = 0; i < 400 && youngGeneration() === before; i++) {
    kept.push(Array.from({ length: 20_000 }, (_, j) => ({ j })));
  }
  expect(youngGeneration()).toBeGreaterThan(before);
  service.shutdown();
});
