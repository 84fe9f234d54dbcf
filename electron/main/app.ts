import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, shell } from 'electron';
import { EVENT_CHANNEL } from '../shared/api';
import type { PushEvent } from '../shared/events';
import type { Language } from '../shared/types';
import { createDispatcher } from '../core/dispatcher';
import { resourcePaths } from '../core/paths';
import { createService } from '../core/service';
import { shellHandlers } from './dialogs';
import { registerIpc } from './ipc';
import { CHROMIUM_LOCALE, saveLanguage, savedLanguage } from './language';
import { buildMenuTemplate } from './menu';
import { PORTABLE_DATA, portableHome } from './portable';
import { printFiles } from './print';
import { PRIVILEGED_SCHEME, serveRenderer } from './protocol';
import { createControlWindow, preloadPath } from './window';
import { projectorHandlers } from './projector';

const OPENED_BY_APP = ['.samsyn', '.samsyn-cases', '.samsyn-package'];

/**
 * A file Samsyn opens among command-line arguments (a double-clicked workbook, case
 * pack or conversation package, a second launch), resolved against the working
 * directory of the process that received it.
 */
export function fileArgument(argv: string[], workingDirectory: string): string | null {
  const found = argv
    .slice(1)
    .find((arg) => !arg.startsWith('-') && OPENED_BY_APP.some((ext) => arg.toLowerCase().endsWith(ext)));
  return found ? resolve(workingDirectory, found) : null;
}

/** The interface language the operating system suggests, before the user chose one. */
export function languageOfLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

export function startApp(mainDir: string): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  protocol.registerSchemesAsPrivileged([PRIVILEGED_SCHEME]);
  // A portable build keeps its data on the stick, never on the client's computer.
  const portable = portableHome(process.env, process.execPath);
  if (portable) app.setPath('userData', join(portable, PORTABLE_DATA));

  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
  const service = createService({
    userDataDir: app.getPath('userData'),
    portableRoot: portable ?? undefined,
    ...resourcePaths({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, projectRoot: app.getAppPath() }),
  });
  const prints = printFiles(() => app.getPath('temp'));
  let window: BrowserWindow | null = null;
  // The language chosen last time, else the system's (app.getLocale() answers only after `ready`).
  const chosen = savedLanguage(app.getPath('userData'));
  if (chosen) app.commandLine.appendSwitch('lang', CHROMIUM_LOCALE[chosen]);
  let language: Language = chosen ?? 'sv';
  let pendingPath = fileArgument(process.argv, process.cwd());

  const projector = projectorHandlers({ preload: preloadPath(mainDir), devServerUrl }, () => screen);
  const send = (event: PushEvent) => window?.webContents.send(EVENT_CHANNEL, event);
  // Presentation and meeting changes go to every window: the projector follows the facilitator.
  service.onEvent((event) => {
    for (const target of [window, projector.window()]) target?.webContents.send(EVENT_CHANNEL, event);
  });
  const openPath = (path: string) => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
      send({ type: 'open-path', path });
    } else pendingPath = path;
  };
  const refreshMenu = () => {
    if (!app.isReady()) return;
    const recent = service.handlers['recent.list']({});
    const template = buildMenuTemplate(
      language,
      Array.isArray(recent) ? recent : [],
      { command: (command) => send({ type: 'menu', command }), openPath },
      service.current() !== null,
      process.platform,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const dispatch = createDispatcher({
    ...service.handlers,
    ...shellHandlers(
      dialog,
      () => window,
      {
        get: () => language,
        set: (next) => {
          language = next;
          saveLanguage(app.getPath('userData'), next);
          refreshMenu();
        },
      },
      () => app.getPath('documents') || homedir(),
    ),
    ...projector.handlers,
    // Printing goes through the system's PDF viewer, which has the printer dialog people know.
    'shell.openPdf': async ({ request }) => {
      const rendered = await service.handlers['papers.render']({ request });
      const path = prints.write(rendered.fileName, Buffer.from(rendered.base64, 'base64'));
      const failure = await shell.openPath(path);
      if (failure) throw new Error(failure);
      return null;
    },
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = fileArgument(argv, workingDirectory);
    if (path) openPath(path);
    else if (window) window.focus();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openPath(path);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    service.shutdown();
    prints.removeAll();
  });

  void app.whenReady().then(() => {
    if (!chosen) language = languageOfLocale(app.getLocale());
    prints.removeLeftovers();
    serveRenderer(protocol, join(mainDir, '../renderer'));
    registerIpc(
      ipcMain,
      async (method, input) => {
        const result = await dispatch(method, input);
        if (typeof method === 'string' && method.startsWith('workbook.')) refreshMenu();
        return result;
      },
      devServerUrl,
    );
    refreshMenu();
    window = createControlWindow({ preload: preloadPath(mainDir), devServerUrl });
    window.webContents.once('did-finish-load', () => {
      if (pendingPath && existsSync(pendingPath)) send({ type: 'open-path', path: pendingPath });
      pendingPath = null;
      // Once the first screen has loaded, PDFs are practised in small steps (nothing is
      // written), so the first real one comes as quickly as the next. Should that fail, the
      // first PDF says why.
      void service.preparePapers().catch(() => undefined);
    });
    window.on('closed', () => {
      window = null;
      // The audience window has nothing to follow without the facilitator's.
      projector.close();
    });
  });
}
