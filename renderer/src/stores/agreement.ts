import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import type { Result } from '@shared/errors';
import type { AgreementState, FitReport, Paper } from '@shared/paperTypes';
import { api, ApiError, call } from '../api';
import { RETRY_DELAYS_MS, SAVE_DELAY_MS } from '../autosave';
import type { SaveState } from './meeting';

/** An adopted version's number, or the draft. */
export type VersionKey = number | 'draft';
export type DraftField = 'title' | 'intro' | 'contact' | 'reviewDate';
export interface RemovedPoint {
  text: string;
  caseId: number | null;
  sourceItemId: number | null;
  index: number;
}

/** A calendar date (YYYY-MM-DD) as the screens write it, e.g. "17 september 2026". */
export function formatDay(date: string | null, locale: string): string {
  if (!date) return '';
  const parsed = new Date(`${date.slice(0, 10)}T12:00:00`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(parsed);
}

/** The meter follows typing closely but not on every keystroke. */
const MEASURE_DELAY_MS = 250;
/** Edits that can never be saved are dropped after saying so once, not retried forever. */
const PERMANENT = new Set(['NOT_FOUND', 'SIGNED', 'INVALID_INPUT', 'READ_ONLY']);

/** The agreement draft with autosave, the page-fit meter, and the adopted versions. */
export const useAgreementStore = defineStore('agreement', () => {
  const state = ref<AgreementState | null>(null);
  const fit = ref<FitReport | null>(null);
  /** a change is waiting to be measured: the meter shows the previous reading meanwhile */
  const measuring = ref(false);
  const paper = ref<Paper>('a4');
  const saveState = ref<SaveState>('saved');
  const saveError = ref<unknown>(null);
  const actionError = ref<unknown>(null);
  const fields = reactive(new Map<DraftField, string | null>());
  const points = reactive(new Map<number, string>());
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let measureTimer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  let saving: Promise<void> | null = null;

  const fieldValue = (field: DraftField): string =>
    fields.get(field) ?? (fields.has(field) ? '' : (state.value?.draft[field] ?? ''));
  const pointText = (id: number, stored: string): string => points.get(id) ?? stored;

  function scheduleSave(delay = SAVE_DELAY_MS) {
    clearTimeout(saveTimer);
    if (saveState.value !== 'error') saveState.value = 'saving';
    saveTimer = setTimeout(() => void flush(), delay);
  }

  function scheduleMeasure() {
    clearTimeout(measureTimer);
    measuring.value = true;
    measureTimer = setTimeout(() => void measure(), MEASURE_DELAY_MS);
  }

  function editField(field: DraftField, value: string) {
    fields.set(field, field === 'reviewDate' && value === '' ? null : value);
    measuring.value = true;
    scheduleSave();
  }

  function editPoint(id: number, text: string) {
    points.set(id, text);
    measuring.value = true;
    scheduleSave();
  }

  async function saveDrafts() {
    const sentFields = new Map(fields);
    // An emptied point is not sent: the contract wants text, and the user is probably mid-rewrite.
    const sentPoints = [...points.entries()].filter(([, text]) => text.trim() !== '');
    let failure: unknown = null;
    const attempt = async (work: () => Promise<Result<AgreementState>>, settle: () => void) => {
      try {
        state.value = await call(work());
        settle();
      } catch (err) {
        if (err instanceof ApiError && PERMANENT.has(err.error.code)) settle();
        failure = err;
      }
    };
    if (sentFields.size) {
      await attempt(
        () => api().agreement.updateDraft(Object.fromEntries(sentFields)),
        () => sentFields.forEach((value, key) => fields.get(key) === value && fields.delete(key)),
      );
    }
    for (const [id, text] of sentPoints) {
      await attempt(
        () => api().agreement.updatePoint({ id, text }),
        () => points.get(id) === text && points.delete(id),
      );
    }
    if (failure) throw failure;
  }

  /** Saves every pending edit now; on failure keeps the text on screen and retries. */
  async function flush(): Promise<void> {
    clearTimeout(saveTimer);
    if (saving) await saving;
    const pending = fields.size + [...points.values()].filter((t) => t.trim() !== '').length;
    if (pending === 0) {
      if (saveState.value !== 'error') saveState.value = 'saved';
      if (measuring.value) scheduleMeasure();
      return;
    }
    saveState.value = 'saving';
    saving = saveDrafts()
      .then(() => {
        retries = 0;
        saveError.value = null;
        saveState.value = 'saved';
        scheduleMeasure();
      })
      .catch((err: unknown) => {
        saveError.value = err;
        saveState.value = 'error';
        scheduleSave(RETRY_DELAYS_MS[Math.min(retries++, RETRY_DELAYS_MS.length - 1)]!);
      })
      .finally(() => (saving = null));
    await saving;
  }

  async function measure() {
    clearTimeout(measureTimer);
    measuring.value = true;
    try {
      fit.value = await call(api().agreement.measure({ paper: paper.value }));
    } catch {
      // The meter is advice: when it cannot measure it says so rather than show stale numbers.
      fit.value = null;
    } finally {
      measuring.value = false;
    }
  }

  async function load() {
    measuring.value = true;
    await flush();
    state.value = await call(api().agreement.get());
    await measure();
  }

  /** A change that is stored at once (add, remove, reorder, adopt): answers true when stored. */
  async function change(work: () => Promise<Result<AgreementState>>): Promise<boolean> {
    actionError.value = null;
    try {
      await flush();
      state.value = await call(work());
      scheduleMeasure();
      return true;
    } catch (err) {
      actionError.value = err;
      return false;
    }
  }

  const addPoint = (text: string, source: { caseId?: number | null; sourceItemId?: number | null } = {}) =>
    change(() => api().agreement.addPoint({ text, ...source }));

  async function removePoint(id: number): Promise<RemovedPoint | null> {
    const list = state.value?.draft.points ?? [];
    const index = list.findIndex((p) => p.id === id);
    const point = list[index];
    if (!point) return null;
    const removed = {
      text: pointText(id, point.text).trim() || point.text,
      caseId: point.caseId,
      sourceItemId: point.sourceItemId,
      index,
    };
    points.delete(id);
    return (await change(() => api().agreement.removePoint({ id }))) ? removed : null;
  }

  /** Puts a removed point back where it was, with the case it came from. */
  async function restorePoint(removed: RemovedPoint) {
    const { text, caseId, sourceItemId, index } = removed;
    if (!(await addPoint(text, { caseId, sourceItemId }))) return;
    const ids = state.value!.draft.points.map((p) => p.id);
    const restored = ids.pop()!;
    ids.splice(Math.min(index, ids.length), 0, restored);
    await change(() => api().agreement.reorderPoints({ ids }));
  }

  async function movePoint(id: number, delta: -1 | 1) {
    const ids = state.value?.draft.points.map((p) => p.id) ?? [];
    const from = ids.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    await change(() => api().agreement.reorderPoints({ ids }));
  }

  const adopt = (meetingId: number | null, adoptedAt: string) =>
    change(() => api().agreement.adopt({ meetingId, adoptedAt, paper: paper.value }));

  async function setPaper(next: Paper) {
    paper.value = next;
    await measure();
  }

  return {
    state,
    fit,
    measuring,
    paper,
    saveState,
    saveError,
    actionError,
    fieldValue,
    pointText,
    editField,
    editPoint,
    flush,
    measure,
    load,
    addPoint,
    removePoint,
    restorePoint,
    movePoint,
    adopt,
    setPaper,
  };
});
