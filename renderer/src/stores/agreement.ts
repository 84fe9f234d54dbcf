import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Result } from '@shared/errors';
import type { AgreementState, FitReport, Paper } from '@shared/paperTypes';
import { api, call } from '../api';
import { createAutosave } from '../autosave';
import { useWorkbookStore } from './workbook';

/** An adopted version's number, or the draft. */
export type VersionKey = number | 'draft';
export type DraftField = 'title' | 'intro' | 'contact' | 'reviewDate';
export interface RemovedPoint {
  text: string;
  caseId: number | null;
  sourceItemId: number | null;
  index: number;
}

/** The meter follows typing closely but not on every keystroke. */
const MEASURE_DELAY_MS = 250;
/** What a typed field belongs to: the draft's own fields or one of its points. */
type DraftTarget = { kind: 'draft' } | { kind: 'point'; id: number };
const DRAFT: DraftTarget = { kind: 'draft' };
const pointTarget = (id: number): DraftTarget => ({ kind: 'point', id });

/** The agreement draft with autosave, the page-fit meter, and the adopted versions. */
export const useAgreementStore = defineStore('agreement', () => {
  const state = ref<AgreementState | null>(null);
  const fit = ref<FitReport | null>(null);
  /** a change is waiting to be measured: the meter shows the previous reading meanwhile */
  const measuring = ref(false);
  const paper = ref<Paper>('a4');
  const actionError = ref<unknown>(null);
  let measureTimer: ReturnType<typeof setTimeout> | undefined;

  const autosave = createAutosave<DraftTarget>({
    journal: () => `agreement|${useWorkbookStore().info?.path ?? ''}`,
    async send(target, changes) {
      state.value = await call(
        target.kind === 'draft'
          ? api().agreement.updateDraft(changes)
          : api().agreement.updatePoint({ id: target.id, text: String(changes.text) }),
      );
    },
    // An emptied point is not sent: the contract wants text, and the user is probably mid-rewrite.
    ready: (d) => d.target.kind === 'draft' || String(d.value).trim() !== '',
    settled: () => scheduleMeasure(),
  });
  const { flush } = autosave;

  const fieldValue = (field: DraftField): string =>
    (autosave.value(DRAFT, field, state.value?.draft[field] ?? null) as string | null) ?? '';
  const pointText = (id: number, stored: string): string => autosave.value(pointTarget(id), 'text', stored);

  function scheduleMeasure() {
    clearTimeout(measureTimer);
    measuring.value = true;
    measureTimer = setTimeout(() => void measure(), MEASURE_DELAY_MS);
  }

  function editField(field: DraftField, value: string) {
    autosave.edit(DRAFT, field, field === 'reviewDate' && value === '' ? null : value);
    measuring.value = true;
  }

  function editPoint(id: number, text: string) {
    autosave.edit(pointTarget(id), 'text', text);
    measuring.value = true;
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
    await autosave.replay();
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
    autosave.forget(pointTarget(id));
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
    saveState: autosave.state,
    saveError: autosave.error,
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
