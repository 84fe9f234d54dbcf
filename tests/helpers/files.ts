import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temporary folder per test, removed afterwards. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'samsyn-test-'));
    dirs.push(dir);
    return dir;
  };
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

export const LIBRARY_DIR = join(__dirname, '..', '..', 'resources', 'cases');
export const FONTS_DIR = join(__dirname, '..', '..', 'resources', 'fonts');
