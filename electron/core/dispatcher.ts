import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from '../shared/contract';
import type { AppErrorValue, ErrorDetails, Result } from '../shared/errors';
import { AppError, damagedIfCorrupt } from './errors';
import type { Handlers } from './service';

export type Dispatch = (method: unknown, input: unknown) => Promise<Result<unknown>>;

function failure(error: AppError): { ok: false; error: AppErrorValue } {
  return {
    ok: false,
    error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
  };
}

/** The first problem zod found, as details the renderer can turn into a sentence. */
export function describeInvalid(error: z.ZodError): ErrorDetails {
  const issue = error.issues[0];
  if (!issue) return { field: '', problem: 'invalid' };
  const field = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'too_big':
      return { field, problem: issue.origin === 'string' ? 'too_long' : 'too_big', max: Number(issue.maximum) };
    case 'too_small':
      return {
        field,
        problem: issue.origin === 'string' && Number(issue.minimum) === 1 ? 'required' : 'too_small',
        min: Number(issue.minimum),
      };
    case 'invalid_type':
      return { field, problem: issue.input === undefined ? 'required' : 'wrong_type' };
    case 'unrecognized_keys':
      return { field: issue.keys.join(', ').slice(0, 80), problem: 'unknown_field' };
    default:
      return { field, problem: 'invalid' };
  }
}

// SQLite answers these when the disk is full, gone or write-protected.
const SAVE_FAILURES: [RegExp, string][] = [
  [/^SQLITE_FULL/, 'disk-full'],
  [/^SQLITE_READONLY/, 'read-only'],
  [/^SQLITE_(BUSY|LOCKED)/, 'busy'],
  [/^SQLITE_(IOERR|CANTOPEN)/, 'io'],
];

function toFailure(thrown: unknown, method: string, log: (message: string, err: unknown) => void) {
  const err = damagedIfCorrupt(thrown);
  if (err instanceof AppError) return failure(err);
  const code = (err as { code?: unknown }).code;
  const reason = typeof code === 'string' ? SAVE_FAILURES.find(([pattern]) => pattern.test(code))?.[1] : undefined;
  if (reason) return failure(new AppError('SAVE_FAILED', { reason, sqlite: String(code) }));
  log(`samsyn: ${method} failed`, err);
  return failure(new AppError('INTERNAL'));
}

/**
 * The one entry point for every call from a window: checks the method name and
 * validates the payload against the contract before any handler sees it.
 */
export function createDispatcher(
  handlers: Handlers,
  log: (message: string, err: unknown) => void = console.error,
): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return failure(new AppError('UNKNOWN_METHOD'));
    const parsed = contract[method].input.safeParse(input === undefined ? {} : input);
    if (!parsed.success) return failure(new AppError('INVALID_INPUT', describeInvalid(parsed.error)));
    try {
      const handler = handlers[method as MethodName] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value: value === undefined ? null : value };
    } catch (err) {
      return toFailure(err, method, log);
    }
  };
}
