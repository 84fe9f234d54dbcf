import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatcher';
import { createService } from '../../electron/core/service';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../electron/shared/api';
import { METHOD_NAMES } from '../../electron/shared/contract';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../helpers/files';
import { runPreloadInVm, type PreloadElectron } from '../helpers/preload';
import { cloneAcross } from './strictElectron';

// The built preload in a vm context that offers only what a sandboxed preload gets.

const tempDir = useTempDir();
type Listener = (...args: unknown[]) => void;

function loadPreload() {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  const dispatch = createDispatcher(service.handlers as never);
  const electron: PreloadElectron = {
    contextBridge: {
      exposeInMainWorld(key, api) {
        exposed[key] = api;
      },
    },
    ipcRenderer: {
      async invoke(channel, ...args) {
        const [method, input] = cloneAcross(args, `Error invoking remote method '${channel}'`);
        invoked.push([channel, method, input]);
        return cloneAcross(await dispatch(method, input), 'the answer');
      },
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  runPreloadInVm(electron);
  const emit = (payload: unknown) => listeners.get(EVENT_CHANNEL)?.forEach((l) => l({}, payload));
  return { exposed, invoked, emit, listeners, service };
}

describe('the built preload in a sandbox', () => {
  it('exposes exactly one function per contract method, grouped by prefix, plus onEvent', () => {
    const { exposed } = loadPreload();
    expect(Object.keys(exposed)).toEqual(['samsyn']);
    const api = exposed.samsyn as Record<string, Record<string, unknown>>;
    const fromApi = Object.entries(api)
      .filter(([group]) => group !== 'onEvent')
      .flatMap(([group, actions]) => Object.keys(actions).map((action) => `${group}.${action}`));
    expect(fromApi.sort()).toEqual([...METHOD_NAMES].sort());
    for (const [group, actions] of Object.entries(api)) {
      if (group === 'onEvent') expect(typeof actions).toBe('function');
      else for (const fn of Object.values(actions)) expect(typeof fn).toBe('function');
    }
  });

  it('makes a round trip to the core over the one invoke channel', async () => {
    const { exposed, invoked } = loadPreload();
    const api = exposed.samsyn as { recent: { list(): Promise<unknown> } };
    expect(await api.recent.list()).toEqual({ ok: true, value: [] });
    expect(invoked).toEqual([[INVOKE_CHANNEL, 'recent.list', {}]]);
  });

  it('refuses a Proxy or a function as an argument, as Electron refuses it', async () => {
    const { exposed, invoked } = loadPreload();
    const api = exposed.samsyn as { app: { setLanguage(input: unknown): Promise<unknown> } };
    const reactiveLike = new Proxy({ language: 'en' }, {});
    await expect(api.app.setLanguage(reactiveLike)).rejects.toThrow(/could not be cloned/);
    await expect(api.app.setLanguage({ language: 'en', then: () => 1 })).rejects.toThrow(/could not be cloned/);
    expect(invoked).toEqual([]);
  });

  it('passes events to a subscriber until it unsubscribes', () => {
    const { exposed, emit, listeners } = loadPreload();
    const api = exposed.samsyn as { onEvent(listener: (event: unknown) => void): () => void };
    const received: unknown[] = [];
    const unsubscribe = api.onEvent((event) => received.push(event));
    emit({ type: 'menu', command: 'open' });
    unsubscribe();
    emit({ type: 'menu', command: 'new' });
    expect(received).toEqual([{ type: 'menu', command: 'open' }]);
    expect(listeners.get(EVENT_CHANNEL)!.size).toBe(0);
  });
});
