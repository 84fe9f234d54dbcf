import { z } from 'zod';
import { LIMITS } from './limits';
import { LANGUAGES, SECTORS } from './types';
import type { MeetingSummary, RecentEntry, WorkbookHome, WorkbookInfo } from './types';
import { caseDraftSchema } from './caseSchema';
import type { ImportResult, LibraryListing, PackPreview, WorkbookCaseEntry } from './caseTypes';

// Every call between renderer and main, declared once: its name, the schema its
// input must pass, and (as a type only) what it answers. Main validates with the
// schema, the preload builds window.samsyn from the names, the renderer is typed
// by SamsynApi below.
interface Method<I extends z.ZodType, O> {
  input: I;
  /** phantom: carries the output type, never read at run time */
  output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I): Method<I, O> => ({ input });
}

const text = (max: number) => z.string().max(max);
const filePath = z.string().min(1).max(LIMITS.path);
const none = z.strictObject({});
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const contract = {
  'recent.list': method<RecentEntry[]>()(none),
  'recent.forget': method<null>()(z.strictObject({ path: filePath })),

  'app.setLanguage': method<null>()(z.strictObject({ language: z.enum(LANGUAGES) })),

  'dialog.pickNewWorkbook': method<string | null>()(z.strictObject({ suggestedName: text(LIMITS.name) })),
  'dialog.pickWorkbook': method<string | null>()(none),
  'dialog.pickCopyPath': method<string | null>()(none),
  'dialog.pickPackToImport': method<string | null>()(none),
  'dialog.pickPackExportPath': method<string | null>()(z.strictObject({ suggestedName: text(LIMITS.name) })),

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
    }),
  ),
  'workbook.close': method<null>()(none),
  'workbook.current': method<WorkbookInfo | null>()(none),
  'workbook.home': method<WorkbookHome>()(none),
  'workbook.rename': method<WorkbookInfo>()(z.strictObject({ orgName: text(LIMITS.name).trim().min(1) })),
  'workbook.saveCopy': method<string>()(z.strictObject({ path: filePath })),

  'meetings.list': method<MeetingSummary[]>()(none),

  'library.list': method<LibraryListing>()(none),
  'cases.list': method<WorkbookCaseEntry[]>()(none),
  'cases.get': method<WorkbookCaseEntry>()(z.strictObject({ id })),
  'cases.useFromLibrary': method<WorkbookCaseEntry>()(z.strictObject({ key: text(80).min(1) })),
  'cases.updateFromLibrary': method<WorkbookCaseEntry>()(z.strictObject({ id })),
  'cases.create': method<WorkbookCaseEntry>()(z.strictObject({ content: caseDraftSchema })),
  'cases.update': method<WorkbookCaseEntry>()(z.strictObject({ id, content: caseDraftSchema })),
  'cases.delete': method<null>()(z.strictObject({ id })),
  'cases.exportPack': method<{ path: string; count: number }>()(
    z.strictObject({ ids: z.array(id).min(1).max(500), path: filePath }),
  ),
  'cases.previewPack': method<PackPreview>()(z.strictObject({ path: filePath })),
  'cases.importPack': method<ImportResult>()(z.strictObject({ path: filePath })),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Exclude<Contract[M]['output'], undefined>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
