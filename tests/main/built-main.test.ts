import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../electron/shared/api';
import { useTempDir } from '../helpers/files';
import { OUT, ROOT, runBuiltMain } from './builtMain';
import { createElectron, settle, type StandIn, type StandInOptions } from './strictElectron';

// The built main process (out/main/index.js) under Node, with `electron` resolved to a
// strict stand-in: what the user starts is what these tests run.

const tempDir = useTempDir();
const APP_PAGE = 'app://samsyn/index.html';
const LAPTOP = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
const PROJECTOR = { id: 7, bounds: { x: 1920, y: 0, width: 1280, height: 800 } };

let running: StandIn | null = null;
let restorePlatform: () => void = () => undefined;
afterEach(() => {
  if (running && !running.app.quitCalled && running.app.isReady()) running.app.quit();
  running = null;
  restorePlatform();
  restorePlatform = () => undefined;
});

async function start(
  options: StandInOptions & { platform?: NodeJS.Platform; argv?: string[]; env?: Record<string, string> } = {},
) {
  const dir = tempDir();
  const temp = join(dir, 'tmp');
  mkdirSync(temp);
  const standIn = createElectron({ userData: join(dir, 'user'), temp, documents: dir, appPath: ROOT, ...options });
  running = standIn;
  restorePlatform = runBuiltMain(standIn, options).restorePlatform;
  await standIn.control.makeReady();
  const { control } = standIn;
  const [window] = control.windows;
  const call = async (method: string, input: unknown = {}) =>
    (await control.invoke(INVOKE_CHANNEL, APP_PAGE, method, input)) as {
      ok: boolean;
      value?: unknown;
      error?: unknown;
    };
  const menuLabels = () =>
    (control.menu.current!.template as { label?: string; role?: string }[]).map((m) => m.label ?? m.role);
  return { standIn, control, app: standIn.app, window: window!, call, dir, temp, menuLabels };
}

describe('the built main process', () => {
  it('serves every asset the built page references through app://, with its type and the content security policy', async () => {
    const { control, window } = await start();
    expect(control.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(window.loadedUrl).toBe(APP_PAGE);
    const handle = control.schemeHandlers.get('app')!;
    const index = await handle(new Request(APP_PAGE));
    expect(index.status).toBe(200);
    const html = await index.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const response = await handle(new Request(new URL(asset, APP_PAGE).href));
      expect(response.status, asset).toBe(200);
      expect(response.headers.get('content-type'), asset).toMatch(asset.endsWith('.css') ? /text\/css/ : /javascript/);
      expect(response.headers.get('content-security-policy'), asset).toContain("default-src 'none'");
    }
  });

  it('answers a real call through its IPC handler, on a real workbook file, and refuses a foreign page', async () => {
    const { call, control, dir } = await start();
    const path = join(dir, 'Acme.samsyn');
    const created = await call('workbook.create', { path, orgName: 'Acme AB', sector: 'private', language: 'sv' });
    expect(created).toMatchObject({ ok: true, value: { orgName: 'Acme AB' } });
    expect(existsSync(path)).toBe(true);
    expect(await call('workbook.current')).toMatchObject({ ok: true, value: { path } });
    const foreign = (await control.invoke(INVOKE_CHANNEL, 'https://evil.example/', 'workbook.close', {})) as {
      error: { code: string };
    };
    expect(foreign.error.code).toBe('FORBIDDEN');
  });

  it('quits cleanly: the workbook is closed, its lock file removed, and no print file is left behind', async () => {
    const { call, app, dir, temp, control } = await start();
    const path = join(dir, 'Exempel.samsyn');
    expect(await call('example.create', { path, language: 'sv' })).toMatchObject({ ok: true });
    expect(existsSync(`${path}.lock`)).toBe(true);
    for (let i = 0; i < 2; i++) {
      expect(await call('shell.openPdf', { request: { kind: 'policy', version: 'draft', paper: 'a4' } })).toEqual({
        ok: true,
        value: null,
      });
    }
    expect(control.opened).toHaveLength(2);
    expect(control.opened.every((file) => existsSync(file) && file.startsWith(temp))).toBe(true);
    app.quit();
    await settle();
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('reads the system language only after ready, and then follows the language the page saved', async () => {
    const english = await start({ locale: 'en-GB' });
    expect(english.menuLabels()).toContain('File');
    english.app.quit();

    const { call, menuLabels } = await start({ locale: 'sv-SE' });
    expect(menuLabels()).toContain('Arkiv');
    expect(await call('app.setLanguage', { language: 'en' })).toEqual({ ok: true, value: null });
    expect(menuLabels()).toContain('File');
  });

  it('starts Chromium in the language chosen last time, so date fields follow it', async () => {
    const first = await start({ locale: 'sv-SE' });
    expect(first.app.switches.has('lang')).toBe(false);
    await first.call('app.setLanguage', { language: 'en' });
    first.app.quit();

    const userData = join(first.dir, 'user');
    const standIn = createElectron({ userData, temp: first.temp, appPath: ROOT, locale: 'sv-SE' });
    running = standIn;
    runBuiltMain(standIn);
    expect(standIn.app.switches.get('lang')).toBe('en-GB');
    await standIn.control.makeReady();
    expect((standIn.control.menu.current!.template as { label?: string }[]).map((m) => m.label)).toContain('File');
  });

  it('puts the application menu first on macOS and keeps File beside it', async () => {
    const { menuLabels } = await start({ platform: 'darwin' });
    expect(menuLabels().slice(0, 2)).toEqual(['appMenu', 'Arkiv']);
  });

  it('opens a file from a second launch relative to that launch’s own folder', async () => {
    const { app, window } = await start();
    app.emit('second-instance', {}, ['Samsyn', 'Kunder/Acme.samsyn'], '/home/konsult/Dokument', {});
    expect(window.focused).toBe(true);
    expect(window.webContents.sent).toContainEqual([
      EVENT_CHANNEL,
      { type: 'open-path', path: '/home/konsult/Dokument/Kunder/Acme.samsyn' },
    ]);
  });
});

describe('the built app as a command-line tool and as a portable build', () => {
  it('runs a command with --cli inside the app, with no window and no lock, and exits with its code', async () => {
    const standIn = createElectron({ userData: tempDir(), appPath: ROOT, gotLock: false });
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => (written.push(String(chunk)), true)) as typeof write;
    try {
      runBuiltMain(standIn, { argv: ['Samsyn', '--cli', 'cases', '--json'] });
      await expect.poll(() => standIn.app.exitCode).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    const { cases } = JSON.parse(written.join('')) as { cases: unknown[] };
    expect(cases.length).toBeGreaterThanOrEqual(21);
    expect(standIn.app.quitCalled).toBe(false);
    await standIn.control.makeReady();
    expect(standIn.control.windows).toEqual([]);
  });

  it('keeps its data beside the portable program and remembers workbooks on the stick by relative path', async () => {
    const stick = join(tempDir(), 'STICK');
    mkdirSync(join(stick, 'Kunder'), { recursive: true });
    const { call, app } = await start({ env: { PORTABLE_EXECUTABLE_DIR: join(stick, 'Samsyn') } });
    expect(app.getPath('userData')).toBe(join(stick, 'Samsyn', 'Samsyn-data'));
    const path = join(stick, 'Kunder', 'Acme.samsyn');
    expect(await call('workbook.create', { path, orgName: 'Acme', sector: 'private', language: 'sv' })).toMatchObject({
      ok: true,
    });
    const stored = JSON.parse(readFileSync(join(stick, 'Samsyn', 'Samsyn-data', 'recent.json'), 'utf8')) as {
      path: string;
    }[];
    expect(stored.map((e) => e.path)).toEqual([join('..', 'Kunder', 'Acme.samsyn')]);
    expect(await call('recent.list')).toMatchObject({ ok: true, value: [{ path, exists: true }] });
  });
});

describe('a second launch of the built app', () => {
  it('quits at once and opens no window when another instance already runs', async () => {
    const standIn = createElectron({ gotLock: false, userData: tempDir(), appPath: ROOT });
    runBuiltMain(standIn);
    expect(standIn.app.quitCalled).toBe(true);
    await standIn.control.makeReady();
    expect(standIn.control.windows).toEqual([]);
  });
});

describe('the projector window of the built app', () => {
  it('closes with the control window and then the app quits', async () => {
    const { call, control, window, app } = await start({ displays: [LAPTOP, PROJECTOR] });
    await call('projector.open');
    const projector = control.windows[1]!;
    expect(projector.isDestroyed()).toBe(false);
    window.close();
    expect(projector.isDestroyed()).toBe(true);
    expect(app.quitCalled).toBe(true);
  });

  it('is created at the projector’s bounds, shown, and only then made full screen', async () => {
    const { call, control } = await start({ displays: [LAPTOP, PROJECTOR] });
    await call('projector.open');
    const projector = control.windows[1]!;
    expect(projector.options).toMatchObject({ ...PROJECTOR.bounds, show: false });
    expect(projector.options).not.toHaveProperty('fullscreen');
    expect(projector.isFullScreen()).toBe(false);
    projector.emit('ready-to-show');
    expect(projector.isVisible()).toBe(true);
    expect(projector.isFullScreen()).toBe(true);
    expect(projector.getBounds()).toEqual(PROJECTOR.bounds);
  });

  it('moves to a projector plugged in during the meeting and closes when it is unplugged', async () => {
    const { call, control } = await start({ displays: [LAPTOP] });
    await call('projector.open');
    const projector = control.windows[1]!;
    projector.emit('ready-to-show');
    expect(projector.options).toMatchObject({ width: 1280, height: 720 });
    expect(projector.isFullScreen()).toBe(false);

    control.plug(PROJECTOR);
    expect(projector.getBounds()).toEqual(PROJECTOR.bounds);
    expect(projector.isFullScreen()).toBe(true);

    control.unplug(PROJECTOR.id);
    expect(projector.isDestroyed()).toBe(true);
    expect(control.windows[0]!.isDestroyed()).toBe(false);
  });
});

describe('the build', () => {
  it('is one preload file whose only require is electron, and a main that keeps the SQLite addon and the PDF modules outside', async () => {
    expect(readdirSync(join(OUT, 'preload'))).toEqual(['index.js']);
    const preload = readFileSync(join(OUT, 'preload', 'index.js'), 'utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    const main = readdirSync(join(OUT, 'main'), { recursive: true })
      .filter((f) => String(f).endsWith('.js'))
      .map((f) => readFileSync(join(OUT, 'main', String(f)), 'utf8'))
      .join('\n');
    expect(main).toContain('require("pdfkit")');
    expect(main).not.toMatch(/function PDFDocument/);
    // better-sqlite3's JavaScript is bundled; its addon is loaded from the installed package (core/db/connection.ts)
    expect(main).not.toContain('require("better-sqlite3")');
    expect(main).toContain('better-sqlite3/package.json');
  });
});
