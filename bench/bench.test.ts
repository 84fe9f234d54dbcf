import { cpus, loadavg } from 'node:os';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser } from '../tests/e2e/harness';
import { cliStart } from './cliCase';
import { autosave, collectFifty, openGrowth, openLarge, openLargeNew, type Places } from './coreCases';
import {
  buildChild,
  childRunner,
  firstPdf,
  firstPdfRuns,
  longMeeting,
  minutesGrowth,
  minutesPdf,
  peakMemory,
  policyPdf,
} from './paperCases';
import { bundle, homeGrowth, homeRender, saveAfterTyping } from './rendererCases';
import { writeReport, type Row } from './report';

// Every case runs in alternating blocks with its baseline in this one process; the
// rows keep their ids from run to run. scripts/bench-readme.mjs copies the table to the README.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const at: Places = {
  work: join(ROOT, 'test-output', 'bench'),
  library: join(ROOT, 'resources', 'cases'),
  fonts: join(ROOT, 'resources', 'fonts'),
};
mkdirSync(at.work, { recursive: true });
const rows: Row[] = [];
const startLoad = loadavg()[0]!;
let browser: Browser;
let long: Awaited<ReturnType<typeof longMeeting>>;

describe('benchmarks', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    long = await longMeeting(at);
  }, 300_000);

  it('the core: autosave, opening a checked workbook and one from elsewhere, and how opening grows', async () => {
    rows.push(await autosave(at), await openLarge(at), await openLargeNew(at), ...(await openGrowth(at)));
  }, 300_000);

  it('PDFs: minutes against Chromium, the first after start, the policy, and how minutes grow', async () => {
    const child = childRunner(await buildChild(ROOT, at.work), at, long);
    const session = firstPdfRuns(child);
    rows.push(
      await minutesPdf(at, browser, long),
      firstPdf(session),
      await policyPdf(at, browser),
      ...(await minutesGrowth(at)),
      peakMemory(child, session),
    );
  }, 300_000);

  it('the renderer: the home screen at each size, typing to saved, the bundle', async () => {
    rows.push(await homeRender(browser, at), ...(await homeGrowth(browser, at)), await saveAfterTyping(browser, at));
    rows.push(await bundle(ROOT, at.work));
  }, 300_000);

  it('collecting 50 units and comparing them; the command line', async () => {
    rows.push(...(await collectFifty(at)), await cliStart(ROOT, at.work));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    const text = writeReport(ROOT, rows, { cpus: cpus().length, load: [startLoad, loadavg()[0]!] });
    console.log(text);
  });
});
