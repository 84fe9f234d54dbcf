import type { Migration } from './types';

// Format 3: many groups and channel plans. A workbook gets an identity of its own so
// that meetings collected from it are recognised when collected again; collected
// meetings keep what each group concluded; channel plans register the accounts.
export const migration003: Migration = {
  version: 3,
  up(db) {
    db.exec(`
      ALTER TABLE workbook ADD COLUMN uid TEXT NOT NULL DEFAULT '';
      UPDATE workbook SET uid = lower(hex(randomblob(16))) WHERE uid = '';

      CREATE TABLE collected_meetings (
        id INTEGER PRIMARY KEY,
        source_uid TEXT NOT NULL,
        source_meeting_id INTEGER NOT NULL,
        source_org TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        signed INTEGER NOT NULL DEFAULT 0,
        participants_present INTEGER NOT NULL DEFAULT 0,
        collected_at TEXT NOT NULL,
        UNIQUE (source_uid, source_meeting_id)
      );

      CREATE TABLE collected_items (
        id INTEGER PRIMARY KEY,
        collected_meeting_id INTEGER NOT NULL REFERENCES collected_meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        case_key TEXT NOT NULL,
        case_title TEXT NOT NULL,
        stance TEXT CHECK (stance IN ('acceptable', 'not_acceptable', 'depends', 'no_consensus')),
        poll_agree INTEGER,
        poll_disagree INTEGER,
        poll_unsure INTEGER,
        consensus_notes TEXT NOT NULL DEFAULT '',
        dissent TEXT NOT NULL DEFAULT '',
        proposed_point TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX collected_items_case ON collected_items(case_key);

      CREATE TABLE carried_points (
        id INTEGER PRIMARY KEY,
        case_key TEXT NOT NULL,
        text TEXT NOT NULL,
        groups TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE channel_plans (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        platform TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '',
        audience TEXT NOT NULL DEFAULT '',
        responsible TEXT NOT NULL DEFAULT '',
        answered_by TEXT NOT NULL DEFAULT '',
        response_time TEXT NOT NULL DEFAULT '',
        moderation TEXT NOT NULL DEFAULT '',
        archiving TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        review_date TEXT,
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'active', 'closed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};
