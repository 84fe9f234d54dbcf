import type { MethodName, OutputOf, ParsedInputOf } from '../../shared/contract';
import type { CheckedFiles } from '../db/checkedFiles';
import type { ReadDb, WriteDb } from '../db/handles';
import type { Workbook } from '../db/workbook';
import type { Library } from '../library';
import type { PushEvent } from '../../shared/events';

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>>;
export type Handlers<K extends MethodName = MethodName> = { [M in K]: Handler<M> };

/** Methods the shell answers itself (native dialogs, menu language); everything else is core. */
export type ShellMethod = Extract<
  MethodName,
  `dialog.${string}` | `app.${string}` | `projector.${string}` | `shell.${string}`
>;
export type CoreMethod = Exclude<MethodName, ShellMethod>;

/** What every group of handlers may use: the open workbook and the case library. */
export interface ServiceContext {
  /** the open workbook's file: where it is and whether it may be changed */
  file(): Workbook;
  /** the open workbook, to read */
  workbook(): ReadDb;
  /** the open workbook, to change; refuses with READ_ONLY when it may not be changed */
  writable(): WriteDb;
  library(): Library;
  /** the shipped fonts the PDFs embed */
  fontsDir: string;
  /** where rotating backups are kept, in the user-data folder */
  backupDir: string;
  /** this computer's memory of workbooks it has checked whole, in the user-data folder */
  checkedFiles: CheckedFiles;
  /** tells every window that something they show has changed */
  emit(event: PushEvent): void;
}
