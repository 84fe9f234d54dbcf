import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as events from 'node:events';
import * as timers from 'node:timers';
import * as url from 'node:url';
import vm from 'node:vm';

// The built preload (out/preload/index.js), run as Electron runs a sandboxed preload:
// a CommonJS function whose `require` offers only electron, events, timers and url.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILT_PRELOAD = join(process.env.SAMSYN_BUILT_OUT ?? join(ROOT, 'out'), 'preload', 'index.js');

export function builtPreloadSource(): string {
  return readFileSync(BUILT_PRELOAD, 'utf8');
}

export interface PreloadElectron {
  contextBridge: { exposeInMainWorld(key: string, api: unknown): void };
  ipcRenderer: {
    invoke(channel: string, ...args: unknown[]): Promise<unknown>;
    on(channel: string, listener: (...args: unknown[]) => void): unknown;
    removeListener(channel: string, listener: (...args: unknown[]) => void): unknown;
  };
}

/** Runs the preload in a fresh vm context with only a sandboxed preload's modules. */
export function runPreloadInVm(electron: PreloadElectron, source = builtPreloadSource()): void {
  const allowed: Record<string, unknown> = { electron, events, timers, url };
  const sandboxRequire = (name: string) => {
    if (!(name in allowed)) throw new Error(`module not found: ${name} (a sandboxed preload cannot require it)`);
    return allowed[name];
  };
  const context = vm.createContext({ console, structuredClone });
  const wrapper = vm.runInContext(`(function (require, module, exports) {\n${source}\n})`, context, {
    filename: BUILT_PRELOAD,
  }) as (require: unknown, module: unknown, exports: unknown) => void;
  const module = { exports: {} };
  wrapper(sandboxRequire, module, module.exports);
}

/**
 * A page script that runs the same preload inside the page, with `electron` bridged to
 * Playwright bindings: every invoke argument passes structuredClone first, as
 * Electron's IPC does, so a Vue reactive Proxy or a function fails here as it would there.
 */
export function preloadPageScript(source = builtPreloadSource()): string {
  return `(() => {
  const listeners = new Map();
  const electron = {
    contextBridge: { exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: api }) },
    ipcRenderer: {
      invoke: (channel, ...args) => {
        let cloned;
        try { cloned = structuredClone(args); }
        catch (error) { return Promise.reject(new Error("Error invoking remote method '" + channel + "': " + error.message)); }
        return window.__samsynInvoke(channel, cloned);
      },
      on: (channel, listener) => { (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)).add(listener); },
      removeListener: (channel, listener) => { listeners.get(channel)?.delete(listener); },
    },
  };
  window.__samsynEmit = (channel, payload) => {
    for (const listener of listeners.get(channel) ?? []) listener({}, structuredClone(payload));
  };
  const require = (name) => { if (name === 'electron') return electron; throw new Error('module not found: ' + name); };
  const module = { exports: {} };
  (function (require, module, exports) {\n${source}\n})(require, module, module.exports);
})();`;
}
