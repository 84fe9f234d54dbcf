import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, EVENT_CHANNEL, INVOKE_CHANNEL } from '../shared/api';
import { METHOD_NAMES } from '../shared/contract';
import type { PushEvent } from '../shared/events';

// window.samsyn: one function per contract method and an event subscription,
// nothing else. The raw ipcRenderer never reaches the page.
const api = buildApi(
  METHOD_NAMES,
  (name, input) => ipcRenderer.invoke(INVOKE_CHANNEL, name, input),
  (listener) => {
    const wrapped = (_event: unknown, payload: PushEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
);

contextBridge.exposeInMainWorld('samsyn', api);
