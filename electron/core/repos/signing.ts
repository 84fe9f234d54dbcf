import { readStored } from '../db/content';
import { accepts } from '../db/shapes';
import { CASE_TEXT } from '../generated/shapes';
import { AppError } from '../errors';
import type { CaseText } from '../../shared/caseSchema';
import {
  canonicalJson,
  currentRecord,
  legacyFingerprint,
  sha256,
  signedSnapshot,
  type SignedSnapshot,
} from '../fingerprint';
import type { Verification, VerificationPart } from '../../shared/paperTypes';
import { getMeeting } from './meetings';
import { transaction } from '../db/handles';
import { type ReadDb, type WriteDb, now, stmt } from './util';

export interface Addendum {
  id: number;
  meetingId: number;
  text: string;
  createdAt: string;
}

/**
 * Locks a closed meeting: who signed and when, and a fingerprint of a snapshot of
 * what was signed, kept in its own record beside the meeting.
 */
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
    const snapshot = canonicalJson(signedSnapshot(db, meetingId));
    const fingerprint = sha256(snapshot);
    stmt(db, 'UPDATE meetings SET fingerprint = ? WHERE id = ?').run(fingerprint, meetingId);
    stmt(
      db,
      'INSERT INTO signatures (meeting_id, signed_by, signed_at, scheme, snapshot, fingerprint) VALUES (?, ?, ?, 2, ?, ?)',
    ).run(meetingId, signedBy, signedAt, snapshot, fingerprint);
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

interface SignatureRow {
  meetingId: number;
  signedBy: string;
  signedAt: string;
  scheme: number;
  snapshot: string | null;
  fingerprint: string;
}

interface SignedRow {
  id: number;
  title: string;
  date: string;
  signedAt: string | null;
  signedBy: string | null;
  fingerprint: string | null;
  hasAddenda: number;
}

const SIGNATURE_COLUMNS =
  'meeting_id AS meetingId, signed_by AS signedBy, signed_at AS signedAt, scheme, snapshot, fingerprint';

// a workbook of format 3 or older, opened read-only, has no signature records
const hasSignatures = (db: ReadDb) =>
  stmt(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'signatures'").get() !== undefined;

function signatureRows(db: ReadDb): Map<number, SignatureRow> {
  if (!hasSignatures(db)) return new Map();
  const rows = stmt(db, `SELECT ${SIGNATURE_COLUMNS} FROM signatures`).all() as SignatureRow[];
  return new Map(rows.map((r) => [r.meetingId, r]));
}

function signatureRow(db: ReadDb, meetingId: number): SignatureRow | undefined {
  if (!hasSignatures(db)) return undefined;
  return stmt(db, `SELECT ${SIGNATURE_COLUMNS} FROM signatures WHERE meeting_id = ?`).get(meetingId) as
    SignatureRow | undefined;
}

/**
 * The case texts a meeting was signed with (scheme 2), by agenda position, so a signed
 * meeting shows and prints each case as it was discussed even after the case is edited.
 * Null when the meeting has no such signature, or when its record no longer matches the
 * fingerprint (then `verify` names the change, and the current texts are shown).
 */
export function signedCaseTexts(
  db: ReadDb,
  meetingId: number,
): { sv: CaseText | undefined; en: CaseText | undefined }[] | null {
  const row = signatureRow(db, meetingId);
  if (row?.scheme !== 2 || row.snapshot === null || sha256(row.snapshot) !== row.fingerprint) return null;
  const snapshot = readStored('signatures', 'snapshot', row.snapshot, meetingId) as SignedSnapshot;
  const text = (value: unknown) => value === null || accepts(CASE_TEXT, value);
  return snapshot.items.map((item) => {
    if (!text(item.sv) || !text(item.en))
      throw new AppError('DAMAGED', { reason: `signatures, row ${meetingId}, snapshot` });
    return { sv: (item.sv as CaseText | null) ?? undefined, en: (item.en as CaseText | null) ?? undefined };
  });
}

function firstItemDifference(signed: SignedSnapshot['items'], now: SignedSnapshot['items']): VerificationPart {
  const differs = (i: number) => canonicalJson(signed[i]) !== canonicalJson(now[i]);
  const index = Array.from({ length: Math.max(signed.length, now.length) }, (_, i) => i).find(differs) ?? 0;
  return `item ${index + 1}`;
}

/** What changed in a meeting signed with a snapshot (scheme 2). */
function snapshotChanges(db: ReadDb, meetingId: number, signature: SignatureRow): VerificationPart[] {
  if (sha256(signature.snapshot ?? '') !== signature.fingerprint) return ['record'];
  const signed = readStored('signatures', 'snapshot', signature.snapshot, meetingId) as SignedSnapshot;
  const now = currentRecord(db, meetingId, signed);
  const changed: VerificationPart[] = [];
  for (const part of ['meeting', 'participants', 'actions'] as const)
    if (canonicalJson(signed[part]) !== canonicalJson(now[part])) changed.push(part);
  if (canonicalJson(signed.items) !== canonicalJson(now.items))
    changed.push(firstItemDifference(signed.items, now.items));
  return changed;
}

/** Everything that differs between a signed meeting, its signature record and what was signed. */
function changesOf(db: ReadDb, m: SignedRow, signature: SignatureRow | undefined, formatHasRecords: boolean) {
  const changed: VerificationPart[] = [];
  if (m.signedAt === null) return ['signature removed' as const];
  if (signature && (signature.signedAt !== m.signedAt || signature.signedBy !== m.signedBy)) changed.push('signature');
  if (!signature && formatHasRecords) changed.push('signature');
  const fingerprint = signature?.fingerprint ?? m.fingerprint;
  if (m.fingerprint !== fingerprint) changed.push('fingerprint');
  if (signature?.scheme === 2) changed.push(...snapshotChanges(db, m.id, signature));
  else if (fingerprint !== legacyFingerprint(db, m.id)) changed.push('content');
  return changed;
}

/**
 * Checks every signed meeting, and every meeting that shows a trace of a signature
 * (a signature record, a fingerprint, an addendum): a change behind the app's back,
 * or a signature removed, shows as a mismatch that names what changed.
 */
export function verifySignedMeetings(db: ReadDb): Verification[] {
  const signatures = signatureRows(db);
  const formatHasRecords = stmt(db, "SELECT 1 FROM sqlite_schema WHERE name = 'signatures'").get() !== undefined;
  const meetings = stmt(
    db,
    `SELECT id, title, date, signed_at AS signedAt, signed_by AS signedBy, fingerprint,
         EXISTS (SELECT 1 FROM addenda a WHERE a.meeting_id = meetings.id) AS hasAddenda
       FROM meetings ORDER BY date, id`,
  ).all() as SignedRow[];
  return meetings
    .filter(
      (m) =>
        m.signedAt !== null ||
        m.signedBy !== null ||
        m.fingerprint !== null ||
        m.hasAddenda === 1 ||
        signatures.has(m.id),
    )
    .map((m) => {
      const changed = changesOf(db, m, signatures.get(m.id), formatHasRecords);
      return { meetingId: m.id, title: m.title, date: m.date, matches: changed.length === 0, changed };
    });
}
