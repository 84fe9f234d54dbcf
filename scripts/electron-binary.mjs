import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const electronDir = fileURLToPath(new URL('../node_modules/electron/', import.meta.url));

// Path of the downloaded Electron executable, or null. Deliberately does not
// require('electron'): since Electron 42 that require downloads the binary.
export function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
