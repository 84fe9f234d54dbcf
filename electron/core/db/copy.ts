import type { ReadDb } from './handles';

/** Writes a consistent copy of the whole workbook to `target` in one statement. */
export function copyInto(db: ReadDb, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}
