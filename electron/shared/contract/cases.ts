import { z } from 'zod';
import { caseSchemas } from '../caseSchema';
import { LIMITS } from '../limits';
import type { ImportResult, LibraryListing, PackPreview, WorkbookCaseEntry } from '../caseTypes';
import { filePath, id, method, none, text } from './method';

export const casesContract = {
  'library.list': method<LibraryListing>()(none),
  'cases.list': method<WorkbookCaseEntry[]>()(none),
  'cases.get': method<WorkbookCaseEntry>()(z.strictObject({ id })),
  'cases.useFromLibrary': method<WorkbookCaseEntry>()(z.strictObject({ key: text(LIMITS.caseKey).min(1) })),
  'cases.updateFromLibrary': method<WorkbookCaseEntry>()(z.strictObject({ id })),
  'cases.create': method<WorkbookCaseEntry>()(z.strictObject({ content: caseSchemas().caseDraft })),
  'cases.update': method<WorkbookCaseEntry>()(z.strictObject({ id, content: caseSchemas().caseDraft })),
  'cases.delete': method<null>()(z.strictObject({ id })),
  'cases.exportPack': method<{ path: string; count: number }>()(
    z.strictObject({ ids: z.array(id).min(1).max(LIMITS.packCases), path: filePath }),
  ),
  'cases.previewPack': method<PackPreview>()(z.strictObject({ path: filePath })),
  'cases.importPack': method<ImportResult>()(z.strictObject({ path: filePath })),
} as const;
