import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import type { Result } from '@shared/errors';
import type { MeetingDetail } from '@shared/meetingTypes';
import { api, call } from '../api';
import { draftKey, journal, RETRY_DELAYS_MS, SAVE_DELAY_MS, type DraftField, type DraftTarget, type DraftValue } from '../autosave';
import { useWorkbookStore } from './workbook';

export type SaveState = 'saved' | 'saving' | 'error';

/** The meeting being planned or run, with autosave of every typed field. */
export const useMeetingStore = defineStore('meeting', () => {
  const detail = ref<MeetingDetail | null>(null);
  const drafts = reactive(new Map<string, { target: DraftTarget; field: DraftField; value: DraftValue }>());
  const saveState = ref<SaveState>('saved');
  const saveError = ref<unknown>(null);
  const actionError = ref<unknown>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  let saving: Promise<void> | null = null;

  const workbookPath = () => useWorkbookStore().info?.path ?? '';
  const meetingId = computed(() => detail.value?.meeting.id ?? null);

  function schedule(delay: number) {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  }

  /** The value on screen: the unsaved edit if there is one, else the stored value. */
  function value<T extends DraftValue>(target: DraftTarget, field: DraftField, stored: T): T {
    const draft = drafts.get(draftKey(target, field));
    return (draft ? draft.value : stored) as T;
  }

  function edit(target: DraftTarget, field: DraftField, next: DraftValue) {
    drafts.set(draftKey(target, field), { target, field, value: next });
    journal.put(workbookPath(), target, field, next);
    if (saveState.value !== 'error') saveState.value = 'saving';
    schedule(SAVE_DELAY_MS);
  }

  async function saveDrafts() {
    const batch = [...drafts.entries()];
    if (batch.length === 0) return;
    const groups = new Map<string, { target: DraftTarget; changes: Record<string, DraftValue> }>();
    for (const [, d] of batch) {
      const key = `${d.target.kind}:${d.target.id}`;
      const group = groups.get(key) ?? { target: d.target, changes: {} };
      group.changes[d.field] = d.value;
      groups.set(key, group);
    }
    for (const { target, changes } of groups.values()) {
      const saved =
        target.kind === 'item'
          ? await call(api().items.update({ id: target.id, changes }))
          : await call(api().meetings.update({ id: target.id, changes }));
      if (saved.meeting.id === meetingId.value) detail.value = saved;
    }
    // Only what was sent counts as saved: a keystroke during the save stays a draft.
    for (const [key, sent] of batch) {
      if (drafts.get(key)?.value === sent.value) {
        drafts.delete(key);
        journal.drop(workbookPath(), key);
      }
    }
  }

  /** Saves every unsaved edit now; on failure keeps them on screen and retries. */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (saving) await saving;
    if (drafts.size === 0) {
      if (saveState.value !== 'error') saveState.value = 'saved';
      return;
    }
    saveState.value = 'saving';
    saving = saveDrafts()
      .then(() => {
        retries = 0;
        saveError.value = null;
        saveState.value = drafts.size ? 'saving' : 'saved';
        if (drafts.size) schedule(SAVE_DELAY_MS);
      })
      .catch((err: unknown) => {
        saveError.value = err;
        saveState.value = 'error';
        schedule(RETRY_DELAYS_MS[Math.min(retries++, RETRY_DELAYS_MS.length - 1)]!);
      })
      .finally(() => {
        saving = null;
      });
    await saving;
  }

  async function load(id: number) {
    await flush();
    detail.value = await call(api().meetings.get({ id }));
    for (const entry of journal.pending(workbookPath())) {
      drafts.set(draftKey(entry.target, entry.field), { target: entry.target, field: entry.field, value: entry.value });
    }
    if (drafts.size) await flush();
  }

  async function reload() {
    if (meetingId.value !== null) detail.value = await call(api().meetings.get({ id: meetingId.value }));
  }

  /** An immediate change (stance, poll, attendance, actions…): answers true when stored. */
  async function run(work: () => Promise<Result<MeetingDetail>>): Promise<boolean> {
    actionError.value = null;
    try {
      const saved = await call(work());
      if (saved.meeting.id === meetingId.value) detail.value = saved;
      return true;
    } catch (err) {
      actionError.value = err;
      return false;
    }
  }

  return { detail, drafts, saveState, saveError, actionError, value, edit, flush, load, reload, run };
});
