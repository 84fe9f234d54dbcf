import { ref } from 'vue';

/**
 * Work the user started and waits for: `busy` while it runs, `error` when it failed (for an
 * ErrorBanner), cleared when it is tried again. `run` answers the work's result, or undefined when it failed.
 */
export function useTask() {
  const busy = ref(false);
  const error = ref<unknown>(null);
  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    error.value = null;
    try {
      return await work();
    } catch (err) {
      error.value = err;
      return undefined;
    } finally {
      busy.value = false;
    }
  }
  return { busy, error, run };
}
