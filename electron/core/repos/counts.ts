import { stmt } from './util';
import { getWorkbookRow } from './workbookRow';
import type { ReadDb } from './util';

export function workbookCounts(db: ReadDb) {
  const count = (sql: string) => stmt(db, sql).pluck().get() as number;
  return {
    ...getWorkbookRow(db),
    formatVersion: db.pragma('user_version', { simple: true }) as number,
    cases: count('SELECT COUNT(*) FROM cases'),
    meetings: count('SELECT COUNT(*) FROM meetings'),
    items: count('SELECT COUNT(*) FROM agenda_items'),
    actions: count('SELECT COUNT(*) FROM actions'),
    openActions: count('SELECT COUNT(*) FROM actions WHERE done_at IS NULL'),
    adoptedVersions: count("SELECT COUNT(*) FROM agreement_versions WHERE status = 'adopted'"),
  };
}
