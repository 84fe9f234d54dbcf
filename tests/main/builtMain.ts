import { createRequire } from 'node:module';
import Module from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StandIn } from './strictElectron';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The build under test; SAMSYN_BUILT_OUT points elsewhere to try an older build. */
export const OUT = process.env.SAMSYN_BUILT_OUT ?? join(ROOT, 'out');

const require = createRequire(import.meta.url);
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };

/**
 * Runs the built main process (out/main/index.js) under Node with `electron` resolved
 * to the stand-in, the way Electron would run it: a fresh module each time.
 */
export function runBuiltMain(
  standIn: StandIn,
  options: { platform?: NodeJS.Platform; argv?: string[]; env?: Record<string, string> } = {},
) {
  const mainDir = join(OUT, 'main');
  for (const key of Object.keys(require.cache)) if (key.startsWith(mainDir)) delete require.cache[key];
  const originalLoad = moduleInternals._load;
  const originalArgv = process.argv;
  const originalPlatform = Object.getOwnPropertyDescriptor(process, 'platform')!;
  moduleInternals._load = function (request, parent, isMain) {
    if (request === 'electron') return standIn.module;
    return originalLoad.call(this, request, parent, isMain);
  };
  if (options.platform) Object.defineProperty(process, 'platform', { ...originalPlatform, value: options.platform });
  process.argv = options.argv ?? ['electron', '.'];
  const env = Object.entries(options.env ?? {});
  for (const [key, value] of env) process.env[key] = value;
  try {
    require(join(mainDir, 'index.js'));
  } finally {
    moduleInternals._load = originalLoad;
    process.argv = originalArgv;
    for (const [key] of env) delete process.env[key];
  }
  return {
    /** the platform stays as asked until the test restores it (the menu reads it after ready) */
    restorePlatform: () => Object.defineProperty(process, 'platform', originalPlatform),
  };
}
