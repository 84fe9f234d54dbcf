import type Database from 'better-sqlite3';

export interface Migration {
  /** the user_version the file has after this migration */
  version: number;
  up(db: Database.Database): void;
}
