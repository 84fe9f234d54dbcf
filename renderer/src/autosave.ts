// Keystroke-safe saving, one engine for every screen that saves as the user types.
// Every edit is first written to a small journal in localStorage (synchronous,
// survives a reload or a crash of the window), then saved to the workbook within
// a second. When the screen opens again, whatever the journal still holds is
// saved first. One write is in flight at a time, so an older value can never
// overtake a newer one on its way to the file.
import { reactive, ref } from 'vue';
import type { ErrorCode } from '@shared/errors';
import { ApiError } from './api';

export type SaveState = 'saved' | 'saving' | 'error';
export type DraftValue = string | number | null;
export interface Draft<T> {
  target: T;
  field: string;
  value: DraftValue;
}

/**
 * Waits after a keystroke, so quick typing goes to the file as one write, yet the
 * indicator says "saved" within 150 ms of the last key. Slower typing makes more
 * writes; each is a few milliseconds, one at a time, and the journal holds every key.
 */
export const SAVE_DELAY_MS = 100;
/** Retries of a failed save: soon, then less often. */
export const RETRY_DELAYS_MS = [1000, 3000, 10_000, 30_000];
/** Edits that no retry can store (gone, signed, refused, read-only): said once, then let go. */
export const PERMANENT_ERRORS: readonly ErrorCode[] = ['NOT_FOUND', 'SIGNED', 'INVALID_INPUT', 'READ_ONLY'];

const JOURNAL_KEY = 'samsyn.unsaved';

type Journal = Record<string, Draft<unknown> & { scope: string }>;

function readJournal(): Journal {
  try {
    const parsed = JSON.parse(localStorage.getItem(JOURNAL_KEY) ?? '{}') as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Journal) : {};
  } catch {
    return {};
  }
}

function changeJournal(change: (all: Journal) => void): void {
  const all = readJournal();
  change(all);
  try {
    localStorage.setItem(JOURNAL_KEY, JSON.stringify(all));
  } catch {
    // storage full or unavailable: the edit is still in memory and being saved
  }
}

export interface AutosaveOptions<T> {
  /** stores the changed fields of one target; rejects with the call's error */
  send: (target: T, changes: Record<string, DraftValue>) => Promise<void>;
  /** the journal's name for what is open now, e.g. the screen and the workbook's path */
  journal: () => string;
  /** error codes that no retry can fix */
  permanent?: readonly ErrorCode[];
  /** whether a draft may be sent now; one that may not stays on screen and in the journal */
  ready?: (draft: Draft<T>) => boolean;
  /** after every save that left nothing waiting, e.g. to measure what was stored */
  settled?: () => void;
}

export function createAutosave<T>(options: AutosaveOptions<T>) {
  const permanent = new Set<string>(options.permanent ?? PERMANENT_ERRORS);
  const ready = options.ready ?? (() => true);
  const drafts = reactive(new Map<string, Draft<T>>()) as Map<string, Draft<T>>;
  const state = ref<SaveState>('saved');
  const error = ref<unknown>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retries = 0;
  let saving: Promise<void> | null = null;

  const targetKey = (target: T) => JSON.stringify(target);
  const keyOf = (target: T, field: string) => `${targetKey(target)}:${field}`;
  const journalKey = (key: string) => `${options.journal()}|${key}`;

  function schedule(delay: number) {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), delay);
  }

  /** The value on screen: the unsaved edit if there is one, else the stored value. */
  function value<V extends DraftValue>(target: T, field: string, stored: V): V {
    const draft = drafts.get(keyOf(target, field));
    return (draft ? draft.value : stored) as V;
  }

  function edit(target: T, field: string, next: DraftValue, delay = SAVE_DELAY_MS) {
    const key = keyOf(target, field);
    const draft = { target, field, value: next };
    drafts.set(key, draft);
    changeJournal((all) => (all[journalKey(key)] = { ...draft, scope: options.journal() }));
    if (state.value !== 'error') state.value = 'saving';
    schedule(delay);
  }

  /** Lets go of the edits of one target, e.g. one that was just deleted. */
  function forget(target: T) {
    for (const [key, draft] of drafts) if (targetKey(draft.target) === targetKey(target)) forgetKey(key);
  }

  async function saveDrafts(batch: [string, Draft<T>][]) {
    const groups = new Map<string, { target: T; changes: Record<string, DraftValue>; keys: string[] }>();
    for (const [key, d] of batch) {
      const group = groups.get(targetKey(d.target)) ?? { target: d.target, changes: {}, keys: [] };
      group.changes[d.field] = d.value;
      group.keys.push(key);
      groups.set(targetKey(d.target), group);
    }
    const settled = new Set<string>();
    let failure: unknown = null;
    for (const { target, changes, keys } of groups.values()) {
      try {
        await options.send(target, changes);
        keys.forEach((k) => settled.add(k));
      } catch (err) {
        if (err instanceof ApiError && permanent.has(err.error.code)) keys.forEach((k) => settled.add(k));
        failure = err;
      }
    }
    // Only what was sent counts as saved: a keystroke during the save stays a draft.
    for (const [key, sent] of batch) {
      if (settled.has(key) && drafts.get(key)?.value === sent.value) forgetKey(key);
    }
    if (failure) throw failure;
  }

  function forgetKey(key: string) {
    drafts.delete(key);
    changeJournal((all) => delete all[journalKey(key)]);
  }

  const waiting = () => [...drafts.entries()].filter(([, d]) => ready(d));

  /** Saves every unsaved edit now; on failure keeps them on screen and retries. */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    while (saving) await saving;
    const batch = waiting();
    if (batch.length === 0) {
      if (state.value !== 'error') {
        state.value = 'saved';
        options.settled?.();
      }
      return;
    }
    state.value = 'saving';
    saving = saveDrafts(batch)
      .then(() => {
        retries = 0;
        error.value = null;
        const more = waiting().length > 0;
        state.value = more ? 'saving' : 'saved';
        if (more) schedule(SAVE_DELAY_MS);
        else options.settled?.();
      })
      .catch((err: unknown) => {
        error.value = err;
        state.value = 'error';
        if (waiting().length) schedule(RETRY_DELAYS_MS[Math.min(retries++, RETRY_DELAYS_MS.length - 1)]!);
      })
      .finally(() => {
        saving = null;
      });
    await saving;
  }

  /** Takes back what the journal holds from a window that closed or crashed mid-edit, and saves it. */
  async function replay() {
    const scope = options.journal();
    for (const entry of Object.values(readJournal())) {
      if (entry.scope !== scope) continue;
      const target = entry.target as T;
      drafts.set(keyOf(target, entry.field), { target, field: entry.field, value: entry.value });
    }
    if (drafts.size) await flush();
  }

  return { drafts, state, error, value, edit, forget, flush, replay };
}

export type Autosave<T> = ReturnType<typeof createAutosave<T>>;
