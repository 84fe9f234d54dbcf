import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const PREFIX = 'samsyn-print-';
const DAY = 24 * 60 * 60 * 1000;

/**
 * Printing hands a PDF file to the system's viewer, which needs it on disk while it
 * is open. All of this session's files go into one temporary folder, removed when
 * Samsyn quits; folders left by a crashed session are removed a day later.
 */
export function printFiles(tempDir: () => string, now: () => number = Date.now) {
  let folder: string | null = null;
  const remove = (path: string) => {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // A viewer that still holds the file (Windows) keeps it; the next start removes it.
    }
  };
  return {
    write(fileName: string, bytes: Uint8Array): string {
      folder ??= mkdtempSync(join(tempDir(), PREFIX));
      const path = join(folder, basename(fileName));
      writeFileSync(path, bytes);
      return path;
    },
    removeAll(): void {
      if (folder) remove(folder);
      folder = null;
    },
    removeLeftovers(): void {
      let names: string[];
      try {
        names = readdirSync(tempDir()).filter((name) => name.startsWith(PREFIX));
      } catch {
        return;
      }
      for (const name of names) {
        const path = join(tempDir(), name);
        try {
          if (now() - statSync(path).mtimeMs > DAY) remove(path);
        } catch {
          // gone already
        }
      }
    },
  };
}
