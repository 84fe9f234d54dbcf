import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from './errors';
import { checkedFilesIn } from './db/checkedFiles';
import { closeWorkbook, writerOf, type Workbook } from './db/workbook';
import { loadLibrary, type Library } from './library';
import { RecentList } from './recent';
import { caseHandlers } from './handlers/caseHandlers';
import type { CoreMethod, Handlers, ServiceContext } from './handlers/context';
import { workbookHandlers } from './handlers/workbookHandlers';
import { meetingHandlers } from './handlers/meetingHandlers';
import { paperHandlers } from './handlers/paperHandlers';
import { groupHandlers } from './handlers/groupHandlers';
import type { PushEvent } from '../shared/events';
import { practisePapers, type PracticeMaterial } from './pdf/practice';
import { meetingDetail } from './read/meetingDetail';
import * as repo from './repos';

export type { CoreMethod, Handler, Handlers, ShellMethod } from './handlers/context';

export interface ServiceOptions {
  /** the app's user-data folder: recent list, backups, the files this computer has checked */
  userDataDir: string;
  /** a portable build's folder: recent paths on its drive are kept relative to it */
  portableRoot?: string;
  /** the built-in case library, one JSON file per case */
  libraryDir: string;
  /** the fonts the PDFs embed */
  fontsDir: string;
  /** for tests of the timer */
  clock?: () => number;
}

export interface Service {
  handlers: Handlers<CoreMethod>;
  /** the open workbook, for the shell's menu and for tests */
  current(): Workbook | null;
  /** events for the windows: presentation changes, meetings changed elsewhere */
  onEvent(listener: (event: PushEvent) => void): () => void;
  /** practises PDFs in small steps, so the first real one is as quick as the next; for after start-up */
  preparePapers(): Promise<void>;
  shutdown(): void;
}

/**
 * What the PDF practice prints: the open workbook's cases, in its language first, or the
 * library's before a workbook is open. Reading the latest meeting, as its minutes would, also
 * prepares the queries and checks that a minutes PDF runs.
 */
function practiceMaterial(wb: Workbook | null, library: () => Library): PracticeMaterial {
  if (!wb) return { cases: library().cases, language: 'sv' };
  const [latest] = repo.listMeetings(wb.db);
  if (latest) meetingDetail(wb.db, latest.id);
  return { cases: repo.listCases(wb.db), language: repo.getWorkbookRow(wb.db).language };
}

export function createService(options: ServiceOptions): Service {
  const recent = new RecentList(join(options.userDataDir, 'recent.json'), options.portableRoot);
  let open: Workbook | null = null;
  let library: Library | null = null;
  const listeners = new Set<(event: PushEvent) => void>();

  const ctx: ServiceContext = {
    file() {
      if (!open) throw new AppError('NO_WORKBOOK');
      return open;
    },
    workbook() {
      return ctx.file().db;
    },
    writable() {
      const wb = ctx.file();
      const db = writerOf(wb);
      // SQLite would keep writing to a file that was deleted or whose stick was pulled; say so instead.
      if (!existsSync(wb.path)) throw new AppError('SAVE_FAILED', { reason: 'file-gone' });
      return db;
    },
    library() {
      library ??= loadLibrary(options.libraryDir);
      return library;
    },
    fontsDir: options.fontsDir,
    backupDir: join(options.userDataDir, 'backups'),
    checkedFiles: checkedFilesIn(options.userDataDir),
    emit(event) {
      for (const listener of listeners) listener(event);
    },
  };
  const meetings = meetingHandlers(ctx, options.clock);
  const state = {
    get: () => open,
    set: (next: Workbook | null) => {
      if (open) meetings.reset();
      open = next;
    },
  };

  const workbook = workbookHandlers(ctx, state, recent);
  return {
    handlers: {
      ...workbook,
      ...caseHandlers(ctx),
      ...meetings.handlers,
      ...paperHandlers(ctx),
      ...groupHandlers(ctx, (path) => workbook['workbook.open']({ path })),
    },
    current: () => open,
    preparePapers: () => practisePapers(options.fontsDir, () => practiceMaterial(open, ctx.library)),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    shutdown() {
      if (open) meetings.reset();
      if (open) closeWorkbook(open);
      open = null;
    },
  };
}
