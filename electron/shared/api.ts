import type { Result } from './errors';
import type { InputOf, MethodName, OutputOf } from './contract';
import type { PushEvent } from './events';

type GroupOf<M> = M extends `${infer G}.${string}` ? G : never;
type ActionOf<M> = M extends `${string}.${infer A}` ? A : never;

// "Every field optional" test: an empty object literal type is assignable to InputOf<M>.
type NoFields = Record<never, never>;
type Call<M extends MethodName> =
  NoFields extends InputOf<M>
    ? (input?: InputOf<M>) => Promise<Result<OutputOf<M>>>
    : (input: InputOf<M>) => Promise<Result<OutputOf<M>>>;

/** window.samsyn: one function per contract method, grouped by the name's prefix. */
export type SamsynApi = {
  [G in GroupOf<MethodName>]: {
    [M in MethodName as M extends `${G}.${string}` ? ActionOf<M> : never]: Call<M>;
  };
} & {
  onEvent(listener: (event: PushEvent) => void): () => void;
};

/** Splits 'workbook.open' into ['workbook', 'open']. */
function splitMethod(name: MethodName): [string, string] {
  const dot = name.indexOf('.');
  return [name.slice(0, dot), name.slice(dot + 1)];
}

export const INVOKE_CHANNEL = 'samsyn:invoke';
export const EVENT_CHANNEL = 'samsyn:event';

type Invoke = (name: MethodName, input: unknown) => Promise<unknown>;
type Subscribe = (listener: (event: PushEvent) => void) => () => void;

/** Builds window.samsyn from the contract's names (the preload; the tests run the built preload itself). */
export function buildApi(names: readonly MethodName[], invoke: Invoke, subscribe: Subscribe): SamsynApi {
  const api: Record<string, unknown> = {};
  for (const name of names) {
    const [group, action] = splitMethod(name);
    const target = (api[group] ??= {}) as Record<string, (input?: unknown) => Promise<unknown>>;
    target[action] = (input?: unknown) => invoke(name, input ?? {});
  }
  api.onEvent = subscribe;
  return api as SamsynApi;
}
