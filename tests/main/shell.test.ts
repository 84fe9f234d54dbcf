import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../electron/shared/api';
import { useTempDir } from '../helpers/files';
import { FakeBrowserWindow, fakeApp, fakeIpcMain, fakeMenu, fakeProtocol, fakeSession } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).electron);

const { webPreferences, CONTENT_SECURITY_POLICY, hardenWebContents } = await import('../../electron/main/security');
const { createControlWindow } = await import('../../electron/main/window');
const { registerIpc } = await import('../../electron/main/ipc');
const { serveRenderer } = await import('../../electron/main/protocol');
const { buildMenuTemplate } = await import('../../electron/main/menu');
const { startApp, workbookArgument } = await import('../../electron/main/app');

const tempDir = useTempDir();

const EXPECTED_PREFERENCES = {
  preload: '/app/out/preload/index.js',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
};

beforeEach(() => {
  FakeBrowserWindow.created = [];
  fakeIpcMain.handlers.clear();
  fakeProtocol.handlers.clear();
  fakeProtocol.privileged = [];
});

describe('the window', () => {
  it('is created with exactly the secure web preferences and loads the app protocol, not file://', () => {
    createControlWindow({ preload: '/app/out/preload/index.js' });
    const [window] = FakeBrowserWindow.created;
    expect(window!.options.webPreferences).toEqual(EXPECTED_PREFERENCES);
    expect(webPreferences('/app/out/preload/index.js')).toEqual(EXPECTED_PREFERENCES);
    expect(window!.loadedUrl).toBe('app://samsyn/index.html');
  });

  it('denies navigation away from the app, new windows and webviews', () => {
    createControlWindow({ preload: '/p.js' });
    const contents = FakeBrowserWindow.created[0]!.webContents;
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
    const contents = new (FakeBrowserWindow.prototype.constructor as typeof FakeBrowserWindow)({}).webContents;
    hardenWebContents(contents as never, 'http://localhost:5173');
    const event = { preventDefault: vi.fn() };
    contents.emit('will-navigate', event, 'http://localhost:5173/#/home');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    createControlWindow({ preload: '/p.js' });
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      fakeSession.permissionRequestHandler!(null, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(fakeSession.permissionCheckHandler!()).toBe(false);
    expect(fakeSession.deviceHandler!()).toBe(false);
  });
});

describe('IPC', () => {
  const frame = (url: string, parent: unknown = null) => ({ url, parent });

  it('registers exactly one channel for calls', () => {
    registerIpc(fakeIpcMain as never, async () => ({ ok: true, value: null }));
    expect([...fakeIpcMain.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
  });

  it('passes a call from the app’s own top frame to the dispatcher', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'pong' }));
    registerIpc(fakeIpcMain as never, dispatch);
    const handler = fakeIpcMain.handlers.get(INVOKE_CHANNEL)!;
    expect(await handler({ senderFrame: frame('app://samsyn/index.html') }, 'recent.list', {})).toEqual({
      ok: true,
      value: 'pong',
    });
    expect(dispatch).toHaveBeenCalledWith('recent.list', {});
  });

  it('refuses a call from a foreign page, a sub-frame or a vanished frame without dispatching it', async () => {
    const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
    registerIpc(fakeIpcMain as never, dispatch);
    const handler = fakeIpcMain.handlers.get(INVOKE_CHANNEL)!;
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
    serveRenderer(fakeProtocol as never, root);
    const handle = fakeProtocol.handlers.get('app')!;

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
  it('offers New, Open, Open Recent, Save a Copy and Close, in the chosen language', () => {
    const handlers = { command: vi.fn(), openPath: vi.fn() };
    const recent = [{ path: '/w/Acme.samsyn', orgName: 'Acme', openedAt: '', exists: true }];
    const [file] = buildMenuTemplate('en', recent, handlers, true);
    const items = file!.submenu as { label?: string; click?: () => void; submenu?: unknown; enabled?: boolean }[];
    expect(items.filter((i) => i.label).map((i) => i.label)).toEqual([
      'New Workbook…',
      'Open…',
      'Open Recent',
      'Save a Copy…',
      'Close Workbook',
      'Quit Samsyn',
    ]);
    items[0]!.click!();
    expect(handlers.command).toHaveBeenCalledWith('new');
    const recentItems = items[2]!.submenu as { label: string; click: () => void }[];
    recentItems[0]!.click();
    expect(handlers.openPath).toHaveBeenCalledWith('/w/Acme.samsyn');
    const [svFile] = buildMenuTemplate('sv', [], handlers, false);
    const svItems = svFile!.submenu as { label?: string; enabled?: boolean }[];
    expect(svItems[0]!.label).toBe('Ny arbetsbok…');
    expect(svItems.find((i) => i.label === 'Spara en kopia…')!.enabled).toBe(false);
  });
});

describe('the app lifecycle', () => {
  it('registers the privileged scheme, the protocol, IPC, the menu and one window', async () => {
    fakeApp.userData = tempDir();
    fakeApp.gotLock = true;
    startApp('/app/out/main');
    await fakeApp.whenReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect(fakeProtocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect([...fakeProtocol.handlers.keys()]).toEqual(['app']);
    expect([...fakeIpcMain.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    expect(fakeMenu.current).not.toBeNull();
    expect(FakeBrowserWindow.created).toHaveLength(1);

    const window = FakeBrowserWindow.created[0]!;
    fakeApp.emit('second-instance', {}, ['samsyn', '/clients/Acme.samsyn']);
    expect(window.focused).toBe(true);
    expect(window.webContents.sent).toContainEqual([
      EVENT_CHANNEL,
      { type: 'open-path', path: '/clients/Acme.samsyn' },
    ]);
  });

  it('quits at once when another instance already runs', () => {
    fakeApp.gotLock = false;
    fakeApp.quitCalled = false;
    startApp('/app/out/main');
    expect(fakeApp.quitCalled).toBe(true);
    fakeApp.gotLock = true;
  });

  it('finds a workbook among the launch arguments', () => {
    expect(workbookArgument(['samsyn', '--flag', '/a/B.samsyn'])).toBe('/a/B.samsyn');
    expect(workbookArgument(['samsyn', '--inspect'])).toBeNull();
  });
});
