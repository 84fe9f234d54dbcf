import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { ErrorDetails } from '@shared/errors';
import type { Language, RecentEntry, Sector, WorkbookHome, WorkbookInfo } from '@shared/types';
import { api, ApiError, call } from '../api';
import { localToday } from '../dates';
import { useTask } from '../task';

/** The home screen lists this many of the latest meetings, and this many more each time more are asked for. */
const MEETINGS_PAGE = 12;

export interface LockPrompt {
  path: string;
  details: ErrorDetails;
  error: ApiError;
}

/** The open workbook, the recent list, and the outcome of the last file action. */
export const useWorkbookStore = defineStore('workbook', () => {
  const info = ref<WorkbookInfo | null>(null);
  const home = ref<WorkbookHome | null>(null);
  const recent = ref<RecentEntry[]>([]);
  const { busy, error, run: guarded } = useTask();
  const notice = ref<string | null>(null);
  const lockPrompt = ref<LockPrompt | null>(null);
  /** a workbook whose last save was interrupted: opening it would finish the recovery */
  const recoverPrompt = ref<LockPrompt | null>(null);
  const meetingsShown = ref(MEETINGS_PAGE);
  // Set when the home screen is left: a meeting or the agreement may change meanwhile.
  let homeStale = false;

  async function loadRecent() {
    recent.value = await call(api().recent.list());
  }

  async function loadHome() {
    home.value = await call(api().workbook.home({ meetings: meetingsShown.value, today: localToday() }));
    info.value = home.value.workbook;
    homeStale = false;
  }

  /** What the home screen shows: loaded once, and again only after it was left. */
  async function showHome() {
    if (!home.value || homeStale) await loadHome();
  }

  function leftHome() {
    homeStale = true;
  }

  async function showMoreMeetings() {
    meetingsShown.value += MEETINGS_PAGE * 4;
    await loadHome();
  }

  // Asked once per window load: every navigation waits for it, and none asks the core again.
  let restoring: Promise<void> | undefined;

  /**
   * Resolves once the window knows whether a workbook is open (after a reload too). When the
   * core cannot tell or the workbook cannot be read, the window goes on as with none open and
   * the start screen says what happened, rather than every screen waiting on that failure.
   */
  function restored(): Promise<void> {
    restoring ??= guarded(async () => {
      info.value = await call(api().workbook.current());
      if (info.value) await loadHome();
      return true;
    }).then((known) => {
      if (known) return;
      info.value = null;
      home.value = null;
    });
    return restoring;
  }

  async function create(init: { orgName: string; sector: Sector; language: Language }): Promise<boolean> {
    const done = await guarded(async () => {
      const path = await call(api().dialog.pickNewWorkbook({ suggestedName: init.orgName }));
      if (!path) return false;
      info.value = await call(api().workbook.create({ path, ...init }));
      await loadHome();
      return true;
    });
    return done === true;
  }

  async function openPath(
    path: string,
    options: { readOnly?: boolean; takeOverLock?: boolean; recover?: boolean } = {},
  ): Promise<boolean> {
    lockPrompt.value = null;
    recoverPrompt.value = null;
    const done = await guarded(async () => {
      try {
        info.value = await call(api().workbook.open({ path, ...options }));
      } catch (err) {
        if (err instanceof ApiError && err.error.code === 'WORKBOOK_LOCKED') {
          lockPrompt.value = { path, details: err.error.details ?? {}, error: err };
          return false;
        }
        if (err instanceof ApiError && err.error.code === 'NEEDS_RECOVERY') {
          recoverPrompt.value = { path, details: { ...options }, error: err };
          return false;
        }
        throw err;
      }
      await loadHome();
      return true;
    });
    await loadRecent().catch(() => undefined);
    return done === true;
  }

  async function openWithDialog(): Promise<boolean> {
    const path = await guarded(() => call(api().dialog.pickWorkbook()));
    return path ? openPath(path) : false;
  }

  async function close() {
    await guarded(() => call(api().workbook.close()));
    info.value = null;
    home.value = null;
    meetingsShown.value = MEETINGS_PAGE;
    await loadRecent();
  }

  async function forget(path: string) {
    await guarded(() => call(api().recent.forget({ path })));
    await loadRecent();
  }

  async function saveCopy(): Promise<string | null> {
    const saved = await guarded(async () => {
      const path = await call(api().dialog.pickCopyPath());
      return path ? call(api().workbook.saveCopy({ path })) : null;
    });
    return saved ?? null;
  }

  function clearMessages() {
    error.value = null;
    notice.value = null;
  }

  return {
    info,
    home,
    recent,
    busy,
    error,
    notice,
    lockPrompt,
    recoverPrompt,
    loadRecent,
    loadHome,
    showHome,
    leftHome,
    showMoreMeetings,
    restored,
    create,
    openPath,
    openWithDialog,
    close,
    forget,
    saveCopy,
    clearMessages,
  };
});
