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
