import { setFlagsFromString } from 'node:v8';

/**
 * Runs background work with V8's young generation (where new objects are made) held at its
 * present size. V8 doubles that space each time many objects survive a collection, up to
 * 64 MB, and keeps it for the life of the process. Work that builds lasting tables, as the
 * PDF practice does when it parses fonts, grows it to the top: about 50 MB of memory for
 * work nobody waits for. Held, the work runs a few more small collections instead.
 * The flag is read each time V8 would grow the space, so it applies at once; 2 is V8's own
 * value, set back when the work ends. Node and Electron's main process both start V8 with
 * `--no-freeze-flags-after-init`, so a flag may change while running.
 */
export async function withSteadyYoungGeneration<T>(work: () => Promise<T>): Promise<T> {
  setFlagsFromString('--semi-space-growth-factor=1');
  try {
    return await work();
  } finally {
    setFlagsFromString('--semi-space-growth-factor=2');
  }
}
