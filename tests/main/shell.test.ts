import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL } from '../../electron/shared/api';
import { useTempDir } from '../helpers/files';
import { createElectron, type StandIn } from './strictElectron';

const standIn: StandIn = vi.hoisted(() => ({}) as StandIn);
vi.mock('electron', async () => {
  Object.assign(standIn, (await import('./strictElectron')).createElectron());
  return standIn.module;
});

const { webPreferences, CONTENT_SECURITY_POLICY, hardenWebContents } = await import('../../electron/main/security');
const { createControlWindow } = await import('../../electron/main/window');
const { registerIpc } = await import('../../electron/main/ipc');
const { serveRenderer } = await import('../../electron/main/protocol');
const { buildMenuTemplate } = await import('../../electron/main/menu');
const { fileArgument } = await import('../../electron/main/app');
await standIn.control.makeReady();

const tempDir = useTempDir();

// What keeps page code away from Node and the network, and the features a page could misuse.
const SAFEGUARDS = ['contextIsolation', 'sandbox', 'webSecurity'] as const;
const RISKS = [
  'nodeIntegration',
  'nodeIntegrationInWorker',
  'nodeIntegrationInSubFrames',
  'allowRunningInsecureContent',
  'webviewTag',
  'experimentalFeatures',
  'navigateOnDragDrop',
  // Chromium's spellchecker fetches dictionaries from the network
  'spellcheck',
] as const;

beforeEach(() => {
  standIn.control.windows.length = 0;
  standIn.control.ipcHandlers.clear();
  standIn.control.schemeHandlers.clear();
});

describe('the window', () => {
  it('is created with exactly the secure web preferences and loads the app protocol, not file://', () => {
    createControlWindow({ preload: '/app/out/preload/index.js' });
    const [window] = standIn.control.windows;
    const preferences = window!.options.webPreferences as Record<string, unknown>;
    expect(preferences).toEqual(webPreferences('/app/out/preload/index.js'));
    for (const safeguard of SAFEGUARDS) expect(preferences[safeguard], safeguard).toBe(true);
    for (const risk of RISKS) expect(preferences[risk], risk).toBe(false);
    // nothing else is set, so no other switch silently takes its default
    expect(Object.keys(preferences).sort()).toEqual(['preload', ...SAFEGUARDS, ...RISKS].sort());
    expect(preferences.preload).toBe('/app/out/preload/index.js');
    expect(window!.loadedUrl).toBe('app://samsyn/index.html');
  });

  it('denies navigation away from the app, new windows and webviews', () => {
    createControlWindow({ preload: '/p.js' });
    const contents = standIn.control.windows[0]!.webContents;
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://example.com/phish')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://other/index.html')).toBe(true);
    expect(navigate('app://samsyn/index.html#/home')).toBe(false);
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('lets the dev server through only while developing', () => {
    const contents = new standIn.module.BrowserWindow({}).webContents;
    hardenWebContents(contents as never, 'http://localhost:5173');
    const event = { preventDefault: vi.fn() };
    contents.emit('will-navigate', event, 'http://localhost:5173/#/home');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    createControlWindow({ preload: '/p.js' });
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      standIn.control.defaultSession.permissionRequestHandler!(null, permission, (granted: boolean) =>
        answers.push(granted),
      );
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(standIn.control.defaultSession.permissionCheckHandler!()).toBe(false);
    expect(standIn.control.defaultSession.deviceHandler!()).toBe(false);
  });
});

describe('IPC', () => {
  const frame = (url: string, parent: unknown = null) => ({ url, parent });

  it('registers exactly one channel for calls', () => {
    registerIpc(standIn.module.ipcMain as never, async () => ({ ok: true, value: null }));
    expect([...standIn.control.ipcHandlers.keys()]).toEqual([INVOKE_CHANNEL]);
  });

  it('passes a call from the app’s own top frame to the dispatcher', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'pong' }));
    registerIpc(standIn.module.ipcMain as never, dispatch);
    const handler = standIn.control.ipcHandlers.get(INVOKE_CHANNEL)!;
    expect(await handler({ senderFrame: frame('app://samsyn/index.html') }, 'recent.list', {})).toEqual({
      ok: true,
      value: 'pong',
    });
    expect(dispatch).toHaveBeenCalledWith('recent.list', {});
  });

  it('refuses a call from a foreign page, a sub-frame or a vanished frame without dispatching it', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
    registerIpc(standIn.module.ipcMain as never, dispatch);
    const handler = standIn.control.ipcHandlers.get(INVOKE_CHANNEL)!;
    for (const senderFrame of [
      frame('https://evil.example/'),
      frame('file:///tmp/x.html'),
      frame('app://samsyn/index.html', frame('app://samsyn/index.html')),
      null,
    ]) {
      expect(await handler({ senderFrame }, 'workbook.close', {})).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('the app protocol', () => {
  it('serves the built renderer with the content security policy and nothing outside it', async () => {
    const root = join(tempDir(), 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Samsyn</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, '..', 'secret.txt'), 'no');
    serveRenderer(standIn.module.protocol as never, root);
    const handle = standIn.control.schemeHandlers.get('app')!;

    const index = await handle(new Request('app://samsyn/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect((await handle(new Request('app://samsyn/assets/app.js'))).headers.get('content-type')).toMatch(/javascript/);
    expect((await handle(new Request('app://samsyn/%2e%2e/secret.txt'))).status).toBe(404);
    expect((await handle(new Request('app://samsyn/missing.js'))).status).toBe(404);
  });

  it('has a policy that allows no remote code, no inline script and no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});

describe('the menu', () => {
  it('offers the workbook home, New, Open, Open Recent, Save a Copy and Close, in the chosen language', () => {
    const handlers = { command: vi.fn(), openPath: vi.fn() };
    const recent = [{ path: '/w/Acme.samsyn', orgName: 'Acme', openedAt: '', exists: true }];
    const [file] = buildMenuTemplate('en', recent, handlers, true, 'linux');
    const items = file!.submenu as { label?: string; click?: () => void; submenu?: unknown; enabled?: boolean }[];
    expect(items.filter((i) => i.label).map((i) => i.label)).toEqual([
      'Workbook',
      'New Workbook…',
      'Open…',
      'Open Recent',
      'Save a Copy…',
      'Close Workbook',
      'Quit Samsyn',
    ]);
    items[0]!.click!();
    expect(handlers.command).toHaveBeenCalledWith('home');
    items[2]!.click!();
    expect(handlers.command).toHaveBeenCalledWith('new');
    const recentItems = items[4]!.submenu as { label: string; click: () => void }[];
    recentItems[0]!.click();
    expect(handlers.openPath).toHaveBeenCalledWith('/w/Acme.samsyn');
    const [svFile] = buildMenuTemplate('sv', [], handlers, false, 'linux');
    const svItems = svFile!.submenu as { label?: string; enabled?: boolean }[];
    expect(svItems[0]!.label).toBe('Arbetsboken');
    expect(svItems[2]!.label).toBe('Ny arbetsbok…');
    expect(svItems.find((i) => i.label === 'Spara en kopia…')!.enabled).toBe(false);
    expect(svItems.find((i) => i.label === 'Arbetsboken')!.enabled).toBe(false);
  });
});

describe('launch arguments', () => {
  it('finds a workbook, case pack or package among them, resolved against the given folder', () => {
    expect(fileArgument(['samsyn', '--flag', '/a/B.samsyn'], '/x')).toBe('/a/B.samsyn');
    expect(fileArgument(['samsyn', 'B.samsyn'], '/home/k')).toBe('/home/k/B.samsyn');
    expect(fileArgument(['samsyn', '--inspect'], '/x')).toBeNull();
    expect(fileArgument(['samsyn', 'Egna fall.samsyn-cases'], '/k')).toBe('/k/Egna fall.samsyn-cases');
    expect(fileArgument(['samsyn', 'Enhet 3.SAMSYN-PACKAGE'], '/k')).toBe('/k/Enhet 3.SAMSYN-PACKAGE');
    expect(fileArgument(['samsyn', 'notes.txt'], '/k')).toBeNull();
  });
});

describe('the strict stand-in', () => {
  it('refuses a second IPC handler on one channel, as Electron does', () => {
    registerIpc(standIn.module.ipcMain as never, async () => ({ ok: true, value: null }));
    expect(() => registerIpc(standIn.module.ipcMain as never, async () => ({ ok: true, value: null }))).toThrow(
      /second handler/,
    );
  });

  it('refuses windows, locale and screen before ready, and privileged schemes after it', () => {
    const fresh = createElectron();
    expect(() => new fresh.module.BrowserWindow({})).toThrow(/before the app is ready/);
    expect(() => fresh.app.getLocale()).toThrow(/before the app is ready/);
    expect(() => fresh.module.screen.getAllDisplays()).toThrow(/before the app is ready/);
    expect(() => fresh.module.protocol.handle('app', async () => new Response())).toThrow(/before the app is ready/);
    fresh.module.protocol.registerSchemesAsPrivileged([]);
    expect(() => fresh.module.protocol.registerSchemesAsPrivileged([])).toThrow(/only once/);
    expect(() => standIn.module.protocol.registerSchemesAsPrivileged([])).toThrow(/before app is ready/);
  });

  it('refuses to send a Proxy or a function to a page', () => {
    const window = new standIn.module.BrowserWindow({});
    expect(() => window.webContents.send('x', new Proxy({}, {}))).toThrow(/could not be cloned/);
    expect(() => window.webContents.send('x', { f: () => 1 })).toThrow(/could not be cloned/);
    window.webContents.send('x', { plain: [1, 'two'] });
    expect(window.webContents.sent).toEqual([['x', { plain: [1, 'two'] }]]);
  });
});
