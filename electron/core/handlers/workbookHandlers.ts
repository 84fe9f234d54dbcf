import { existsSync, renameSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkbookHome, WorkbookInfo } from '../../shared/types';
import { AppError } from '../errors';
import { writeExampleWorkbook } from '../example';
import { closeWorkbook, createWorkbook, openWorkbook, type Workbook } from '../db/workbook';
import { LATEST_VERSION } from '../db/migrations';
import type { RecentList } from '../recent';
import * as repo from '../repos';
import type { Handlers, ServiceContext } from './context';

type WorkbookMethod = Extract<keyof Handlers, `workbook.${string}` | `recent.${string}` | `example.${string}`>;

export interface OpenState {
  get(): Workbook | null;
  /** also called with null when the workbook closes */
  set(workbook: Workbook | null): void;
}

export function workbookInfo(wb: Workbook): WorkbookInfo {
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
}

export function workbookHandlers(
  ctx: ServiceContext,
  open: OpenState,
  recent: RecentList,
  backupDir: string,
): Handlers<WorkbookMethod> {
  const switchTo = (next: Workbook): WorkbookInfo => {
    const previous = open.get();
    open.set(next);
    if (previous) closeWorkbook(previous);
    const info = workbookInfo(next);
    recent.remember(next.path, info.orgName);
    return info;
  };

  return {
    'recent.list': () => recent.list(),
    'recent.forget': ({ path }) => {
      recent.forget(path);
      return null;
    },
    'workbook.create': ({ path, ...init }) => switchTo(createWorkbook(resolve(path), init)),
    'example.create': ({ path, language }) => {
      const full = resolve(path);
      writeExampleWorkbook(full, language, ctx.library());
      return switchTo(openWorkbook(full, { backupDir }));
    },
    'workbook.open': ({ path, readOnly, takeOverLock, recover }) => {
      const full = resolve(path);
      const current = open.get();
      if (current && current.path === full) return workbookInfo(current);
      return switchTo(openWorkbook(full, { readOnly, takeOverLock, recover, backupDir }));
    },
    'workbook.close': () => {
      const current = open.get();
      open.set(null);
      if (current) closeWorkbook(current);
      return null;
    },
    'workbook.current': () => {
      const current = open.get();
      return current ? workbookInfo(current) : null;
    },
    'workbook.home': (): WorkbookHome => {
      const wb = ctx.workbook();
      const adopted = repo.listAdoptedVersions(wb.db).at(-1);
      const draftPoints = wb.db
        .prepare(
          "SELECT COUNT(*) FROM agreement_points p JOIN agreement_versions v ON v.id = p.version_id WHERE v.status = 'draft'",
        )
        .pluck()
        .get() as number;
      return {
        workbook: workbookInfo(wb),
        meetings: repo.listMeetings(wb.db),
        caseCount: repo.listCases(wb.db).length,
        openActionCount: repo.openActionCount(wb.db),
        agreement: { adoptedVersion: adopted?.number ?? null, adoptedAt: adopted?.adoptedAt ?? null, draftPoints },
      };
    },
    'workbook.rename': ({ orgName }) => {
      const wb = ctx.writable();
      repo.updateWorkbookRow(wb.db, { orgName });
      recent.remember(wb.path, orgName);
      return workbookInfo(wb);
    },
    'workbook.saveCopy': ({ path }) => {
      const wb = ctx.workbook();
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
  };
}
