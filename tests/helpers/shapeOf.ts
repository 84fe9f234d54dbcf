import type { z } from 'zod';
import type { Rule, Shape } from '../../electron/core/db/shapes';

// Compiles a zod schema into the plain shape electron/core/db/shapes.ts checks stored
// values with. It knows the parts the stored schemas use and refuses anything else, so
// a schema that grows a part the shapes cannot say fails here, not in a user's file.

type Def = { type: string; checks?: { _zod: { def: CheckDef } }[] } & Record<string, unknown>;
type CheckDef = { check: string } & Record<string, unknown>;

const defOf = (schema: unknown): Def => (schema as z.ZodType)._zod.def as unknown as Def;

function refuse(what: string): never {
  throw new Error(
    `the stored shapes cannot say ${what}: extend electron/core/db/shapes.ts and tests/helpers/shapeOf.ts`,
  );
}

function checksOf(def: Def): CheckDef[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}

function lengths(checks: CheckDef[]): { min?: number; max?: number } {
  const out: { min?: number; max?: number } = {};
  for (const check of checks) {
    if (check.check === 'min_length') out.min = Math.max(out.min ?? 0, check.minimum as number);
    else if (check.check === 'max_length') out.max = Math.min(out.max ?? Infinity, check.maximum as number);
    else refuse(`the check ${check.check}`);
  }
  return out;
}

function stringShape(def: Def): Shape {
  const checks = checksOf(def);
  // zod runs a string's checks in order: trimming counts only when it comes first
  const trim = checks[0]?.check === 'overwrite' && String(checks[0].tx) === '(input) => input.trim()';
  const rest = trim ? checks.slice(1) : checks;
  const regex = rest.filter((c) => c.check === 'string_format');
  if (regex.length > 1 || regex.some((c) => c.format !== 'regex' || (c.pattern as RegExp).flags !== '')) {
    refuse('a string format other than one plain regex');
  }
  const shape: Shape = {
    type: 'string',
    ...(trim ? { trim: true as const } : {}),
    ...lengths(rest.filter((c) => c.check !== 'string_format')),
  };
  return regex.length ? { ...shape, pattern: (regex[0]!.pattern as RegExp).source } : shape;
}

function numberShape(def: Def): Shape {
  const shape: { type: 'number'; int?: true; min?: number; max?: number } = { type: 'number' };
  for (const check of checksOf(def)) {
    if (check.check === 'number_format' && check.format === 'safeint') shape.int = true;
    else if (check.check === 'greater_than' && check.inclusive) shape.min = check.value as number;
    else if (check.check === 'less_than' && check.inclusive) shape.max = check.value as number;
    else refuse(`the number check ${check.check}`);
  }
  return shape;
}

function objectShape(def: Def, rules: readonly Rule[]): Shape {
  const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
  const other =
    catchall === undefined
      ? 'strip'
      : catchall === 'never'
        ? 'strict'
        : catchall === 'unknown'
          ? 'loose'
          : refuse(`other keys of type ${catchall}`);
  const custom = checksOf(def);
  if (custom.some((c) => c.check !== 'custom') || custom.length !== rules.length) {
    refuse(`${custom.length} refinements of an object named by ${rules.length} rules`);
  }
  const shape = Object.fromEntries(
    Object.entries(def.shape as Record<string, unknown>).map(([key, value]) => [key, shapeOf(value)]),
  );
  return { type: 'object', shape, other, ...(rules.length ? { rules } : {}) };
}

/** The shape of `schema`; `rules` name, in order, the refinements of its outermost object. */
export function shapeOf(schema: unknown, rules: readonly Rule[] = []): Shape {
  const def = defOf(schema);
  if (def.type !== 'object' && rules.length) refuse('rules on anything but an object');
  switch (def.type) {
    case 'string':
      return stringShape(def);
    case 'number':
      return numberShape(def);
    case 'boolean':
      if (checksOf(def).length) refuse('a checked boolean');
      return { type: 'boolean' };
    case 'enum': {
      const values = Object.values(def.entries as Record<string, unknown>);
      if (values.some((v) => typeof v !== 'string')) refuse('an enum of other than texts');
      return { type: 'enum', values: values as string[] };
    }
    case 'array':
      return { type: 'array', element: shapeOf(def.element), ...lengths(checksOf(def)) };
    case 'object':
      return objectShape(def, rules);
    case 'optional':
      return { type: 'optional', inner: shapeOf(def.innerType) };
    default:
      return refuse(`a schema of type ${def.type}`);
  }
}
