import type { Migration } from './types';

// Format 2: dated addenda to signed minutes. The signed record itself never changes.
export const migration002: Migration = {
  version: 2,
  up(db) {
    db.exec(`
      CREATE TABLE addenda (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE RESTRICT,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX addenda_meeting ON addenda(meeting_id);
    `);
  },
};
