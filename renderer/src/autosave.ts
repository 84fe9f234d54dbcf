// Keystroke-safe saving for the meeting screens. Every edit is first written to
// a small journal in localStorage (synchronous, survives a reload or a crash of
// the window), then saved to the workbook within a second. When the screen
// opens again, whatever the journal still holds is saved first.

export type DraftTarget = { kind: 'item' | 'meeting'; id: number };
export type DraftField = string;
export type DraftValue = string | number | null;

interface JournalEntry {
  workbook: string;
  target: DraftTarget;
  field: DraftField;
  value: DraftValue;
}

const JOURNAL_KEY = 'samsyn.unsaved';

export const draftKey = (target: DraftTarget, field: DraftField) => `${target.kind}:${target.id}:${field}`;

function readJournal(): Record<string, JournalEntry> {
  try {
    const parsed = JSON.parse(localStorage.getItem(JOURNAL_KEY) ?? '{}') as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, JournalEntry>) : {};
  } catch {
    return {};
  }
}

function writeJournal(journal: Record<string, JournalEntry>): void {
  try {
    localStorage.setItem(JOURNAL_KEY, JSON.stringify(journal));
  } catch {
    // storage full or unavailable: the edit is still in memory and being saved
  }
}

export const journal = {
  put(workbook: string, target: DraftTarget, field: DraftField, value: DraftValue) {
    const all = readJournal();
    all[`${workbook}|${draftKey(target, field)}`] = { workbook, target, field, value };
    writeJournal(all);
  },
  drop(workbook: string, key: string) {
    const all = readJournal();
    delete all[`${workbook}|${key}`];
    writeJournal(all);
  },
  /** the unsaved edits of one workbook */
  pending(workbook: string): JournalEntry[] {
    return Object.values(readJournal()).filter((e) => e.workbook === workbook);
  },
};

/** Waits after the last keystroke; well inside the one-second promise. */
export const SAVE_DELAY_MS = 400;
/** Retries of a failed save: soon, then less often. */
export const RETRY_DELAYS_MS = [1000, 3000, 10_000, 30_000];
