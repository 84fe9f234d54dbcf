import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A file of this name beside the program makes any build portable. */
export const PORTABLE_MARKER = 'samsyn-portable';
export const PORTABLE_DATA = 'Samsyn-data';

/**
 * The folder a portable build keeps its recent list and backups in: beside the
 * program on the stick, never on the client's computer. Null for an installed build.
 * The portable Windows build says where it is through PORTABLE_EXECUTABLE_DIR, an
 * AppImage through APPIMAGE; otherwise a marker file beside the executable decides.
 */
export function portableHome(
  env: Record<string, string | undefined>,
  execPath: string,
  exists: (path: string) => boolean = existsSync,
): string | null {
  if (env.PORTABLE_EXECUTABLE_DIR) return env.PORTABLE_EXECUTABLE_DIR;
  const programDir = env.APPIMAGE ? dirname(env.APPIMAGE) : dirname(execPath);
  return exists(join(programDir, PORTABLE_MARKER)) ? programDir : null;
}
