import type Database from 'better-sqlite3';
import type { CaseContent } from '../../shared/caseSchema';
import { CASE_KINDS } from '../../shared/caseLists';
import { CHANNEL_STATUSES } from '../../shared/groupTypes';
import { LIMITS } from '../../shared/limits';
import { LANGUAGES, MEETING_STATUSES, SECTORS, STANCES, type Procedure } from '../../shared/types';
import { AppError } from '../errors';
import { CASE_CONTENT, PROCEDURE } from '../generated/shapes';
import { accepts, type Shape } from './shapes';

const BAD = Symbol('bad');
/** One stored column's check: the value as the app wrote it, or BAD. */
type Column<T> = (value: unknown) => T | typeof BAD;
type Checked<C> = C extends Column<infer T> ? T : never;

/** An enumerated column: a lookup in the list its type comes from, with no schema to build. */
function oneOf<const T extends readonly unknown[]>(values: T): Column<T[number]> {
  const allowed = new Set<unknown>(values);
  return (value) => (allowed.has(value) ? (value as T[number]) : BAD);
}

/** A JSON column: text that parses to a value of its shape, which is `T`. */
function json<T>(shape: Shape): Column<T> {
  return (value) => {
    if (typeof value !== 'string') return BAD;
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      return BAD;
    }
    return accepts(shape, parsed) ? (parsed as T) : BAD;
  };
}

function either<A, B>(first: Column<A>, second: Column<B>): Column<A | B> {
  return (value) => {
    const checked = first(value);
    return checked === BAD ? second(value) : checked;
  };
}

const strings: Shape = { type: 'array', element: { type: 'string' } };
const names: Shape = { type: 'array', element: { type: 'string', max: LIMITS.name }, max: LIMITS.participants };
// what verify and the signed case texts need before reading further (they check the rest)
const looseObject: Shape = { type: 'object', shape: {}, other: 'loose' };
const snapshot: Shape = { ...looseObject, shape: { items: { type: 'array', element: looseObject } } };

/**
 * Every enumerated and JSON column, as the app wrote it. A workbook comes from
 * anywhere, so a value is checked against these whenever it is read, and `check`
 * reads them all.
 */
export const STORED = {
  workbook: { sector: oneOf(SECTORS), language: oneOf(LANGUAGES) },
  cases: {
    origin: oneOf(['library', 'custom', 'pack']),
    kind: oneOf(CASE_KINDS),
    themes: json<string[]>(strings),
    sectors: json<string[]>(strings),
    content: json<CaseContent>(CASE_CONTENT),
  },
  meetings: {
    status: oneOf(MEETING_STATUSES),
    adjusters: json<string[]>(names),
    // '' is the standard procedure
    procedure: either(oneOf(['']), json<Procedure>(PROCEDURE)),
  },
  participants: { present: oneOf([0, 1, null]) },
  agenda_items: { stance: oneOf([...STANCES, null]) },
  agreement_versions: { status: oneOf(['draft', 'adopted']) },
  collected_items: { stance: oneOf([...STANCES, null]) },
  carried_points: { groups: json<string[]>(names) },
  channel_plans: { status: oneOf(CHANNEL_STATUSES) },
  signatures: { snapshot: either(oneOf([null]), json<{ items: Record<string, unknown>[] }>(snapshot)) },
} as const;

type Stored = typeof STORED;

/** The value of one stored column, checked; a bad one makes the file DAMAGED, naming the table and row. */
export function readStored<T extends keyof Stored, C extends keyof Stored[T]>(
  table: T,
  column: C,
  value: unknown,
  rowId: number,
): Checked<Stored[T][C]> {
  const checked = (STORED[table][column] as Column<Checked<Stored[T][C]>>)(value);
  if (checked === BAD) throw damagedRow(table, rowId, String(column));
  return checked;
}

function damagedRow(table: string, rowId: number, column: string): AppError {
  return new AppError('DAMAGED', { reason: `${table}, row ${rowId}, ${column}` });
}

// The longest any text cell may be, in bytes (four per character at most): the
// longest field the app writes (notes), a whole case in both languages, and what a
// signature records of a meeting at the most agenda items.
const MAX_CELL_BYTES = LIMITS.notes * 4;
const MAX_CASE_BYTES = 160_000;
const MAX_SNAPSHOT_BYTES = LIMITS.agendaItems * (MAX_CASE_BYTES + 3 * MAX_CELL_BYTES);
// what a record holds besides its text: its header, numbers and dates
const RECORD_OVERHEAD = 1024;
const LONGER_CELLS: Record<string, number> = {
  'cases.content': MAX_CASE_BYTES,
  'signatures.snapshot': MAX_SNAPSHOT_BYTES,
};

/**
 * Finds a text cell longer than the app ever writes without loading any: SQLite's
 * dbstat reports each table's largest record from the page headers, which must fit
 * the sum of its text columns' limits; only a table that does not is searched for
 * the row (octet_length needs no overflow page). Run whenever a file is opened in
 * a state this computer has not checked, so a cell someone else wrote never needs
 * memory in proportion to its size.
 */
export function checkCellSizes(db: Database.Database): void {
  const columns = db
    .prepare(
      `SELECT m.name AS tbl, c.name AS col FROM sqlite_schema m, pragma_table_xinfo(m.name) c
         WHERE m.type = 'table' AND upper(c.type) = 'TEXT'`,
    )
    .all() as { tbl: string; col: string }[];
  const textColumns = new Map<string, string[]>();
  for (const { tbl, col } of columns) textColumns.set(tbl, [...(textColumns.get(tbl) ?? []), col]);
  const limit = (table: string, col: string) => LONGER_CELLS[`${table}.${col}`] ?? MAX_CELL_BYTES;
  const largest = db
    .prepare(
      `SELECT m.tbl_name AS tbl, max(s.mx_payload) AS payload FROM dbstat s JOIN sqlite_schema m ON m.name = s.name
         WHERE s.aggregate = TRUE GROUP BY m.tbl_name`,
    )
    .all() as { tbl: string; payload: number }[];
  for (const { tbl, payload } of largest) {
    const cols = textColumns.get(tbl) ?? [];
    if (payload <= RECORD_OVERHEAD + cols.reduce((sum, col) => sum + limit(tbl, col), 0)) continue;
    const where = cols.map((col) => `octet_length("${col}") > ${limit(tbl, col)}`).join(' OR ') || 'TRUE';
    const row = db.prepare(`SELECT rowid AS id FROM "${tbl}" WHERE ${where} LIMIT 1`).get() as
      { id: number } | undefined;
    throw new AppError('DAMAGED', { reason: `${tbl}, row ${row?.id ?? '?'}, too long` });
  }
}

/** Reads every stored enumerated and JSON value once: what `samsyn check` adds to the checks on opening. */
export function checkContent(db: Database.Database): void {
  const present = new Set(
    db
      .prepare(
        "SELECT m.name || '.' || c.name FROM sqlite_schema m, pragma_table_info(m.name) c WHERE m.type = 'table'",
      )
      .pluck()
      .all(),
  );
  // a workbook of an older format has fewer tables and columns; its schema was checked already
  for (const [table, columns] of Object.entries(STORED) as [string, Record<string, Column<unknown>>][]) {
    const names = Object.keys(columns).filter((name) => present.has(`${table}.${name}`));
    if (names.length === 0) continue;
    const rows = db
      .prepare(`SELECT rowid, ${names.map((n) => `"${n}"`).join(', ')} FROM "${table}"`)
      .raw()
      .iterate() as Iterable<unknown[]>;
    for (const row of rows) {
      names.forEach((name, i) => {
        if (columns[name]!(row[i + 1]) === BAD) throw damagedRow(table, row[0] as number, name);
      });
    }
  }
}
