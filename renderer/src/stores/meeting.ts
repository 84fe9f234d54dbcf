import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Result } from '@shared/errors';
import type { MeetingDetail } from '@shared/meetingTypes';
import type { AgendaItem } from '@shared/types';
import { api, call } from '../api';
import { createAutosave } from '../autosave';
import { useWorkbookStore } from './workbook';

/** What a typed field belongs to: the meeting itself or one of its agenda items. */
export type DraftTarget = { kind: 'item' | 'meeting'; id: number };

/** The meeting being planned or run, with autosave of every typed field. */
export const useMeetingStore = defineStore('meeting', () => {
  const detail = ref<MeetingDetail | null>(null);
  const actionError = ref<unknown>(null);
  const meetingId = computed(() => detail.value?.meeting.id ?? null);

  /** The keystroke path answers only the item; fold it into what the screen shows. */
  function mergeItem(item: AgendaItem) {
    const items = detail.value?.items;
    const index = items?.findIndex((i) => i.id === item.id) ?? -1;
    if (items && index >= 0) items[index] = { ...items[index]!, ...item };
  }

  const autosave = createAutosave<DraftTarget>({
    journal: () => `meeting|${useWorkbookStore().info?.path ?? ''}`,
    async send(target, changes) {
      if (target.kind === 'item') {
        mergeItem(await call(api().items.autosave({ id: target.id, changes })));
      } else {
        const saved = await call(api().meetings.update({ id: target.id, changes }));
        if (saved.meeting.id === meetingId.value) detail.value = saved;
      }
    },
  });
  const { drafts, value, edit, flush, replay } = autosave;

  /** A live field's value and edit handler (`v-bind`): a number stays a number. */
  const bind = (target: DraftTarget, field: string, stored: string | number) => ({
    value: String(value(target, field, stored)),
    onEdit: (text: string) => edit(target, field, typeof stored === 'number' ? Number(text) : text),
  });

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

  return {
    detail,
    drafts,
    saveState: autosave.state,
    saveError: autosave.error,
    actionError,
    value,
    edit,
    bind,
    flush,
    replay,
    load,
    reload,
    run,
  };
});
