import type Database from 'better-sqlite3';
import { migration001 } from './001_initial';
import { migration002 } from './002_addenda';
import { migration003 } from './003_groups_and_channels';
import { migration004 } from './004_signatures';
import { migration005 } from './005_procedure';
import { SCHEMA_SQL } from '../../generated/schemaSql';
import { assertExpectedSchema, knowSql } from '../schema';
import type { Migration } from './types';

/** In order; a new format adds a file and one line here. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
knowSql(MIGRATIONS, SCHEMA_SQL);

/** 'Sams' in ASCII: marks a SQLite file as a Samsyn workbook. */
export const APPLICATION_ID = 0x53616d73;

/**
 * Brings the file up to LATEST_VERSION in one transaction. `beforeChange` runs
 * first (a backup copy) and only when there is something to do. The schema must
 * be exactly its version's before the migrations run and the latest one's after.
 */
export function migrate(
  db: Database.Database,
  beforeChange?: (fromVersion: number) => void,
  migrations: readonly Migration[] = MIGRATIONS,
): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  assertExpectedSchema(db, current, migrations);
  beforeChange?.(current);
  const target = pending[pending.length - 1]!.version;
  db.transaction(() => {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
    assertExpectedSchema(db, target, migrations);
  })();
  return target;
}
