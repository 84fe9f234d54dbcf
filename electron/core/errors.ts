import type { ErrorCode, ErrorDetails } from '../shared/errors';
import { errorSentence } from '../shared/messages';

/** A failure the user can act on; its code picks the sentence the user sees. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails | undefined;

  constructor(code: ErrorCode, details?: ErrorDetails) {
    super(errorSentence('en', code, details));
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/**
 * A file found damaged while it is being read (SQLite answers SQLITE_CORRUPT or
 * SQLITE_NOTADB) is DAMAGED, as when it is opened: never an internal error, and
 * never a failed save. Any other failure passes unchanged.
 */
export function damagedIfCorrupt(err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return err;
  return new AppError('DAMAGED', { reason: String((err as Error).message).slice(0, 120) });
}
