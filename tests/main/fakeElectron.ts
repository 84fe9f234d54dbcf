import { EventEmitter } from 'node:events';

// A stand-in for the parts of the electron module the shell uses, recording
// what the shell asked of it. The real binary cannot run on the build machines.

type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: [string, unknown][] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl = '';
  focused = false;
  fullScreen: boolean;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.fullScreen = options.fullscreen === true;
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {}
  focus() {
    this.focused = true;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  setFullScreen(flag: boolean) {
    this.fullScreen = flag;
  }
  isFullScreen() {
    return this.fullScreen;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** what the user closing the window does: destroyed, then 'closed' */
  close() {
    this.destroyed = true;
    this.emit('closed');
  }
}

export const fakeSession = {
  permissionRequestHandler: null as null | Listener,
  permissionCheckHandler: null as null | Listener,
  deviceHandler: null as null | Listener,
  setPermissionRequestHandler(h: Listener) {
    this.permissionRequestHandler = h;
  },
  setPermissionCheckHandler(h: Listener) {
    this.permissionCheckHandler = h;
  },
  setDevicePermissionHandler(h: Listener) {
    this.deviceHandler = h;
  },
};

export const fakeIpcMain = {
  handlers: new Map<string, Listener>(),
  listeners: new Map<string, Listener>(),
  handle(channel: string, handler: Listener) {
    this.handlers.set(channel, handler);
  },
  on(channel: string, listener: Listener) {
    this.listeners.set(channel, listener);
  },
};

export const fakeProtocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    this.handlers.set(scheme, handler);
  },
};

class FakeApp extends EventEmitter {
  gotLock = true;
  quitCalled = false;
  userData = '';
  private ready: Promise<void> = Promise.resolve();
  requestSingleInstanceLock() {
    return this.gotLock;
  }
  quit() {
    this.quitCalled = true;
  }
  getPath(name: string) {
    return name === 'userData' ? this.userData : '/tmp';
  }
  getAppPath() {
    return '/app';
  }
  getLocale() {
    return 'sv-SE';
  }
  whenReady() {
    return this.ready;
  }
}
export const fakeApp = new FakeApp();

export const fakeMenu = {
  current: null as unknown,
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu(menu: unknown) {
    this.current = menu;
  },
};

interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/** The laptop's own display, plus whatever a test plugs in. */
export const fakeScreen = {
  displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }] as FakeDisplay[],
  getAllDisplays() {
    return this.displays;
  },
  getPrimaryDisplay() {
    return this.displays[0]!;
  },
};

export const electron = {
  app: fakeApp,
  BrowserWindow: FakeBrowserWindow,
  ipcMain: fakeIpcMain,
  protocol: fakeProtocol,
  session: { defaultSession: fakeSession },
  Menu: fakeMenu,
  screen: fakeScreen,
  dialog: {
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => ({ canceled: true }),
  },
};
