import { z } from 'zod';
import { LIMITS } from '../limits';
import { LANGUAGES, SECTORS } from '../types';
import type { RecentEntry, WorkbookHome, WorkbookInfo } from '../types';
import { filePath, isoDate, method, none, text } from './method';

export const workbookContract = {
  'app.setLanguage': method<null>()(z.strictObject({ language: z.enum(LANGUAGES) })),

  'dialog.pickNewWorkbook': method<string | null>()(z.strictObject({ suggestedName: text(LIMITS.name) })),
  'dialog.pickWorkbook': method<string | null>()(none),
  'dialog.pickCopyPath': method<string | null>()(none),
  'dialog.pickPackToImport': method<string | null>()(none),
  'dialog.pickPackExportPath': method<string | null>()(z.strictObject({ suggestedName: text(LIMITS.name) })),

  'recent.list': method<RecentEntry[]>()(none),
  'recent.forget': method<null>()(z.strictObject({ path: filePath })),

  'workbook.create': method<WorkbookInfo>()(
    z.strictObject({
      path: filePath,
      orgName: text(LIMITS.name).trim().min(1),
      sector: z.enum(SECTORS),
      language: z.enum(LANGUAGES),
    }),
  ),
  'workbook.open': method<WorkbookInfo>()(
    z.strictObject({
      path: filePath,
      readOnly: z.boolean().optional(),
      takeOverLock: z.boolean().optional(),
      recover: z.boolean().optional(),
    }),
  ),
  'workbook.close': method<null>()(none),
  'workbook.current': method<WorkbookInfo | null>()(none),
  // What the home screen shows in one call: the latest `meetings` meetings (all when not
  // given) and the plans due for review on `today`.
  'workbook.home': method<WorkbookHome>()(
    z.strictObject({ meetings: z.number().int().min(1).max(LIMITS.listPage).optional(), today: isoDate.optional() }),
  ),
  'workbook.rename': method<WorkbookInfo>()(z.strictObject({ orgName: text(LIMITS.name).trim().min(1) })),
  'workbook.saveCopy': method<string>()(z.strictObject({ path: filePath })),
} as const;
