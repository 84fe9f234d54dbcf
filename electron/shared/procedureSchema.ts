import { z } from 'zod';
import { lazy } from './lazy';
import { LIMITS } from './limits';

/**
 * A meeting's own procedure texts: what the contract accepts and what a workbook
 * may hold. Kept apart from the contract, so that checking a workbook's stored
 * values does not build the whole contract.
 */
export const procedureSchema = lazy(() =>
  z.strictObject({
    included: z.boolean(),
    opening: z.string().max(LIMITS.shortText),
    adjusters: z.string().max(LIMITS.shortText),
    agenda: z.string().max(LIMITS.shortText),
    closing: z.string().max(LIMITS.shortText),
  }),
);
