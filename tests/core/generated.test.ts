import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { expect, test } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { replayedSql } from '../../electron/core/db/schema';
import { CASE_KINDS, CASE_SECTORS, CHANNELS, THEMES } from '../../electron/shared/caseLists';
import { caseSchemas } from '../../electron/shared/caseSchema';
import { procedureSchema } from '../../electron/shared/procedureSchema';
import { shapeOf } from '../helpers/shapeOf';

// The files in electron/core/generated are written from their one definition by this
// test: `npm run generate` rewrites them, and anywhere else (CI included) the test fails
// while a file differs from what its definition gives today.

async function formatted(source: string, file: string): Promise<string> {
  return format(source, { ...(await resolveConfig(file)), filepath: file });
}

test('the stored shapes are what the case and procedure schemas compile to', async () => {
  const file = fileURLToPath(new URL('../../electron/core/generated/shapes.ts', import.meta.url));
  const { workbookCaseContent, caseText } = caseSchemas();
  // the lists a case names come from caseLists.ts rather than being spelt again
  const lists = { THEMES, CASE_SECTORS, CHANNELS, CASE_KINDS };
  const named = (json: string) =>
    Object.entries(lists).reduce((out, [name, list]) => out.replaceAll(JSON.stringify(list), name), json);
  const text = named(JSON.stringify(shapeOf(caseText)));
  // a case's two languages name the one text shape rather than spelling it twice
  const constant = (name: string, doc: string, shape: unknown) =>
    `/** ${doc} */\nexport const ${name}: Shape = ${named(JSON.stringify(shape)).replaceAll(text, 'CASE_TEXT')};\n`;
  const source = [
    '// Written by `npm run generate` from the zod schemas in electron/shared: do not edit.',
    '// tests/core/generated.test.ts fails while this file differs from what they give.',
    "import { CASE_KINDS, CASE_SECTORS, CHANNELS, THEMES } from '../../shared/caseLists';",
    "import type { Shape } from '../db/shapes';\n",
    `/** A case's text in one language. */\nexport const CASE_TEXT: Shape = ${text};\n`,
    constant('CASE_CONTENT', 'A case in a workbook.', shapeOf(workbookCaseContent, ['checkKinds', 'hasALanguage'])),
    constant('PROCEDURE', "A meeting's own procedure texts.", shapeOf(procedureSchema())),
  ].join('\n');
  await expect(await formatted(source, file)).toMatchFileSnapshot(file);
});

test("each format's schema SQL is what its migrations make of an empty database", async () => {
  const file = fileURLToPath(new URL('../../electron/core/generated/schemaSql.ts', import.meta.url));
  const byVersion = MIGRATIONS.map((m) => [m.version, replayedSql(m.version, MIGRATIONS)] as const);
  // each row once (most formats keep most of the one before), sorted, so each format's rows stay sorted
  const rows = [...new Set(byVersion.flatMap(([, sql]) => sql))].sort();
  const versions = byVersion.map(
    ([version, sql]) => `${version}: ${JSON.stringify(sql.map((row) => rows.indexOf(row)))}.map(row),`,
  );
  const source = [
    '// Written by `npm run generate` from the migrations in electron/core/db/migrations: do not edit.',
    '// tests/core/generated.test.ts fails while this file differs from what they give.\n',
    `const ROWS: readonly string[] = ${JSON.stringify(rows)};`,
    'const row = (i: number) => ROWS[i]!;\n',
    "/** Each format's `SELECT type, name, tbl_name, sql FROM sqlite_schema` of a new workbook, sorted. */",
    `export const SCHEMA_SQL: Readonly<Record<number, readonly string[]>> = {\n${versions.join('\n')}\n};`,
  ].join('\n');
  await expect(await formatted(source, file)).toMatchFileSnapshot(file);
});
