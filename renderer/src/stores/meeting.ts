import { defineStore } from 'pinia';
import { computed, reactive, ref } from 'vue';
import type { Result } from '@shared/errors';
import type { MeetingDetail } from '@shared/meetingTypes';
import type { AgendaItem } from '@shared/types';
import { api, ApiError, call } from '../api';
import {
  draftKey,
  journal,
  RETRY_DELAYS_MS,
  SAVE_DELAY_MS,
  type DraftField,
  type DraftTarget,
  type DraftValue,
} from '../autosave';
import { useWorkbookStore } from './workbook';

export type SaveState = 'saved' | 'saving' | 'error';

const PERMANENT = new Set(['NOT_FOUND', 'SIGNED', 'INVALID_INPUT', 'READ_ONLY']);

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

  /** The keystroke path answers only the item; fold it into what the screen shows. */
  function mergeItem(item: AgendaItem) {
    const items = detail.value?.items;
    const index = items?.findIndex((i) => i.id === item.id) ?? -1;
    if (items && index >= 0) items[index] = { ...items[index]!, ...item };
  }

  async function saveDrafts() {
    const batch = [...drafts.entries()];
    if (batch.length === 0) return;
    const groups = new Map<string, { target: DraftTarget; changes: Record<string, DraftValue>; keys: string[] }>();
    for (const [key, d] of batch) {
      const groupKey = `${d.target.kind}:${d.target.id}`;
      const group = groups.get(groupKey) ?? { target: d.target, changes: {}, keys: [] };
      group.changes[d.field] = d.value;
      group.keys.push(key);
      groups.set(groupKey, group);
    }
    const settled = new Set<string>();
    let failure: unknown = null;
    for (const { target, changes, keys } of groups.values()) {
      try {
        if (target.kind === 'item') {
          const item = await call(api().items.autosave({ id: target.id, changes }));
          mergeItem(item);
        } else {
          const saved = await call(api().meetings.update({ id: target.id, changes }));
          if (saved.meeting.id === meetingId.value) detail.value = saved;
        }
        keys.forEach((k) => settled.add(k));
      } catch (err) {
        // An edit to something deleted or signed can never be saved: say so once, then let it go.
        if (err instanceof ApiError && PERMANENT.has(err.error.code)) keys.forEach((k) => settled.add(k));
        failure = err;
      }
    }
    // Only what was sent counts as saved: a keystroke during the save stays a draft.
    for (const [key, sent] of batch) {
      if (settled.has(key) && drafts.get(key)?.value === sent.value) {
        drafts.delete(key);
        journal.drop(workbookPath(), key);
      }
    }
    if (failure) throw failure;
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

  /** Saves what the journal still holds from a window that closed or crashed mid-edit. */
  async function replay() {
    for (const entry of journal.pending(workbookPath())) {
      drafts.set(draftKey(entry.target, entry.field), { target: entry.target, field: entry.field, value: entry.value });
    }
    if (drafts.size) await flush();
  }

  async function load(id: number) {
    await flush();
    detail.value = await call(api().meetings.get({ id }));
    await replay();
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

  return { detail, drafts, saveState, saveError, actionError, value, edit, flush, replay, load, reload, run };
});
