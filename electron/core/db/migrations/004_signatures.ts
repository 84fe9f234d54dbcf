import type { Migration } from './types';

// Format 4: a record of each signature beside the meeting, holding what was signed.
// A signature removed from the meeting is still found here, and what was signed is
// the snapshot taken at signing, so a later edit of a case does not touch it.
// Meetings signed before format 4 keep the fingerprint printed on their pages:
// scheme 1 recomputes it from the meeting as before; scheme 2 is the snapshot.
export const migration004: Migration = {
  version: 4,
  up(db) {
    db.exec(`
      CREATE TABLE signatures (
        meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE RESTRICT,
        signed_by TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        scheme INTEGER NOT NULL CHECK (scheme IN (1, 2)),
        snapshot TEXT,
        fingerprint TEXT NOT NULL,
        CHECK ((scheme = 2) = (snapshot IS NOT NULL))
      );
      INSERT INTO signatures (meeting_id, signed_by, signed_at, scheme, snapshot, fingerprint)
        SELECT id, coalesce(signed_by, ''), signed_at, 1, NULL, coalesce(fingerprint, '')
          FROM meetings WHERE signed_at IS NOT NULL;
    `);
  },
};
