import type { Migration } from './types';

// Format 5: the procedural paragraphs of formal minutes (opening, election of verifiers,
// agenda, closing) can be edited or left out per meeting. Empty means the standard texts.
export const migration005: Migration = {
  version: 5,
  up(db) {
    db.exec(`ALTER TABLE meetings ADD COLUMN procedure TEXT NOT NULL DEFAULT ''`);
  },
};
