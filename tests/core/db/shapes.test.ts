import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { accepts, type Shape } from '../../../electron/core/db/shapes';
import { CASE_CONTENT, CASE_TEXT, PROCEDURE } from '../../../electron/core/generated/shapes';
import { loadLibrary } from '../../../electron/core/library';
import { caseSchemas } from '../../../electron/shared/caseSchema';
import { procedureSchema } from '../../../electron/shared/procedureSchema';
import { LIBRARY_DIR } from '../../helpers/files';

// A stored case or procedure is checked by its shape, not by zod: the two must accept
// exactly the same values, or a workbook the app would refuse opens (or the reverse).
// Each case here is a real library case changed in one or a few places.

const cases = loadLibrary(LIBRARY_DIR).cases.map((c) => JSON.parse(JSON.stringify(c)) as Record<string, unknown>);
const { workbookCaseContent, caseText } = caseSchemas();

function zodAccepts(schema: z.ZodType, value: unknown): boolean {
  try {
    return schema.safeParse(value).success;
  } catch {
    return false;
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// values near every limit the schemas set: blank and padded texts, lengths either side
// of a maximum, numbers that are not whole, negative or too large, and other types
const texts = fc.oneof(
  fc.constantFrom('', ' ', '  x  ', 'a-b', 'A', 'x y', 'two--dashes', '\n'),
  fc.integer({ min: 0, max: 1300 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: 0, max: 82 }).map((n) => ` ${'k'.repeat(n)} `),
  fc.string(),
);
const numbers = fc.oneof(
  fc.constantFrom(0, 1, -1, 1.5, 10_000, 10_001, 1_000_000, 1_000_001, 2 ** 53),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const words = fc.constantFrom('post', 'situation', 'all', 'public', 'blog', 'good-use', 'sv', 'en', 'likes');
const leaf: fc.Arbitrary<Json> = fc.oneof(texts, numbers, words, fc.boolean(), fc.constant(null));
const anyJson: fc.Arbitrary<Json> = fc.oneof(
  { weight: 4, arbitrary: leaf },
  { weight: 1, arbitrary: fc.array(leaf, { maxLength: 7 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('title', 'text', 'x', 'key'), leaf, { maxKeys: 3 }) },
);

/** Every place in `value` a change can go: each key of each object, each element of each array. */
function places(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...path, i], ...places(v, [...path, i])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[...path, k], ...places(v, [...path, k])]);
  }
  return [];
}

type Change = { pick: number; kind: 'set' | 'delete' | 'add' | 'grow'; value: Json };
const changes = fc.array(
  fc.record({
    pick: fc.nat(),
    kind: fc.constantFrom<Change['kind']>('set', 'set', 'delete', 'add', 'grow'),
    value: anyJson,
  }),
  { minLength: 1, maxLength: 3 },
);

function changed(original: unknown, list: Change[]): unknown {
  const value = structuredClone(original) as Record<string | number, unknown>;
  for (const change of list) {
    const all = places(value);
    if (all.length === 0) break;
    const path = all[change.pick % all.length]!;
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((at, key) => at[key] as never, value);
    const key = path[path.length - 1]!;
    if (change.kind === 'set') parent[key] = change.value;
    else if (change.kind === 'delete' && Array.isArray(parent)) parent.splice(Number(key), 1);
    else if (change.kind === 'delete') delete parent[key];
    else if (change.kind === 'add' && !Array.isArray(parent)) parent[`${String(key)}_extra`] = change.value;
    else if (Array.isArray(parent)) parent.push(structuredClone(parent[0]) ?? change.value);
  }
  return value;
}

function agree(shape: Shape, schema: z.ZodType, value: unknown): void {
  expect(accepts(shape, value), String(JSON.stringify(value)).slice(0, 400)).toBe(zodAccepts(schema, value));
}

describe('the stored shapes', () => {
  it('accept every library case and each of its texts, as the schemas do', () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const c of cases) {
      expect(accepts(CASE_CONTENT, c), String(c.key)).toBe(true);
      expect(accepts(CASE_TEXT, c.sv)).toBe(true);
    }
  });

  it('accept and refuse the same changed cases as the case schema', () => {
    fc.assert(
      fc.property(fc.nat({ max: cases.length - 1 }), changes, (index, list) => {
        agree(CASE_CONTENT, workbookCaseContent, changed(cases[index], list));
      }),
      { numRuns: 3000 },
    );
  });

  it("accept and refuse the same changed case texts as the text schema, a language's text alone", () => {
    fc.assert(
      fc.property(fc.nat({ max: cases.length - 1 }), changes, (index, list) => {
        agree(CASE_TEXT, caseText, changed(cases[index]!.en, list));
      }),
      { numRuns: 1500 },
    );
  });

  it('accept and refuse the same procedures as the procedure schema', () => {
    const procedure = { included: true, opening: 'Välkomna', adjusters: '', agenda: 'Fall 1', closing: '' };
    fc.assert(
      fc.property(changes, (list) => agree(PROCEDURE, procedureSchema(), changed(procedure, list))),
      { numRuns: 1000 },
    );
    agree(PROCEDURE, procedureSchema(), { ...procedure, opening: 'x'.repeat(5000) });
  });

  it('take a case in one language and refuse one in none, as the case schema does', () => {
    const { sv, en, ...neither } = cases[0]!;
    for (const value of [{ ...neither, sv }, { ...neither, en }, neither])
      agree(CASE_CONTENT, workbookCaseContent, value);
    expect(accepts(CASE_CONTENT, neither)).toBe(false);
  });

  it('refuse what is not the value at all, as the schemas do', () => {
    for (const value of [null, 1, 'case', [], [cases[0]], {}, undefined]) {
      agree(CASE_CONTENT, workbookCaseContent, value);
      agree(PROCEDURE, procedureSchema(), value);
    }
  });
});
