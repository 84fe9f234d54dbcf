import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/files';

const require = createRequire(import.meta.url);
const { flip } = require('../../scripts/fuses.cjs') as { flip: (binary: string) => Promise<unknown> };
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses') as typeof import('@electron/fuses');
const { FuseState, SENTINEL: SENTINEL_TEXT } = require('@electron/fuses/dist/constants') as {
  FuseState: Record<string, number>;
  SENTINEL: string;
};
const tempDir = useTempDir();

describe('the fuses of a packaged build', () => {
  it('turn off running as Node, NODE_OPTIONS and --inspect, and turn on asar integrity', async () => {
    // A stand-in binary: Electron's fuse wire (version 1, eight fuses) as it ships, all at their defaults.
    const binary = join(tempDir(), 'Samsyn');
    const defaults = Buffer.from('10110000', 'latin1');
    const original = Buffer.concat([
      Buffer.from('ELF header'),
      Buffer.from(SENTINEL_TEXT, 'latin1'),
      Buffer.from([1, 8]),
      defaults,
      Buffer.from('rest'),
    ]);
    writeFileSync(binary, original);
    await flip(binary);
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(FuseState.DISABLE).toBe('0'.charCodeAt(0));
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(readFileSync(binary).length).toBe(original.length);
  });
});
