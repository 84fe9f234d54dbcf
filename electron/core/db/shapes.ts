import { checkKinds, hasALanguage } from '../../shared/caseRules';

/**
 * What a stored JSON value may be, as plain data: a case's and a procedure's shapes are
 * compiled from their zod schemas (`npm run generate` writes ../generated/shapes.ts,
 * and a test fails when they no longer say the same). Checking a stored value this way
 * needs neither zod nor a schema built first, so `samsyn info` and `samsyn check` start
 * about as fast as Node does; the values a user sends still go through the schemas.
 */
export type Shape =
  | { type: 'string'; trim?: true; min?: number; max?: number; pattern?: string }
  | { type: 'number'; int?: true; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'array'; element: Shape; min?: number; max?: number }
  | {
      type: 'object';
      shape: { readonly [key: string]: Shape };
      /** what a key the shape does not name does: refused (strict), kept (loose) or left out (strip) */
      other: 'strict' | 'loose' | 'strip';
      rules?: readonly Rule[];
    }
  | { type: 'optional'; inner: Shape };

const RULES = {
  checkKinds: (value: never) => {
    let kept = true;
    checkKinds(value, { addIssue: () => (kept = false) });
    return kept;
  },
  hasALanguage,
};
export type Rule = keyof typeof RULES;

const patterns = new Map<string, RegExp>();
const pattern = (source: string) => patterns.get(source) ?? patterns.set(source, new RegExp(source)).get(source)!;

function within(length: number, shape: { min?: number; max?: number }): boolean {
  return (shape.min === undefined || length >= shape.min) && (shape.max === undefined || length <= shape.max);
}

function acceptsObject(shape: Extract<Shape, { type: 'object' }>, value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in shape.shape) if (!accepts(shape.shape[key]!, record[key])) return false;
  if (shape.other === 'strict' && Object.keys(record).some((key) => !Object.hasOwn(shape.shape, key))) return false;
  return (shape.rules ?? []).every((rule) => RULES[rule](record as never));
}

/** Whether `value` (as JSON.parse gives it) is one the shape's schema accepts. */
export function accepts(shape: Shape, value: unknown): boolean {
  switch (shape.type) {
    case 'string': {
      if (typeof value !== 'string') return false;
      const text = shape.trim ? value.trim() : value;
      return within(text.length, shape) && (shape.pattern === undefined || pattern(shape.pattern).test(text));
    }
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (!shape.int || Number.isSafeInteger(value)) &&
        (shape.min === undefined || value >= shape.min) &&
        (shape.max === undefined || value <= shape.max)
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return shape.values.includes(value as string);
    case 'array':
      return Array.isArray(value) && within(value.length, shape) && value.every((v) => accepts(shape.element, v));
    case 'object':
      return acceptsObject(shape, value);
    case 'optional':
      return value === undefined || accepts(shape.inner, value);
  }
}
