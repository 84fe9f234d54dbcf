import { AppError } from '../errors';
import { meetingFingerprint } from '../fingerprint';
import { getMeeting } from './meetings';
import { transaction } from '../db/handles';
import { type ReadDb, type WriteDb, now, stmt } from './util';

export interface Addendum {
  id: number;
  meetingId: number;
  text: string;
  createdAt: string;
}

/** Locks a closed meeting: who signed and when, and a fingerprint of what was signed. */
export function signMeeting(db: WriteDb, meetingId: number, signedBy: string, signedAt = now()): string {
  const meeting = getMeeting(db, meetingId);
  if (meeting.signedAt) throw new AppError('SIGNED');
  if (meeting.status !== 'closed') throw new AppError('NOT_CLOSED');
  return transaction(db, () => {
    stmt(db, 'UPDATE meetings SET signed_at = ?, signed_by = ?, updated_at = ? WHERE id = ?').run(
      signedAt,
      signedBy,
      now(),
      meetingId,
    );
    const fingerprint = meetingFingerprint(db, meetingId);
    stmt(db, 'UPDATE meetings SET fingerprint = ? WHERE id = ?').run(fingerprint, meetingId);
    return fingerprint;
  });
}

export function addAddendum(db: WriteDb, meetingId: number, text: string): number {
  if (!getMeeting(db, meetingId).signedAt) throw new AppError('NOT_SIGNED');
  return Number(
    stmt(db, 'INSERT INTO addenda (meeting_id, text, created_at) VALUES (?, ?, ?)').run(meetingId, text, now())
      .lastInsertRowid,
  );
}

export function listAddenda(db: ReadDb, meetingId: number): Addendum[] {
  return stmt(
    db,
    'SELECT id, meeting_id AS meetingId, text, created_at AS createdAt FROM addenda WHERE meeting_id = ? ORDER BY id',
  ).all(meetingId) as Addendum[];
}

export interface Verification {
  meetingId: number;
  title: string;
  date: string;
  matches: boolean;
}

/** Recomputes every signed meeting's fingerprint: a change behind the app's back shows as a mismatch. */
export function verifySignedMeetings(db: ReadDb): Verification[] {
  const signed = stmt(
    db,
    'SELECT id, title, date, fingerprint FROM meetings WHERE signed_at IS NOT NULL ORDER BY date, id',
  ).all() as { id: number; title: string; date: string; fingerprint: string | null }[];
  return signed.map((m) => ({
    meetingId: m.id,
    title: m.title,
    date: m.date,
    matches: m.fingerprint === meetingFingerprint(db, m.id),
  }));
}
