import type Database from 'better-sqlite3';
import { AppError } from '../errors';
import { openConnection } from './connection';
import type { Migration } from './migrations/types';

/**
 * A workbook's schema as a sorted list of entries, one per object, column, index
 * column and foreign key, each normalised from SQLite's own view of the schema
 * (sqlite_schema, pragma table_list, table_xinfo, index_list, index_xinfo,
 * foreign_key_list) rather than from the SQL text, so the same schema always gives
 * the same list however its SQL was spelled.
 */
export interface SchemaDescription {
  objects: string[];
  details: string[];
}

// Objects first: a view, trigger or virtual table must be seen before any pragma
// asks it for columns (a virtual table would load its module for that).
const OBJECTS = `SELECT m.type, m.name, m.tbl_name, m.sql IS NULL AS implicit, l.type AS kind, l.ncol, l.wr, l.strict
  FROM sqlite_schema m LEFT JOIN pragma_table_list l ON l.schema = 'main' AND l.name = m.name`;
const DETAILS = [
  `SELECT 'column' AS what, m.name AS tbl, c.cid, c.name, upper(c.type), c."notnull", c.dflt_value, c.pk, c.hidden
     FROM sqlite_schema m, pragma_table_xinfo(m.name) c WHERE m.type = 'table'`,
  `SELECT 'index' AS what, m.name AS tbl, i.name, i."unique", i.origin, i.partial, x.seqno, x.cid, x.name AS col,
       x."desc", upper(x.coll), x."key"
     FROM sqlite_schema m, pragma_index_list(m.name) i, pragma_index_xinfo(i.name) x WHERE m.type = 'table'`,
  `SELECT 'foreign key' AS what, m.name AS tbl, f.id, f.seq, f."table", f."from", f."to", f.on_update, f.on_delete,
       f."match"
     FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`,
];

function entries(db: Database.Database, sql: string): string[] {
  return (db.prepare(sql).raw().all() as unknown[][]).map((row) => JSON.stringify(row));
}

function describeObjects(db: Database.Database): string[] {
  return entries(db, OBJECTS).sort();
}

function describeDetails(db: Database.Database): string[] {
  return DETAILS.flatMap((sql) => entries(db, sql)).sort();
}

// the schema's SQL as written: when a file's is the migrations', so is its schema
const SQL = 'SELECT type, name, tbl_name, sql FROM sqlite_schema';

export function describeSchema(db: Database.Database): SchemaDescription {
  return { objects: describeObjects(db), details: describeDetails(db) };
}

/** What migrations 1..`version` make of an empty database, as `read` sees it. */
function replayed<T>(version: number, migrations: readonly Migration[], read: (db: Database.Database) => T): T {
  const db = openConnection(':memory:');
  try {
    for (const m of migrations) if (m.version <= version) m.up(db);
    return read(db);
  } finally {
    db.close();
  }
}

const expectedSqlCache = new WeakMap<readonly Migration[], Map<number, readonly string[]>>();

/** The schema's SQL that format `version` defines, replayed: electron/core/generated/schemaSql.ts holds it for each format. */
export function replayedSql(version: number, migrations: readonly Migration[]): string[] {
  return replayed(version, migrations, (db) => entries(db, SQL).sort());
}

/**
 * Takes the schema's SQL of each format from what the migrations were seen to give when
 * the file was generated, so opening a workbook replays nothing (about 1.4 ms of every
 * `samsyn info`). A format missing there is replayed when asked for.
 */
export function knowSql(
  migrations: readonly Migration[],
  byVersion: Readonly<Record<number, readonly string[]>>,
): void {
  expectedSqlCache.set(migrations, new Map(Object.entries(byVersion).map(([version, sql]) => [Number(version), sql])));
}

/**
 * The schema's SQL that format `version` defines, which is all a file written by
 * the migrations needs compared. Describing the rest (every column, index and key)
 * is left for a file that differs: it costs as much again as the replay (about 0.7 ms).
 */
function expectedSql(version: number, migrations: readonly Migration[]): readonly string[] {
  let byVersion = expectedSqlCache.get(migrations);
  if (!byVersion) expectedSqlCache.set(migrations, (byVersion = new Map()));
  let expected = byVersion.get(version);
  if (!expected) byVersion.set(version, (expected = replayedSql(version, migrations)));
  return expected;
}

/** The schema format `version` defines: what migrations 1..version make of an empty database. */
export function expectedSchema(version: number, migrations: readonly Migration[]): SchemaDescription {
  return replayed(version, migrations, describeSchema);
}

/** What differs, named from the file's own words made safe to put in a sentence. */
function shown(entry: string): string {
  const words = (JSON.parse(entry) as unknown[]).filter((v) => typeof v === 'string').slice(0, 3);
  return words
    .join(' ')
    .replace(/[^\p{L}\p{N} _.-]/gu, '')
    .slice(0, 80);
}

function sameList(found: readonly string[], expected: readonly string[]): boolean {
  return found.length === expected.length && found.every((entry, i) => entry === expected[i]);
}

function difference(found: string[], expected: string[]): AppError {
  const wanted = new Set(expected);
  const have = new Set(found);
  const odd = found.find((entry) => !wanted.has(entry)) ?? expected.find((entry) => !have.has(entry));
  return new AppError('UNEXPECTED_SCHEMA', { what: odd ? shown(odd) : '?' });
}

/**
 * Refuses a file whose schema is not exactly the one its format version defines:
 * a trigger, a view, a virtual table, a changed column or anything else would run
 * or answer differently from what the app was written for.
 */
export function assertExpectedSchema(db: Database.Database, version: number, migrations: readonly Migration[]): void {
  // the usual case, and the cheap one: the very SQL the migrations wrote
  if (sameList(entries(db, SQL).sort(), expectedSql(version, migrations))) return;
  const expected = expectedSchema(version, migrations);
  const objects = describeObjects(db);
  if (!sameList(objects, expected.objects)) throw difference(objects, expected.objects);
  const details = describeDetails(db);
  if (!sameList(details, expected.details)) throw difference(details, expected.details);
}
