import type { AgreementPoint, AgreementVersion } from '../../shared/types';
import { readStored } from '../db/content';
import { AppError } from '../errors';
import { transaction } from '../db/handles';
import { type ReadDb, type WriteDb, expectChanged, nextPosition, now, reorder, requireRow, stmt } from './util';

const VERSION_COLUMNS = `id, number, status, title, intro, contact, review_date AS reviewDate, adopted_at AS adoptedAt,
  meeting_id AS meetingId`;
const POINT_COLUMNS = 'id, position, text, case_id AS caseId, source_item_id AS sourceItemId';

type VersionRow = Omit<AgreementVersion, 'points'>;

function withPoints(db: ReadDb, row: VersionRow): AgreementVersion {
  const points = stmt(db, `SELECT ${POINT_COLUMNS} FROM agreement_points WHERE version_id = ? ORDER BY position`).all(
    row.id,
  ) as AgreementPoint[];
  return { ...row, status: readStored('agreement_versions', 'status', row.status, row.id), points };
}

export function listAdoptedVersions(db: ReadDb): AgreementVersion[] {
  return (
    stmt(
      db,
      `SELECT ${VERSION_COLUMNS} FROM agreement_versions WHERE status = 'adopted' ORDER BY number`,
    ).all() as VersionRow[]
  ).map((r) => withPoints(db, r));
}

export function getVersion(db: ReadDb, id: number): AgreementVersion {
  return withPoints(
    db,
    requireRow(
      stmt(db, `SELECT ${VERSION_COLUMNS} FROM agreement_versions WHERE id = ?`).get(id) as VersionRow | undefined,
    ),
  );
}

/** The draft as it would start, without writing: for a workbook opened read-only. */
export function peekDraft(db: ReadDb): AgreementVersion {
  const existing = stmt(db, `SELECT ${VERSION_COLUMNS} FROM agreement_versions WHERE status = 'draft'`).get() as
    VersionRow | undefined;
  if (existing) return withPoints(db, existing);
  const latest = listAdoptedVersions(db).at(-1);
  const empty = { title: '', intro: '', contact: '', reviewDate: null, points: [] };
  return { ...empty, ...latest, id: 0, number: null, status: 'draft', adoptedAt: null, meetingId: null };
}

export function countDraftPoints(db: ReadDb): number {
  return stmt(
    db,
    "SELECT COUNT(*) FROM agreement_points p JOIN agreement_versions v ON v.id = p.version_id WHERE v.status = 'draft'",
  )
    .pluck()
    .get() as number;
}

/** The one draft; made on first use, starting from the latest adopted version. */
export function getOrCreateDraft(db: WriteDb): AgreementVersion {
  const existing = stmt(db, `SELECT ${VERSION_COLUMNS} FROM agreement_versions WHERE status = 'draft'`).get() as
    VersionRow | undefined;
  if (existing) return withPoints(db, existing);
  const latest = listAdoptedVersions(db).at(-1);
  const at = now();
  const id = transaction(db, () => {
    const draftId = Number(
      stmt(
        db,
        `INSERT INTO agreement_versions (status, title, intro, contact, review_date, created_at, updated_at)
           VALUES ('draft', ?, ?, ?, ?, ?, ?)`,
      ).run(latest?.title ?? '', latest?.intro ?? '', latest?.contact ?? '', latest?.reviewDate ?? null, at, at)
        .lastInsertRowid,
    );
    const copy = stmt(
      db,
      'INSERT INTO agreement_points (version_id, position, text, case_id, source_item_id) VALUES (?, ?, ?, ?, ?)',
    );
    for (const p of latest?.points ?? []) copy.run(draftId, p.position, p.text, p.caseId, p.sourceItemId);
    return draftId;
  });
  return getVersion(db, id);
}

function draftId(db: ReadDb, versionId: number): number {
  const status = stmt(db, 'SELECT status FROM agreement_versions WHERE id = ?').pluck().get(versionId);
  if (status === undefined) throw new AppError('NOT_FOUND');
  if (status !== 'draft') throw new AppError('SIGNED');
  return versionId;
}

export function updateDraft(
  db: WriteDb,
  id: number,
  changes: Partial<Pick<AgreementVersion, 'title' | 'intro' | 'contact' | 'reviewDate'>>,
): void {
  const current = getVersion(db, draftId(db, id));
  const next = { ...current, ...changes };
  stmt(
    db,
    'UPDATE agreement_versions SET title = ?, intro = ?, contact = ?, review_date = ?, updated_at = ? WHERE id = ?',
  ).run(next.title, next.intro, next.contact, next.reviewDate, now(), id);
}

export function addPoint(
  db: WriteDb,
  versionId: number,
  input: { text: string; caseId?: number | null; sourceItemId?: number | null },
): number {
  draftId(db, versionId);
  return Number(
    stmt(
      db,
      'INSERT INTO agreement_points (version_id, position, text, case_id, source_item_id) VALUES (?, ?, ?, ?, ?)',
    ).run(
      versionId,
      nextPosition(db, 'agreement_points', 'version_id', versionId),
      input.text,
      input.caseId ?? null,
      input.sourceItemId ?? null,
    ).lastInsertRowid,
  );
}

function versionOfPoint(db: ReadDb, pointId: number): number {
  return requireRow(
    stmt(db, 'SELECT version_id FROM agreement_points WHERE id = ?').pluck().get(pointId) as number | undefined,
  );
}

export function updatePoint(db: WriteDb, pointId: number, text: string): void {
  draftId(db, versionOfPoint(db, pointId));
  expectChanged(stmt(db, 'UPDATE agreement_points SET text = ? WHERE id = ?').run(text, pointId));
}

export function removePoint(db: WriteDb, pointId: number): void {
  draftId(db, versionOfPoint(db, pointId));
  expectChanged(stmt(db, 'DELETE FROM agreement_points WHERE id = ?').run(pointId));
}

export function reorderPoints(db: WriteDb, versionId: number, ids: number[]): void {
  reorder(db, 'agreement_points', 'version_id', draftId(db, versionId), ids);
}

/** Freezes the draft as the next numbered version; the next draft starts from it. */
export function adoptDraft(
  db: WriteDb,
  versionId: number,
  input: { meetingId?: number | null; adoptedAt?: string },
): number {
  draftId(db, versionId);
  const number =
    ((stmt(db, "SELECT MAX(number) FROM agreement_versions WHERE status = 'adopted'").pluck().get() as number | null) ??
      0) + 1;
  stmt(
    db,
    "UPDATE agreement_versions SET status = 'adopted', number = ?, adopted_at = ?, meeting_id = ?, updated_at = ? WHERE id = ?",
  ).run(number, input.adoptedAt ?? now().slice(0, 10), input.meetingId ?? null, now(), versionId);
  return number;
}
