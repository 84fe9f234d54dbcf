import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatcher';
import { createService, type Handlers } from '../../electron/core/service';
import { contract, METHOD_NAMES } from '../../electron/shared/contract';
import { errorSentence } from '../../electron/shared/messages';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../helpers/files';

const tempDir = useTempDir();

/** Every string field reachable in a schema, with its path. */
function strings(schema: z.ZodType, path: string[] = []): { path: string[]; schema: z.ZodString }[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (schema instanceof z.ZodString) return [{ path, schema }];
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([k, v]) => strings(v, [...path, k]));
  if (schema instanceof z.ZodArray) return strings(def.element as z.ZodType, [...path, '0']);
  if (schema instanceof z.ZodUnion || schema instanceof z.ZodDiscriminatedUnion)
    return (def.options as z.ZodType[]).flatMap((o) => strings(o, path));
  if ('innerType' in def) return strings(def.innerType as z.ZodType, path);
  if ('in' in def && 'out' in def) return strings(def.in as z.ZodType, path);
  return [];
}

describe('length limits', () => {
  it('bound every text field of every call', () => {
    const unbounded = METHOD_NAMES.flatMap((m) =>
      strings(contract[m].input)
        .filter((s) => s.schema.maxLength === null)
        .map((s) => `${m}: ${s.path.join('.')}`),
    );
    expect(unbounded).toEqual([]);
  });

  it('refuse one character too many with a sentence that names the limit', async () => {
    const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
    const dispatch = createDispatcher(service.handlers as Handlers);
    const cases: [string, Record<string, unknown>, string, number][] = [
      [
        'workbook.create',
        { path: '/tmp/x.samsyn', orgName: 'x'.repeat(121), sector: 'public', language: 'sv' },
        'orgName',
        120,
      ],
      ['items.update', { id: 1, changes: { consensusNotes: 'x'.repeat(20_001) } }, 'changes.consensusNotes', 20_000],
      ['agreement.addPoint', { text: 'x'.repeat(401) }, 'text', 400],
      ['meetings.create', { title: 'x'.repeat(201), date: '2026-01-01' }, 'title', 200],
    ];
    for (const [method, input, field, max] of cases) {
      const answer = await dispatch(method, input);
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', details: { field, problem: 'too_long', max } },
      });
      if (answer.ok) continue;
      expect(answer.error.message).toBe(`“${field}” could not be saved: at most ${max} characters are allowed.`);
      expect(errorSentence('sv', answer.error.code, answer.error.details)).toBe(
        `Uppgiften ”${field}” gick inte att spara: högst ${max} tecken är tillåtna.`,
      );
    }
    service.shutdown();
  });
});
