import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatcher';
import { createService, type Handlers } from '../../electron/core/service';
import { contract, METHOD_NAMES } from '../../electron/shared/contract';
import { FONTS_DIR, LIBRARY_DIR, sha256, useTempDir } from '../helpers/files';

const tempDir = useTempDir();
const RUNS_PER_METHOD = Number(process.env.SAMSYN_FUZZ_RUNS ?? 150);

const FIELD_NAMES = [
  'id',
  'meetingId',
  'itemId',
  'caseId',
  'path',
  'title',
  'text',
  'name',
  'role',
  'changes',
  'content',
  'key',
  'ids',
  'orgName',
  'sector',
  'language',
  'readOnly',
  'takeOverLock',
  'status',
  'date',
  'startTime',
  'durationMinutes',
  'agree',
  'disagree',
  'unsure',
  'command',
  'value',
  'request',
  'paper',
  'kind',
  'style',
  'version',
  'present',
  'done',
  'what',
  'who',
  'dueDate',
  'signedBy',
  'suggestedName',
  '__proto__',
  'constructor',
  'prototype',
];

const hostile = fc.oneof(
  fc.constantFrom(NaN, -1, -0.5, 1e309, -1e309, Number.MAX_SAFE_INTEGER + 2, 0, 2 ** 31),
  fc.constantFrom(
    '',
    ' ',
    '../../etc/passwd',
    'x'.repeat(100_000),
    '\u0000',
    '<script>alert(1)</script>',
    'DROP TABLE meetings;',
  ),
  fc.constantFrom(null, true, false, [], {}, [1, 2, 3]),
  fc.constant(JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -1000, max: 1000 }),
);

const payload = fc.oneof(
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
  {
    weight: 4,
    arbitrary: fc.dictionary(
      fc.constantFrom(...FIELD_NAMES),
      fc.oneof(hostile, fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostile)),
      { maxKeys: 5 },
    ),
  },
);

describe('every call in the contract, fed generated bad payloads', () => {
  it('answers INVALID_INPUT, never crashes, and never changes the workbook file', async () => {
    const userData = tempDir();
    const service = createService({ userDataDir: userData, libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
    const path = join(tempDir(), 'Fuzz.samsyn');
    await service.handlers['example.create']({ path, language: 'sv' });
    const shell = Object.fromEntries(
      METHOD_NAMES.filter((m) => /^(dialog|app|projector|shell)\./.test(m)).map((m) => [
        m,
        () => {
          throw new Error(`shell ${m} must not be reached`);
        },
      ]),
    );
    const unexpected: string[] = [];
    const dispatch = createDispatcher({ ...service.handlers, ...shell } as Handlers, (message) =>
      unexpected.push(message),
    );
    const before = sha256(path);
    let tried = 0;

    for (const method of METHOD_NAMES) {
      await fc.assert(
        fc.asyncProperty(payload, async (input) => {
          fc.pre(!contract[method].input.safeParse(input === undefined ? {} : input).success);
          tried++;
          const answer = await dispatch(method, input);
          expect(answer.ok).toBe(false);
          if (!answer.ok) expect(answer.error.code).toBe('INVALID_INPUT');
        }),
        { numRuns: RUNS_PER_METHOD },
      );
    }
    expect(unexpected).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(tried).toBeGreaterThan(METHOD_NAMES.length * RUNS_PER_METHOD * 0.5);
    service.shutdown();
    expect(sha256(path)).toBe(before);
    console.log(`fuzz: ${tried} bad payloads across ${METHOD_NAMES.length} methods, all refused with INVALID_INPUT`);
  }, 120_000);

  it('refuses names that are not in the contract, including ones from Object.prototype', async () => {
    const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
    const dispatch = createDispatcher(service.handlers as Handlers);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constantFrom('toString', '__proto__', 'hasOwnProperty', 'constructor', 'valueOf')),
        async (name) => {
          fc.pre(!(METHOD_NAMES as string[]).includes(name));
          const answer = await dispatch(name, {});
          expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
        },
      ),
      { numRuns: 300 },
    );
  });
});
