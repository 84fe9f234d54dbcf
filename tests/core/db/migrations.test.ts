import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, MIGRATIONS, migrate } from '../../../electron/core/db/migrations';
import type { Migration } from '../../../electron/core/db/migrations/types';
import { useTempDir } from '../../helpers/files';

const tempDir = useTempDir();

const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();

describe('migrations', () => {
  it('are numbered one after another from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('run in order, mark the file as a workbook, and record the version', () => {
    const db = new Database(join(tempDir(), 'm.samsyn'));
    const ran: number[] = [];
    const steps: Migration[] = [
      { version: 1, up: (d) => (d === db && ran.push(1), d.exec('CREATE TABLE a (x)')) },
      { version: 2, up: (d) => (d === db && ran.push(2), d.exec('ALTER TABLE a ADD COLUMN y')) },
    ];
    expect(migrate(db, undefined, steps)).toBe(2);
    expect(ran).toEqual([1, 2]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('take the backup before changing anything, and only when there is something to do', () => {
    const db = new Database(join(tempDir(), 'm.samsyn'));
    const seen: string[] = [];
    const steps: Migration[] = [{ version: 1, up: (d) => d.exec('CREATE TABLE a (x)') }];
    migrate(db, (from) => seen.push(`backup from ${from} with tables ${tables(db).join(',') || 'none'}`), steps);
    migrate(db, () => seen.push('again'), steps);
    expect(seen).toEqual(['backup from 0 with tables none']);
    db.close();
  });

  it('roll back together: a failing step leaves the file at its old version', () => {
    const db = new Database(join(tempDir(), 'm.samsyn'));
    const steps: Migration[] = [
      { version: 1, up: (d) => d.exec('CREATE TABLE a (x)') },
      {
        version: 2,
        up: () => {
          throw new Error('disk trouble');
        },
      },
    ];
    expect(() => migrate(db, undefined, steps)).toThrow('disk trouble');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(tables(db)).toEqual([]);
    db.close();
  });

  it('give the latest format every table the workbook needs', () => {
    const db = new Database(join(tempDir(), 'm.samsyn'));
    migrate(db);
    expect(tables(db)).toEqual([
      'actions',
      'addenda',
      'agenda_items',
      'agreement_points',
      'agreement_versions',
      'carried_points',
      'cases',
      'channel_plans',
      'collected_items',
      'collected_meetings',
      'meetings',
      'participants',
      'signatures',
      'workbook',
    ]);
    db.close();
  });

  it('refuse a file whose schema is not its version’s before they run, and change nothing', () => {
    const db = new Database(join(tempDir(), 'm.samsyn'));
    const steps: Migration[] = [
      { version: 1, up: (d) => d.exec('CREATE TABLE a (x)') },
      { version: 2, up: (d) => d.exec('ALTER TABLE a ADD COLUMN y') },
    ];
    migrate(db, undefined, steps.slice(0, 1));
    db.exec('CREATE TRIGGER wipe AFTER INSERT ON a BEGIN DELETE FROM a; END');
    expect(() => migrate(db, undefined, steps)).toThrow(expect.objectContaining({ code: 'UNEXPECTED_SCHEMA' }));
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    db.close();
  });

  it('roll back a step whose result is not the schema the migrations define', () => {
    const db = new Database(join(tempDir(), 'm.samsyn'));
    // a step that does more on the user's file than on an empty database
    const steps: Migration[] = [
      {
        version: 1,
        up: (d) => {
          d.exec('CREATE TABLE a (x)');
          if (d === db) d.exec('CREATE VIEW v AS SELECT x FROM a');
        },
      },
    ];
    expect(() => migrate(db, undefined, steps)).toThrow(expect.objectContaining({ code: 'UNEXPECTED_SCHEMA' }));
    expect(tables(db)).toEqual([]);
    db.close();
  });
});
