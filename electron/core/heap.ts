import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The size of V8's young generation (where new objects are made), in bytes. */
export function youngGeneration(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * Runs background work in steps with V8's young generation allowed to grow to `maxBytes` and
 * no further; the work calls `step()` between its pieces. V8 doubles that space each time many
 * objects survive a collection, up to 64 MB, and keeps it for the life of the process. Work
 * that builds lasting tables, as the PDF practice does when it parses fonts, grows it to the
 * top: about 40 MB of memory for work nobody waits for. Capped, it runs a few more small
 * collections instead.
 * The flag is read each time V8 would grow the space, so it applies at once; 2 is V8's own
 * value, set back when the work ends. Node and Electron's main process both start V8 with
 * `--no-freeze-flags-after-init`, so a flag may change while running.
 */
export async function withYoungGenerationCap<T>(maxBytes: number, work: (step: () => void) => Promise<T>): Promise<T> {
  const step = () => setFlagsFromString(`--semi-space-growth-factor=${youngGeneration() >= maxBytes ? 1 : 2}`);
  try {
    step();
    return await work(step);
  } finally {
    setFlagsFromString('--semi-space-growth-factor=2');
  }
}
