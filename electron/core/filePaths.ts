import { type Stats, statSync } from 'node:fs';
import { AppError } from './errors';

// PATH_MAX and NAME_MAX on Linux and macOS; Windows' long paths fit in the first too.
const MAX_PATH_BYTES = 4096;
const MAX_NAME_BYTES = 255;

/**
 * Refuses a path no file system can hold (a NUL byte ends a path in the system
 * calls, so the file meant is never the file named) before anything looks it up.
 */
export function assertUsablePath(path: string): void {
  if (path.includes('\0')) throw new AppError('PATH_INVALID');
  if (
    Buffer.byteLength(path) > MAX_PATH_BYTES ||
    path.split(/[\\/]/).some((name) => Buffer.byteLength(name) > MAX_NAME_BYTES)
  )
    throw new AppError('PATH_TOO_LONG', { max: MAX_NAME_BYTES });
}

/** What an existing path is, refusing anything but an ordinary file with its own code. */
export function assertRegularFile(stat: Stats): void {
  if (stat.isDirectory()) throw new AppError('NOT_A_FILE');
  if (!stat.isFile()) throw new AppError('NOT_A_REGULAR_FILE');
}

export function fsError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('FILE_NOT_FOUND');
  if (code === 'EACCES' || code === 'EPERM') return new AppError('NO_ACCESS');
  if (code === 'EISDIR') return new AppError('NOT_A_FILE');
  if (code === 'ENAMETOOLONG') return new AppError('PATH_TOO_LONG', { max: MAX_NAME_BYTES });
  return new AppError('DAMAGED', { reason: code ?? 'unreadable' });
}

/** stat of a workbook path that must be an ordinary file. */
export function statWorkbookPath(path: string): Stats {
  assertUsablePath(path);
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (err) {
    throw fsError(err);
  }
  assertRegularFile(stat);
  return stat;
}
