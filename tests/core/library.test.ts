import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../electron/core/library';
import { type LibraryCase } from '../../electron/shared/caseSchema';
import { CASE_LIMITS } from '../../electron/shared/caseLists';
import { LIBRARY_DIR, useTempDir } from '../helpers/files';

const tempDir = useTempDir();
const library = loadLibrary(LIBRARY_DIR);
const cases = library.cases;

describe('the built-in case library', () => {
  it('loads every case file without a problem', () => {
    expect(library.problems).toEqual([]);
    const files = readdirSync(LIBRARY_DIR).filter((f) => f.endsWith('.json'));
    expect(cases).toHaveLength(files.length);
  });

  it('is complete in Swedish and English, with 3–5 questions and a short suggested point', () => {
    for (const c of cases) {
      for (const language of ['sv', 'en'] as const) {
        const text = c[language];
        expect(text.questions.length, `${c.key} ${language}`).toBeGreaterThanOrEqual(3);
        expect(text.questions.length, `${c.key} ${language}`).toBeLessThanOrEqual(5);
        expect(text.suggestedPoint.length, `${c.key} ${language}`).toBeLessThanOrEqual(CASE_LIMITS.suggestedPoint);
      }
    }
  });

  it('has unique keys and titles', () => {
    expect(new Set(cases.map((c) => c.key)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.sv.title)).size).toBe(cases.length);
    expect(new Set(cases.map((c) => c.en.title)).size).toBe(cases.length);
  });
});

describe('loading a library with a broken case file', () => {
  it('names the file and the field, and still loads the others', () => {
    const dir = tempDir();
    const [first, second] = cases as [LibraryCase, LibraryCase];
    copyFileSync(join(LIBRARY_DIR, `${first.key}.json`), join(dir, `${first.key}.json`));
    const broken = structuredClone(second) as unknown as { en: { questions: string[] } };
    broken.en.questions = ['Only one question?'];
    writeFileSync(join(dir, `${second.key}.json`), JSON.stringify(broken));
    writeFileSync(join(dir, 'half-written.json'), '{"key": "half-wr');
    const loaded = loadLibrary(dir);
    expect(loaded.cases.map((c) => c.key)).toEqual([first.key]);
    expect(loaded.problems).toEqual(
      [
        { file: 'half-written.json', field: '', message: expect.stringContaining('not valid JSON') },
        { file: `${second.key}.json`, field: 'en.questions', message: expect.any(String) },
      ].sort((a, b) => a.file.localeCompare(b.file)),
    );
  });
});
