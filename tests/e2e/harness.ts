import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, selectors, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatcher';
import { createService, type Service } from '../../electron/core/service';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../electron/shared/api';
import type { PushEvent } from '../../electron/shared/events';
import { rendererHandler } from '../../electron/main/protocol';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../helpers/files';
import { preloadPageScript } from '../helpers/preload';

// Runs the built renderer in Debian's Chromium with window.samsyn wired to the
// same dispatcher and core the main process uses. Native dialogs are the one
// thing replaced: a test says what the user would pick.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RENDERER = join(ROOT, 'out', 'renderer');
export const ORIGIN = 'http://samsyn.test';
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
/** the projector sizes the tests try: a wall screen and an old beamer */
export const FULL_HD = { width: 1920, height: 1080 };
export const XGA = { width: 1024, height: 768 };

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}; set CHROMIUM_PATH`);
  selectors.setTestIdAttribute('data-test');
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

export interface DialogAnswers {
  newWorkbook: (string | null)[];
  openWorkbook: (string | null)[];
  copyPath: (string | null)[];
  importPack: (string | null)[];
  exportPack: (string | null)[];
  pdfPath: (string | null)[];
  workbooks: string[][];
  package: (string | null)[];
  packageSavePath: (string | null)[];
}

export interface AppPage {
  page: Page;
  service: Service;
  dialogs: DialogAnswers;
  /** what was asked of the shell: the projector window, full screen, printing */
  projectorRequests: string[];
  /** what main would push: a menu command or a file to open */
  push(event: PushEvent): Promise<void>;
  screenshot(name: string, target?: Page): Promise<string>;
  /** a second window on the same core, e.g. the projector at '#/projector' */
  openPage(hash: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

const emitIn = (page: Page, event: PushEvent) =>
  page
    .evaluate(
      ([channel, e]) =>
        (window as unknown as { __samsynEmit?: (c: string, e: unknown) => void }).__samsynEmit?.(channel, e),
      [EVENT_CHANNEL, event] as const,
    )
    .catch(() => undefined);

export interface AppOptions {
  userDataDir: string;
  viewport?: { width: number; height: number };
  locale?: string;
  /** told of every call the page makes to the core (the benchmark counts them) */
  onCall?: (method: string) => void;
}

export async function openApp(browser: Browser, options: AppOptions): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 768 },
    locale: options.locale ?? 'sv-SE',
  });
  // Actions wait for their element as long as a busy machine needs; only a hang ends a test.
  context.setDefaultTimeout(0);
  const service = createService({ userDataDir: options.userDataDir, libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  const dialogs: DialogAnswers = {
    newWorkbook: [],
    openWorkbook: [],
    copyPath: [],
    importPack: [],
    exportPack: [],
    pdfPath: [],
    workbooks: [],
    package: [],
    packageSavePath: [],
  };
  const projectorRequests: string[] = [];
  const errors: string[] = [];
  const pages: Page[] = [];

  const dispatch = createDispatcher({
    ...service.handlers,
    'app.setLanguage': () => null,
    'dialog.pickNewWorkbook': () => dialogs.newWorkbook.shift() ?? null,
    'dialog.pickWorkbook': () => dialogs.openWorkbook.shift() ?? null,
    'dialog.pickCopyPath': () => dialogs.copyPath.shift() ?? null,
    'dialog.pickPackToImport': () => dialogs.importPack.shift() ?? null,
    'dialog.pickPackExportPath': () => dialogs.exportPack.shift() ?? null,
    'dialog.pickPdfPath': () => dialogs.pdfPath.shift() ?? null,
    'dialog.pickWorkbooks': () => dialogs.workbooks.shift() ?? [],
    'dialog.pickPackage': () => dialogs.package.shift() ?? null,
    'dialog.pickPackageSavePath': () => dialogs.packageSavePath.shift() ?? null,
    'shell.openPdf': () => (projectorRequests.push('print'), null),
    'projector.open': () => (projectorRequests.push('open'), null),
    'projector.toggleFullscreen': () => (projectorRequests.push('fullscreen'), null),
  });
  const unsubscribe = service.onEvent((event) => {
    for (const page of pages) void emitIn(page, event);
  });
  // The real built preload runs in each page; its ipcRenderer.invoke reaches the same
  // dispatcher main uses, with arguments already through structuredClone.
  await context.exposeBinding('__samsynInvoke', (_source, channel: string, [method, input]: [unknown, unknown]) =>
    channel === INVOKE_CHANNEL
      ? (options.onCall?.(String(method)), dispatch(method, input))
      : { ok: false, error: { code: 'FORBIDDEN' } },
  );
  await context.addInitScript({ content: preloadPageScript() });

  // Files come from the real app:// handler, reached at a stand-in http origin.
  const serve = rendererHandler(RENDERER);
  await context.route(`${ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const response = await serve(new Request(`app://samsyn${pathname}`));
    return route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });

  const openPage = async (hash: string, viewport?: { width: number; height: number }) => {
    const page = await context.newPage();
    if (viewport) await page.setViewportSize(viewport);
    page.on('pageerror', (err) => errors.push(err.message));
    pages.push(page);
    await page.goto(`${ORIGIN}/index.html${hash}`);
    return page;
  };
  const page = await openPage('');

  return {
    page,
    service,
    dialogs,
    projectorRequests,
    push: (event) => emitIn(page, event),
    async screenshot(name, target = page) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const path = join(SCREENSHOTS, `${name}.png`);
      await target.screenshot({ path, fullPage: true });
      return path;
    },
    openPage,
    async close() {
      unsubscribe();
      await context.close();
      service.shutdown();
      if (errors.length) throw new Error(`the page reported errors: ${errors.join('; ')}`);
    },
  };
}

/**
 * For a test file: one Chromium for all its tests, `open()` to start the app in it on a
 * fresh user-data folder, and `tempDir()` for more fresh folders (removed after each test).
 */
export function useApp() {
  const tempDir = useTempDir();
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const open = (options: Omit<AppOptions, 'userDataDir'> = {}) => {
    if (!browser) throw new Error('open() runs inside a test, after Chromium has started');
    return openApp(browser, { userDataDir: tempDir(), ...options });
  };
  return { tempDir, open };
}
