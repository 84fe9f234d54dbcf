import { computed, onMounted, onUnmounted, ref } from 'vue';
import type { PresentationCommand, PresentationState, ProjectorView, TimerState } from '@shared/meetingTypes';
import { api, call } from './api';

/** Seconds on a timer at `now`. */
export function timerSeconds(timer: TimerState, now: number): number {
  const running =
    timer.running && timer.startedAt !== null ? Math.max(0, Math.floor((now - timer.startedAt) / 1000)) : 0;
  return timer.baseSeconds + running;
}

export function formatClock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * Follows main's presentation state in either window and sends the shared
 * keys: → and ← move between items, B blanks the projector, T starts and
 * pauses the timer, R shows the results alone. Keys typed into a field are left alone.
 */
export function usePresentation(options: { keys: boolean; beforeMove?: () => Promise<void> }) {
  const state = ref<PresentationState | null>(null);
  const view = ref<ProjectorView | null>(null);
  const now = ref(Date.now());
  const error = ref<unknown>(null);
  let tick: ReturnType<typeof setInterval> | undefined;
  let unsubscribe: (() => void) | undefined;

  const elapsed = computed(() => (state.value ? timerSeconds(state.value.timer, now.value) : 0));

  async function command(
    command: PresentationCommand,
    extra: { meetingId?: number; itemId?: number; value?: boolean } = {},
  ) {
    error.value = null;
    try {
      if (command === 'next' || command === 'previous' || command === 'goto') await options.beforeMove?.();
      state.value = await call(api().presentation.command({ command, ...extra }));
    } catch (err) {
      error.value = err;
    }
  }

  function onKey(event: KeyboardEvent) {
    if (
      typing(event.target) ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      document.querySelector('dialog[open]')
    )
      return;
    const key = event.key.toLowerCase();
    const map: Record<string, PresentationCommand> = {
      arrowright: 'next',
      arrowleft: 'previous',
      b: 'toggle-blank',
      t: 'toggle-timer',
      r: 'show-results',
    };
    const cmd = map[key];
    if (!cmd || !state.value?.meetingId) return;
    event.preventDefault();
    void command(cmd);
  }

  onMounted(async () => {
    unsubscribe = api().onEvent((event) => {
      if (event.type === 'presentation') {
        state.value = event.state;
        view.value = event.view;
      }
    });
    tick = setInterval(() => (now.value = Date.now()), 500);
    if (options.keys) window.addEventListener('keydown', onKey);
    try {
      view.value = await call(api().presentation.projectorView());
      state.value = view.value.state;
    } catch (err) {
      error.value = err;
    }
  });
  onUnmounted(() => {
    unsubscribe?.();
    clearInterval(tick);
    window.removeEventListener('keydown', onKey);
  });

  return { state, view, elapsed, error, command };
}
