import { EventEmitter } from 'node:events';

// A strict stand-in for the parts of the `electron` module the shell uses. The real
// binary cannot run on the build machines, so this one enforces the rules that bite
// in the real thing: what may only be called after `ready`, what only before, one
// IPC handler per channel, and that everything crossing a process boundary survives
// structuredClone. Each test makes a fresh one with createElectron().

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface StandInDisplay {
  id: number;
  bounds: Rect;
}

export interface StandInOptions {
  locale?: string;
  userData?: string;
  temp?: string;
  appPath?: string;
  documents?: string;
  displays?: StandInDisplay[];
  gotLock?: boolean;
}

type Listener = (...args: unknown[]) => unknown;

/** structuredClone is what Electron's IPC and contextBridge use: a Proxy or a function throws. */
export function cloneAcross<T>(value: T, what: string): T {
  try {
    return structuredClone(value);
  } catch (error) {
    throw new Error(`${what}: An object could not be cloned (${(error as Error).message})`);
  }
}

export function createElectron(options: StandInOptions = {}) {
  let ready = false;
  let quitting = false;
  let resolveReady: () => void = () => undefined;
  const whenReadyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
  const log: string[] = [];

  const requireReady = (what: string) => {
    if (!ready) throw new Error(`${what} cannot be used before the app is ready`);
  };

  class StandInWebContents extends EventEmitter {
    sent: [string, unknown][] = [];
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    constructor(readonly owner: StandInWindow) {
      super();
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
    send(channel: string, ...args: unknown[]) {
      if (this.owner.isDestroyed()) throw new Error('Object has been destroyed');
      this.sent.push([channel, cloneAcross(args[0], `webContents.send('${channel}')`)]);
    }
    isDestroyed() {
      return this.owner.isDestroyed();
    }
  }

  const windows: StandInWindow[] = [];
  class StandInWindow extends EventEmitter {
    static getAllWindows() {
      return windows.filter((w) => !w.destroyed);
    }
    readonly webContents: StandInWebContents;
    loadedUrl = '';
    visible = false;
    fullScreen = false;
    destroyed = false;
    focused = false;
    bounds: Rect;
    constructor(readonly options: Record<string, unknown>) {
      super();
      requireReady('BrowserWindow');
      this.webContents = new StandInWebContents(this);
      const o = options as Partial<Rect> & { fullscreen?: boolean; show?: boolean };
      this.bounds = { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600 };
      this.fullScreen = o.fullscreen === true;
      this.visible = o.show !== false;
      windows.push(this);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show() {
      this.visible = true;
    }
    isVisible() {
      return this.visible;
    }
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
    setBounds(bounds: Partial<Rect>) {
      this.bounds = { ...this.bounds, ...bounds };
    }
    getBounds() {
      return { ...this.bounds };
    }
    isDestroyed() {
      return this.destroyed;
    }
    /** what the user closing the window does: 'close', destroyed, 'closed', then maybe window-all-closed */
    close() {
      if (this.destroyed) return;
      this.emit('close', { preventDefault() {} });
      this.destroy();
    }
    destroy() {
      if (this.destroyed) return;
      this.destroyed = true;
      this.emit('closed');
      if (!quitting && StandInWindow.getAllWindows().length === 0) app.emit('window-all-closed');
    }
  }

  const ipcHandlers = new Map<string, Listener>();
  const ipcMain = {
    handle(channel: string, handler: Listener) {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      ipcHandlers.delete(channel);
    },
    on() {
      throw new Error('the shell is expected to use ipcMain.handle only');
    },
  };

  const schemeHandlers = new Map<string, (request: Request) => Promise<Response>>();
  let privilegedRegistered = false;
  const protocol = {
    privileged: [] as unknown[],
    registerSchemesAsPrivileged(schemes: unknown[]) {
      if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      if (privilegedRegistered) throw new Error('protocol.registerSchemesAsPrivileged may be called only once');
      privilegedRegistered = true;
      protocol.privileged.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      requireReady('protocol.handle');
      if (schemeHandlers.has(scheme)) throw new Error(`The scheme '${scheme}' is already handled`);
      schemeHandlers.set(scheme, handler);
    },
  };

  const paths: Record<string, string | undefined> = {
    userData: options.userData,
    temp: options.temp,
    documents: options.documents,
  };
  class StandInApp extends EventEmitter {
    gotLock = options.gotLock ?? true;
    quitCalled = false;
    exitCode: number | null = null;
    isPackaged = false;
    readonly switches = new Map<string, string>();
    readonly commandLine = {
      appendSwitch: (name: string, value = '') => {
        // Chromium reads its switches while it starts: one added after ready changes nothing.
        if (ready) throw new Error('app.commandLine.appendSwitch after ready has no effect');
        this.switches.set(name, value);
      },
    };
    name = 'Samsyn';
    isReady() {
      return ready;
    }
    whenReady() {
      return whenReadyPromise;
    }
    requestSingleInstanceLock() {
      return this.gotLock;
    }
    getLocale() {
      requireReady('app.getLocale');
      return options.locale ?? 'sv-SE';
    }
    getPath(name: string) {
      const path = paths[name];
      if (!path) throw new Error(`the stand-in has no path '${name}'`);
      return path;
    }
    setPath(name: string, path: string) {
      // Electron reads the user-data folder while it gets ready: moving it later splits the data.
      if (name === 'userData' && ready) throw new Error('app.setPath("userData") must be called before ready');
      paths[name] = path;
    }
    exit(code = 0) {
      this.exitCode = code;
    }
    getAppPath() {
      return options.appPath ?? '/app';
    }
    getName() {
      return this.name;
    }
    quit() {
      if (this.quitCalled) return;
      this.quitCalled = true;
      log.push('quit');
      this.emit('before-quit', { preventDefault() {} });
      quitting = true;
      for (const window of StandInWindow.getAllWindows()) window.close();
      this.emit('will-quit', { preventDefault() {} });
      this.emit('quit', { preventDefault() {} }, 0);
    }
  }
  const app = new StandInApp();

  const displays = options.displays ?? [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }];
  class StandInScreen extends EventEmitter {
    getAllDisplays() {
      requireReady('screen');
      return displays.map((d) => ({ ...d, bounds: { ...d.bounds } }));
    }
    getPrimaryDisplay() {
      requireReady('screen');
      return { ...displays[0]!, bounds: { ...displays[0]!.bounds } };
    }
    getDisplayMatching(rect: Rect) {
      requireReady('screen');
      const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      const inside = (b: Rect) =>
        centre.x >= b.x && centre.x < b.x + b.width && centre.y >= b.y && centre.y < b.y + b.height;
      return displays.find((d) => inside(d.bounds)) ?? displays[0]!;
    }
  }
  const screenObject = new StandInScreen();

  const defaultSession = {
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

  const menu = {
    current: null as null | { template: unknown[] },
    buildFromTemplate: (template: unknown[]) => {
      requireReady('Menu.buildFromTemplate');
      return { template };
    },
    setApplicationMenu(built: { template: unknown[] }) {
      requireReady('Menu.setApplicationMenu');
      menu.current = built;
    },
  };

  const opened: string[] = [];
  const dialogAnswers: { open: string[][]; save: (string | undefined)[] } = { open: [], save: [] };
  const dialog = {
    showOpenDialog: async () => {
      requireReady('dialog');
      const filePaths = dialogAnswers.open.shift();
      return filePaths ? { canceled: false, filePaths } : { canceled: true, filePaths: [] };
    },
    showSaveDialog: async () => {
      requireReady('dialog');
      const filePath = dialogAnswers.save.shift();
      return filePath ? { canceled: false, filePath } : { canceled: true };
    },
  };

  const module = {
    app,
    BrowserWindow: StandInWindow,
    ipcMain,
    protocol,
    Menu: menu,
    dialog,
    get screen() {
      return screenObject;
    },
    get session() {
      requireReady('session');
      return { defaultSession };
    },
    shell: {
      openPath: async (path: string) => {
        opened.push(path);
        return '';
      },
    },
  };

  const control = {
    log,
    windows,
    opened,
    dialogAnswers,
    defaultSession,
    schemeHandlers,
    ipcHandlers,
    menu,
    protocol,
    /** the moment Electron finishes initialising */
    async makeReady() {
      ready = true;
      app.emit('ready');
      resolveReady();
      await settle();
    },
    /** a call from a page: arguments and answer cross the process boundary by structuredClone */
    async invoke(channel: string, senderUrl: string, ...args: unknown[]) {
      const handler = ipcHandlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      const event = { senderFrame: { url: senderUrl, parent: null } };
      const result = await handler(event, ...cloneAcross(args, 'ipcRenderer.invoke'));
      return cloneAcross(result, 'the answer to ipcRenderer.invoke');
    },
    plug(display: StandInDisplay) {
      displays.push(display);
      screenObject.emit('display-added', {}, display);
    },
    unplug(id: number) {
      const index = displays.findIndex((d) => d.id === id);
      const [removed] = displays.splice(index, 1);
      screenObject.emit('display-removed', {}, removed);
    },
  };
  return { module, control, app };
}

export type StandIn = ReturnType<typeof createElectron>;

/** Lets promise callbacks and immediates queued by the shell run. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}
