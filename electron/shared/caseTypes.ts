import type { CaseContent, LibraryCase } from './caseSchema';
import type { Theme } from './caseLists';

export type CaseOrigin = 'library' | 'custom' | 'pack';

/** A case as stored in a workbook: its own copy, maybe edited for this client. */
export interface WorkbookCase extends CaseContent {
  id: number;
  origin: CaseOrigin;
  edited: boolean;
}

export interface WorkbookCaseEntry extends WorkbookCase {
  /** meetings' agenda items that use it; a used case cannot be deleted */
  useCount: number;
  /** the library's version of the same key when it is newer than this copy */
  newerLibraryVersion: number | null;
}

export interface LibraryEntry {
  case: LibraryCase;
  inWorkbook: { id: number; version: number; edited: boolean } | null;
}

/** How many of this workbook's meetings have discussed a theme, and how many have it on the agenda still to come. */
export interface ThemeCoverage {
  theme: Theme;
  discussedIn: number;
  plannedIn: number;
}

export interface LibraryListing {
  entries: LibraryEntry[];
  /** case files that could not be read, by file and field */
  problems: { file: string; field: string; message: string }[];
  /** every theme, in the fixed order, with this workbook's meetings that took it up */
  coverage: ThemeCoverage[];
}

export type PackItemStatus = 'new' | 'duplicate' | 'other-version';

export interface PackPreview {
  path: string;
  source: string;
  items: { key: string; version: number; title: string; status: PackItemStatus }[];
}

export interface ImportResult {
  added: number;
  skipped: number;
}
