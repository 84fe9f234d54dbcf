import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeWorkbook, openWorkbook } from '../../../electron/core/db/workbook';
import { AppError } from '../../../electron/core/errors';
import { createMeeting } from '../../../electron/core/repos';
import { errorSentence } from '../../../electron/shared/messages';
import type { ErrorCode } from '../../../electron/shared/errors';
import { listDir, sha256, useTempDir } from '../../helpers/files';
import { newWorkbook } from '../../helpers/workbook';

const tempDir = useTempDir();

/** A real workbook with some content, closed, as bytes on disk. */
function goodWorkbookBytes(dir: string): Buffer {
  const wb = newWorkbook(dir, 'good.samsyn');
  for (let i = 0; i < 40; i++) createMeeting(wb.db, { title: `Möte ${i} ${'å'.repeat(200)}`, date: '2026-04-01' });
  closeWorkbook(wb);
  return readFileSync(join(dir, 'good.samsyn'));
}

/** A sound workbook with one header value changed by a pragma. */
function goodWorkbookWith(pragma: string) {
  return (p: string, dir: string) => {
    writeFileSync(p, goodWorkbookBytes(dir));
    const db = new Database(p);
    db.pragma(pragma);
    db.close();
  };
}

type Maker = (path: string, dir: string) => void;

const corpus: [string, ErrorCode, Maker][] = [
  ['a zero-byte file', 'EMPTY_FILE', (p) => writeFileSync(p, '')],
  [
    'random bytes',
    'NOT_SQLITE',
    (p) => writeFileSync(p, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))),
  ],
  ['a text file', 'NOT_SQLITE', (p) => writeFileSync(p, 'Protokoll från mötet\nVi kom överens om att…\n'.repeat(50))],
  ['a file shorter than a SQLite header', 'NOT_SQLITE', (p) => writeFileSync(p, 'SQLite format 3\0')],
  [
    'a workbook cut off after a third of its pages',
    'DAMAGED',
    (p, dir) => {
      const bytes = goodWorkbookBytes(dir);
      writeFileSync(p, bytes.subarray(0, Math.floor(bytes.length / 3 / 4096) * 4096));
    },
  ],
  [
    'a workbook cut off in the middle of a page',
    'DAMAGED',
    (p, dir) => {
      writeFileSync(p, goodWorkbookBytes(dir));
      truncateSync(p, 4096 * 2 + 100);
    },
  ],
  [
    'a foreign SQLite database',
    'NOT_A_WORKBOOK',
    (p) => {
      const db = new Database(p);
      db.exec("CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('Vem kan segla')");
      db.close();
    },
  ],
  ['a SQLite file with another application id', 'NOT_A_WORKBOOK', goodWorkbookWith('application_id = 1234')],
  ['a workbook from a newer Samsyn', 'NEWER_FORMAT', goodWorkbookWith('user_version = 99')],
  [
    'a workbook whose pages are overwritten',
    'DAMAGED',
    (p, dir) => {
      const bytes = goodWorkbookBytes(dir);
      bytes.fill(0x5a, 4096 * 2, 4096 * 4);
      writeFileSync(p, bytes);
    },
  ],
  ['a folder', 'NOT_A_FILE', (p) => mkdirSync(p)],
];

describe('files that are not a workbook this version can open', () => {
  for (const [what, code, make] of corpus) {
    it(`refuses ${what} with ${code}, a sentence in both languages, and the bytes unchanged`, () => {
      const dir = tempDir();
      const path = join(dir, 'candidate.samsyn');
      make(path, dir);
      const isFile = code !== 'NOT_A_FILE';
      const before = isFile ? sha256(path) : '';
      const filesBefore = listDir(dir);

      let refused: AppError | undefined;
      try {
        closeWorkbook(openWorkbook(path));
      } catch (err) {
        refused = err as AppError;
      }
      expect(refused).toBeInstanceOf(AppError);
      expect(refused!.code).toBe(code);
      for (const language of ['sv', 'en'] as const) {
        const sentence = errorSentence(language, code, refused!.details);
        expect(sentence).toMatch(/\.$/);
        expect(sentence).not.toMatch(/\{\w+\}|Error|at .*\.ts/);
      }
      if (isFile) expect(sha256(path)).toBe(before);
      expect(listDir(dir)).toEqual(filesBefore);
    });
  }

  it('refuses a missing path with FILE_NOT_FOUND and creates nothing', () => {
    const dir = tempDir();
    expect(() => openWorkbook(join(dir, 'gone.samsyn'))).toThrow(expect.objectContaining({ code: 'FILE_NOT_FOUND' }));
    expect(listDir(dir)).toEqual([]);
  });
});
