import { join } from 'node:path';
import { expect, it } from 'vitest';
import { youngGeneration } from '../../../electron/core/heap';
import { PRACTICE_YOUNG_GENERATION } from '../../../electron/core/pdf/practice';
import { createService } from '../../../electron/core/service';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../../helpers/files';

// A file of its own: the engine's young generation is per process, and other tests grow it.
const tempDir = useTempDir();

it('keeps the engine’s young generation within its cap while it practises, and lets it grow again afterwards', async () => {
  const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  await service.handlers['example.create']({ path: join(tempDir(), 'Exempel.samsyn'), language: 'sv' });
  const before = youngGeneration();

  await service.preparePapers();
  expect(youngGeneration()).toBeLessThanOrEqual(Math.max(before, PRACTICE_YOUNG_GENERATION));
  const held = youngGeneration();

  // objects that live on, as a long session makes them: the engine grows the space again
  const kept: object[][] = [];
  for (let i = 0; i < 400 && youngGeneration() === held; i++) {
    kept.push(Array.from({ length: 20_000 }, (_, j) => ({ j })));
  }
  expect(youngGeneration()).toBeGreaterThan(held);
  service.shutdown();
});
