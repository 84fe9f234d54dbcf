import type { Migration } from './types';

// Format 1: the workbook, its cases, meetings with participants, agenda items and
// actions, and the agreement with its versions and points.
export const migration001: Migration = {
  version: 1,
  up(db) {
    db.exec(`
      CREATE TABLE workbook (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        org_name TEXT NOT NULL,
        sector TEXT NOT NULL CHECK (sector IN ('private', 'public', 'association')),
        language TEXT NOT NULL CHECK (language IN ('sv', 'en')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('library', 'custom', 'pack')),
        edited INTEGER NOT NULL DEFAULT 0,
        themes TEXT NOT NULL,
        sectors TEXT NOT NULL,
        channel TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('post', 'situation')),
        heated INTEGER NOT NULL DEFAULT 0,
        content TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        start_time TEXT NOT NULL DEFAULT '',
        duration_minutes INTEGER NOT NULL DEFAULT 60,
        place TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '',
        facilitator TEXT NOT NULL DEFAULT '',
        note_taker TEXT NOT NULL DEFAULT '',
        adjusters TEXT NOT NULL DEFAULT '[]',
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'closed')),
        current_item_id INTEGER,
        closed_at TEXT,
        signed_at TEXT,
        signed_by TEXT,
        fingerprint TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE participants (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        present INTEGER CHECK (present IN (0, 1))
      );
      CREATE INDEX participants_meeting ON participants(meeting_id, position);

      CREATE TABLE agenda_items (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        timebox_minutes INTEGER NOT NULL DEFAULT 10 CHECK (timebox_minutes BETWEEN 1 AND 240),
        stance TEXT CHECK (stance IN ('acceptable', 'not_acceptable', 'depends', 'no_consensus')),
        consensus_notes TEXT NOT NULL DEFAULT '',
        dissent TEXT NOT NULL DEFAULT '',
        poll_agree INTEGER CHECK (poll_agree >= 0),
        poll_disagree INTEGER CHECK (poll_disagree >= 0),
        poll_unsure INTEGER CHECK (poll_unsure >= 0),
        proposed_point TEXT NOT NULL DEFAULT '',
        time_spent_seconds INTEGER NOT NULL DEFAULT 0 CHECK (time_spent_seconds >= 0),
        updated_at TEXT NOT NULL
      );
      CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);
      CREATE INDEX agenda_items_case ON agenda_items(case_id);

      CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
        what TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        done_at TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX actions_meeting ON actions(meeting_id);

      CREATE TABLE agreement_versions (
        id INTEGER PRIMARY KEY,
        number INTEGER UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('draft', 'adopted')),
        title TEXT NOT NULL DEFAULT '',
        intro TEXT NOT NULL DEFAULT '',
        contact TEXT NOT NULL DEFAULT '',
        review_date TEXT,
        adopted_at TEXT,
        meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((status = 'adopted') = (number IS NOT NULL))
      );
      CREATE UNIQUE INDEX agreement_one_draft ON agreement_versions(status) WHERE status = 'draft';

      CREATE TABLE agreement_points (
        id INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES agreement_versions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
        source_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL
      );
      CREATE INDEX agreement_points_version ON agreement_points(version_id, position);
    `);
  },
};
