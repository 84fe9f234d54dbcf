import { join } from 'node:path';
import { AppError } from './errors';
import { closeWorkbook, type Workbook } from './db/workbook';
import { loadLibrary, type Library } from './library';
import { RecentList } from './recent';
import { caseHandlers } from './handlers/caseHandlers';
import type { CoreMethod, Handlers, ServiceContext } from './handlers/context';
import { workbookHandlers } from './handlers/workbookHandlers';

export type { CoreMethod, Handler, Handlers, ShellMethod } from './handlers/context';

export interface ServiceOptions {
  /** the app's user-data folder: recent list, backups */
  userDataDir: string;
  /** the built-in case library, one JSON file per case */
  libraryDir: string;
}

export interface Service {
  handlers: Handlers<CoreMethod>;
  /** the open workbook, for the shell's menu and for tests */
  current(): Workbook | null;
  shutdown(): void;
}

export function createService(options: ServiceOptions): Service {
  const recent = new RecentList(join(options.userDataDir, 'recent.json'));
  let open: Workbook | null = null;
  let library: Library | null = null;

  const ctx: ServiceContext = {
    workbook() {
      if (!open) throw new AppError('NO_WORKBOOK');
      return open;
    },
    writable() {
      const wb = ctx.workbook();
      if (wb.readOnly) throw new AppError('READ_ONLY');
      return wb;
    },
    library() {
      library ??= loadLibrary(options.libraryDir);
      return library;
    },
  };
  const state = { get: () => open, set: (next: Workbook | null) => (open = next) };

  return {
    handlers: {
      ...workbookHandlers(ctx, state, recent, join(options.userDataDir, 'backups')),
      ...caseHandlers(ctx),
    },
    current: () => open,
    shutdown() {
      if (open) closeWorkbook(open);
      open = null;
    },
  };
}
