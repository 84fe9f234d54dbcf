import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import vue from '@vitejs/plugin-vue';
import { openApp, ORIGIN, type AppPage } from '../tests/e2e/harness';
import { copyOf, SIZES, TEN_YEARS, type Places } from './coreCases';
import { ensureLargeWorkbook } from './largeWorkbook';
import { against, both, medianUnder, paired, ratioAtMost, row, single, type Row } from './report';
import { alternate } from './stats';

const LIST = '[data-test="meeting-list"]';

/** Resolves once the page has painted a frame with the meeting list in it. */
const painted = (page: Page) =>
  page.waitForFunction(
    (list) =>
      document.querySelector(list)?.children.length
        ? new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))
        : false,
    LIST,
  );

/** Loads `url` afresh: a page already there is reloaded (going to the same address with a # would not reload). */
async function load(page: Page, url: string) {
  if (page.url() === url) await page.reload();
  else await page.goto(url);
  await painted(page);
}

interface Home {
  app: AppPage;
  url: string;
  /** calls to the core since the last navigation began */
  calls: string[];
}

async function homeOf(browser: Browser, at: Places, meetings: number): Promise<Home> {
  const calls: string[] = [];
  const app = await openApp(browser, {
    userDataDir: join(at.work, `ud-home-${meetings}`),
    onCall: (m) => calls.push(m),
  });
  const path = copyOf(ensureLargeWorkbook(at.work, meetings, at.library), at.work, `home-${meetings}.samsyn`);
  await app.service.handlers['workbook.open']({ path, takeOverLock: true });
  await app.page.reload();
  await painted(app.page);
  return { app, url: app.page.url(), calls };
}

/** A navigation to the home screen, timed until its list is painted. */
const navigate = (home: Home) => async () => {
  home.calls.length = 0;
  await load(home.app.page, home.url);
};

/**
 * The same first screen as plain HTML and CSS: the rendered page without its
 * scripts, and without the rows that lie below the window.
 */
async function staticCopy(home: Home): Promise<string> {
  const html = await home.app.page.evaluate((list) => {
    const below = [...(document.querySelector(list)?.children ?? [])].filter(
      (row) => row.getBoundingClientRect().top > innerHeight,
    );
    below.forEach((row) => row.setAttribute('data-bench-below', ''));
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('script, [data-bench-below]').forEach((e) => e.remove());
    below.forEach((row) => row.removeAttribute('data-bench-below'));
    return `<!doctype html>${copy.outerHTML}`;
  }, LIST);
  const url = `${ORIGIN}/bench-static-home.html`;
  await home.app.page
    .context()
    .route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  return url;
}

export async function homeRender(browser: Browser, at: Places): Promise<Row> {
  const home = await homeOf(browser, at, TEN_YEARS);
  const staticUrl = await staticCopy(home);
  const result = await alternate(
    { blocks: 5, runs: 3, warmup: 2 },
    {
      static: () => load(home.app.page, staticUrl),
      samsyn: navigate(home),
    },
  );
  await navigate(home)();
  const calls = home.calls.length;
  const called = [...home.calls].join(', ');
  await home.app.close();
  return row({
    id: 'home-render',
    case: 'Home screen of a ten-year workbook (1,000 meetings), navigation until painted',
    unit: 'ms',
    ...against(result, 'samsyn', 'a static page with the same first screen and CSS, same Chromium'),
    target: both(ratioAtMost('1.5'), { says: '≤ 3 calls to the core', holds: () => calls <= 3 }),
    meaning: 'A workbook with ten years of meetings shows its home screen about as fast as a plain web page.',
    note: `${calls} calls to the core: ${called}`,
  });
}

/** The home screen at each size, against the same at 250 meetings: its first screen must not grow. */
export async function homeGrowth(browser: Browser, at: Places): Promise<Row[]> {
  const homes: Home[] = [];
  for (const n of SIZES) homes.push(await homeOf(browser, at, n));
  const result = await alternate(
    { blocks: 3, runs: 2, warmup: 1 },
    Object.fromEntries(SIZES.map((n, i) => [`m${n}`, navigate(homes[i]!)])) as Record<string, () => Promise<void>>,
  );
  for (const home of homes) await home.app.close();
  return SIZES.map((n) =>
    row({
      id: `home-${n}`,
      case: `Home screen painted, ${n.toLocaleString('en')} meetings`,
      unit: 'ms',
      ...against(result, `m${n}`, 'the same at 250 meetings'),
      target: ratioAtMost('1.2'),
      meaning: 'The home screen opens as fast after ten or forty years of meetings as after five.',
    }),
  );
}

/**
 * A facilitator types a sentence into a case's notes: from the last keystroke to
 * the indicator saying it is saved, against one save call made straight from the page.
 */
export async function saveAfterTyping(browser: Browser, at: Places): Promise<Row> {
  const app = await openApp(browser, { userDataDir: join(at.work, 'ud-typing') });
  const path = copyOf(ensureLargeWorkbook(at.work, 250, at.library), at.work, 'typing.samsyn');
  const h = app.service.handlers;
  await h['workbook.open']({ path, takeOverLock: true });
  const { meeting } = await h['meetings.create']({ title: 'Skrivtest', date: '2027-01-01' });
  await h['meetings.addStarterAgenda']({ id: meeting.id });
  await h['meetings.setStatus']({ id: meeting.id, status: 'running' });
  const itemId = (await h['meetings.get']({ id: meeting.id })).items[0]!.id;
  const { page } = app;
  // The page learns of the workbook opened in the core by reloading, and only then goes to the meeting.
  await page.reload();
  await page.getByTestId('org-name').waitFor();
  await page.evaluate((id) => (location.hash = `#/meetings/${id}/run`), meeting.id);
  const notes = page.getByTestId('consensus-notes');
  await notes.waitFor();
  // In the page: the time of the last key, and of the indicator turning to saved after it.
  await page.evaluate(() => {
    const marks = ((window as unknown as { __bench: { key: number; saved: number } }).__bench = { key: 0, saved: 0 });
    addEventListener('keydown', () => ((marks.key = performance.now()), (marks.saved = 0)), true);
    new MutationObserver(() => {
      const state = document.querySelector('[data-test="save-state"]')?.getAttribute('data-state');
      if (state === 'saved' && marks.key && !marks.saved) marks.saved = performance.now();
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  let round = 0;
  const typing = async () => {
    await notes.fill('');
    await notes.pressSequentially(`Vi pratar med personen först ${round++}.`, { delay: 40 });
    const saved = await page.waitForFunction(() => {
      const marks = (window as unknown as { __bench: { key: number; saved: number } }).__bench;
      return marks.saved ? marks.saved - marks.key : false;
    });
    return (await saved.jsonValue()) as number;
  };
  const direct = () =>
    page.evaluate(async (id) => {
      const start = performance.now();
      await (
        window as unknown as { samsyn: { items: { autosave(i: unknown): Promise<unknown> } } }
      ).samsyn.items.autosave({ id, changes: { consensusNotes: `Direkt ${start}` } });
      return performance.now() - start;
    }, itemId);
  const samples = { direct: [] as number[], typing: [] as number[] };
  await typing();
  for (let block = 0; block < 4; block++)
    for (let i = 0; i < 3; i++) {
      samples.direct.push(await direct());
      samples.typing.push(await typing());
    }
  await app.close();
  return row({
    id: 'save-after-typing',
    case: 'From the last keystroke in a case’s notes to “Sparat” on screen',
    unit: 'ms',
    ...paired(samples.typing, samples.direct, 'one save call from the page to the core and back'),
    target: medianUnder(150, 'ms'),
    meaning: 'What was typed is on disk, and the screen says so, a moment after the last key.',
  });
}

/** The renderer's first JavaScript and CSS, gzipped, against the frameworks alone built the same way. */
export async function bundle(root: string, work: string): Promise<Row> {
  const gzippedAssets = (dir: string) => {
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    const assets = [...index.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    return assets.reduce((sum, a) => sum + gzipSync(readFileSync(join(dir, a))).length, 0) / 1024;
  };
  const ours = gzippedAssets(join(root, 'out', 'renderer'));
  const frameworksDir = join(work, 'frameworks');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(root, 'bench', 'frameworks'),
    plugins: [vue()],
    build: { outDir: frameworksDir, emptyOutDir: true },
  });
  const base = gzippedAssets(frameworksDir);
  return row({
    id: 'bundle',
    case: 'Renderer: JavaScript and CSS loaded at start, gzipped',
    unit: 'KB',
    samsyn: single(ours),
    baseline: { name: 'Vue, Vue Router, Pinia and vue-i18n alone', stats: single(base) },
    ratio: ours / base,
    target: medianUnder(250, 'KB'),
    meaning: 'The window is ready to use the moment it opens.',
  });
}
