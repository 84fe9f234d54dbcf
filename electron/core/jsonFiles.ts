import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import type { ErrorCode } from '../shared/errors';
import { AppError } from './errors';

/** Writes JSON beside the target and renames it, so a failed write leaves no half file. */
export function writeJsonFile(path: string, body: unknown): void {
  const temp = `${path}.partial`;
  writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`);
  renameSync(temp, path);
}

/**
 * Reads a JSON file that Samsyn wrote (a case pack, a conversation package). A file too big,
 * unreadable or not JSON is refused with `notOurs`, or `unreadable` when it could not be read.
 */
export function readJsonFile(
  path: string,
  refuse: { maxBytes: number; notOurs: ErrorCode; unreadable: ErrorCode },
): unknown {
  let text: string;
  try {
    if (statSync(path).size > refuse.maxBytes) throw new AppError(refuse.notOurs);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('FILE_NOT_FOUND');
    if (code === 'EISDIR') throw new AppError('NOT_A_FILE');
    throw new AppError(refuse.unreadable);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(refuse.notOurs);
  }
}
