import type { AppErrorValue, Result } from '@shared/errors';

/** A refused call: carries the code and details the screens turn into a sentence. */
export class ApiError extends Error {
  constructor(readonly error: AppErrorValue) {
    super(error.message);
    this.name = 'ApiError';
  }
}

export function api() {
  return window.samsyn;
}

/** Unwraps a contract answer, throwing ApiError for a refusal. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}
