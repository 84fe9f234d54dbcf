import { BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, hardenSession, hardenWebContents, webPreferences } from './security';

export interface WindowPaths {
  preload: string;
  /** set while developing with `electron-vite dev` */
  devServerUrl?: string;
}

export function createControlWindow(paths: WindowPaths): BrowserWindow {
  hardenSession(session.defaultSession);
  const window = new BrowserWindow({
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: 'Samsyn',
    backgroundColor: '#f6f4ef',
    webPreferences: webPreferences(paths.preload),
  });
  hardenWebContents(window.webContents, paths.devServerUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(paths.devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.js');
}
