// Every failure the app can report. Each code has a sentence per language in
// messages.ts that says what happened and what to do.
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'FILE_NOT_FOUND',
  'NOT_A_FILE',
  'NOT_A_REGULAR_FILE',
  'PATH_INVALID',
  'PATH_TOO_LONG',
  'EMPTY_FILE',
  'NOT_SQLITE',
  'NOT_A_WORKBOOK',
  'NEWER_FORMAT',
  'DAMAGED',
  'UNEXPECTED_SCHEMA',
  'NEEDS_RECOVERY',
  'RECOVERY_FAILED',
  'FOREIGN_JOURNAL',
  'LOCK_REFUSED',
  'NO_ACCESS',
  'FILE_EXISTS',
  'WORKBOOK_LOCKED',
  'READ_ONLY',
  'NO_WORKBOOK',
  'NOT_FOUND',
  'IN_USE',
  'CASE_EXISTS',
  'NOT_A_PACK',
  'PACK_INVALID',
  'PACK_NEWER',
  'NOT_A_PACKAGE',
  'PACKAGE_INVALID',
  'PACKAGE_NEWER',
  'SAME_WORKBOOK',
  'SIGNED',
  'NOT_CLOSED',
  'NOT_SIGNED',
  'POLL_OVER_COUNT',
  'POLICY_TOO_LONG',
  'AGREEMENT_EMPTY',
  'SAVE_FAILED',
  'PAPER_NOT_SAVED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorDetails = Record<string, string | number | boolean | null>;

export interface AppErrorValue {
  code: ErrorCode;
  message: string;
  details?: ErrorDetails;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorValue };
