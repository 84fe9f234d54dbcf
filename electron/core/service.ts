import { existsSync, renameSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MethodName, OutputOf, ParsedInputOf } from '../shared/contract';
import type { WorkbookHome, WorkbookInfo } from '../shared/types';
import { AppError } from './errors';
import { closeWorkbook, createWorkbook, openWorkbook, type Workbook } from './db/workbook';
import { LATEST_VERSION } from './db/migrations';
import { RecentList } from './recent';
import * as repo from './repos';

export type Handler<M extends MethodName> = (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>>;
export type Handlers<K extends MethodName = MethodName> = { [M in K]: Handler<M> };

/** Methods the shell answers itself (native dialogs, menu language); everything else is core. */
export type ShellMethod = Extract<MethodName, `dialog.${string}` | `app.${string}`>;
export type CoreMethod = Exclude<MethodName, ShellMethod>;

export interface ServiceOptions {
  /** the app's user-data folder: recent list, backups */
  userDataDir: string;
}

export interface Service {
  handlers: Handlers<CoreMethod>;
  /** the open workbook, for the shell's menu and for tests */
  current(): Workbook | null;
  shutdown(): void;
}

export function createService(options: ServiceOptions): Service {
  const recent = new RecentList(join(options.userDataDir, 'recent.json'));
  const backupDir = join(options.userDataDir, 'backups');
  let open: Workbook | null = null;

  const workbook = (): Workbook => {
    if (!open) throw new AppError('NO_WORKBOOK');
    return open;
  };
  const writable = (): Workbook => {
    const wb = workbook();
    if (wb.readOnly) throw new AppError('READ_ONLY');
    return wb;
  };
  const info = (wb: Workbook): WorkbookInfo => {
    const row = repo.getWorkbookRow(wb.db);
    return {
      path: wb.path,
      orgName: row.orgName,
      sector: row.sector,
      language: row.language,
      formatVersion: LATEST_VERSION,
      readOnly: wb.readOnly,
      readOnlyReason: wb.readOnlyReason,
      createdAt: row.createdAt,
    };
  };
  const switchTo = (next: Workbook): WorkbookInfo => {
    if (open) closeWorkbook(open);
    open = next;
    const result = info(next);
    recent.remember(next.path, result.orgName);
    return result;
  };

  const handlers: Handlers<CoreMethod> = {
    'recent.list': () => recent.list(),
    'recent.forget': ({ path }) => {
      recent.forget(path);
      return null;
    },
    'workbook.create': ({ path, ...init }) => switchTo(createWorkbook(resolve(path), init)),
    'workbook.open': ({ path, readOnly, takeOverLock }) => {
      const full = resolve(path);
      if (open && open.path === full) return info(open);
      return switchTo(openWorkbook(full, { readOnly, takeOverLock, backupDir }));
    },
    'workbook.close': () => {
      if (open) closeWorkbook(open);
      open = null;
      return null;
    },
    'workbook.current': () => (open ? info(open) : null),
    'workbook.home': (): WorkbookHome => {
      const wb = workbook();
      const adopted = repo.listAdoptedVersions(wb.db).at(-1);
      const draftPoints = wb.db
        .prepare("SELECT COUNT(*) FROM agreement_points p JOIN agreement_versions v ON v.id = p.version_id WHERE v.status = 'draft'")
        .pluck()
        .get() as number;
      return {
        workbook: info(wb),
        meetings: repo.listMeetings(wb.db),
        caseCount: repo.listCases(wb.db).length,
        openActionCount: repo.openActionCount(wb.db),
        agreement: { adoptedVersion: adopted?.number ?? null, adoptedAt: adopted?.adoptedAt ?? null, draftPoints },
      };
    },
    'workbook.rename': ({ orgName }) => {
      const wb = writable();
      repo.updateWorkbookRow(wb.db, { orgName });
      recent.remember(wb.path, orgName);
      return info(wb);
    },
    'workbook.saveCopy': ({ path }) => {
      const wb = workbook();
      const target = resolve(path);
      if (target === wb.path) throw new AppError('FILE_EXISTS');
      // Written beside the target and renamed, so a failed copy never leaves half a file.
      const temp = `${target}.partial`;
      if (existsSync(temp)) unlinkSync(temp);
      try {
        wb.db.prepare('VACUUM INTO ?').run(temp);
        renameSync(temp, target);
      } catch (err) {
        if (existsSync(temp)) unlinkSync(temp);
        throw err;
      }
      return target;
    },
    'meetings.list': () => repo.listMeetings(workbook().db),
  };

  return {
    handlers,
    current: () => open,
    shutdown() {
      if (open) closeWorkbook(open);
      open = null;
    },
  };
}
