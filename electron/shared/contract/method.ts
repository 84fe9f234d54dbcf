import { z } from 'zod';
import { LIMITS } from '../limits';

export interface Method<I extends z.ZodType, O> {
  input: I;
  /** phantom: carries the output type, never read at run time */
  output?: O;
}

export function method<O>() {
  return <I extends z.ZodType>(input: I): Method<I, O> => ({ input });
}

export const text = (max: number) => z.string().max(max);
export const filePath = z.string().min(1).max(LIMITS.path);
export const none = z.strictObject({});
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const isoDate = z
  .string()
  .max(10)
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const clockTime = z.union([
  z.literal(''),
  z
    .string()
    .max(5)
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:MM'),
]);
