import { existsSync, renameSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WorkbookInfo } from '../../shared/types';
import { AppError } from '../errors';
import { writeExampleWorkbook } from '../example';
import { closeWorkbook, createWorkbook, openWorkbook, type Workbook } from '../db/workbook';
import { copyInto } from '../db/copy';
import { workbookHome, workbookInfo } from '../read/workbookHome';
import { isSameFile } from '../lock';
import type { RecentList } from '../recent';
import * as repo from '../repos';
import type { Handlers, ServiceContext } from './context';

type WorkbookMethod = Extract<keyof Handlers, `workbook.${string}` | `recent.${string}` | `example.${string}`>;

export interface OpenState {
  get(): Workbook | null;
  /** also called with null when the workbook closes */
  set(workbook: Workbook | null): void;
}

export function workbookHandlers(ctx: ServiceContext, open: OpenState, recent: RecentList): Handlers<WorkbookMethod> {
  const { backupDir, checkedFiles } = ctx;
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
      return switchTo(openWorkbook(full, { backupDir, checkedFiles }));
    },
    'workbook.open': ({ path, readOnly, takeOverLock, recover }) => {
      const full = resolve(path);
      const current = open.get();
      if (current && isSameFile(current.identity, full)) return workbookInfo(current);
      return switchTo(openWorkbook(full, { readOnly, takeOverLock, recover, backupDir, checkedFiles }));
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
    'workbook.home': (ask) => workbookHome(ctx.file(), ask),
    'workbook.rename': ({ orgName }) => {
      repo.updateWorkbookRow(ctx.writable(), { orgName });
      const wb = ctx.file();
      recent.remember(wb.path, orgName);
      return workbookInfo(wb);
    },
    'workbook.saveCopy': ({ path }) => {
      const wb = ctx.file();
      const target = resolve(path);
      if (target === wb.path) throw new AppError('FILE_EXISTS');
      // Written beside the target and renamed, so a failed copy never leaves half a file.
      const temp = `${target}.partial`;
      if (existsSync(temp)) unlinkSync(temp);
      try {
        copyInto(wb.db, temp);
        renameSync(temp, target);
      } catch (err) {
        if (existsSync(temp)) unlinkSync(temp);
        throw err;
      }
      return target;
    },
  };
}
