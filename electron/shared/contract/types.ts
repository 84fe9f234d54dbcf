import type { z } from 'zod';

export type ParsedInput<S extends z.ZodType> = z.output<S>;
