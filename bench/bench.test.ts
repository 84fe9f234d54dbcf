import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { build } from 'vite';
import { afterAll, describe, it } from 'vitest';
import { createDispatcher } from '../electron/core/dispatcher';
import { closeWorkbook, openWorkbook } from '../electron/core/db/workbook';
import { renderPaper } from '../electron/core/papers';
import { fitPolicy, renderPolicy, type PolicyContent } from '../electron/core/pdf/policy';
import * as repo from '../electron/core/repos';
import { createService, type Handlers } from '../electron/core/service';
import { launchBrowser, openApp } from '../tests/e2e/harness';
import { ensureLargeWorkbook } from './largeWorkbook';
import { minutesHtml } from './minutesHtml';
import { measure, stats, type Stats } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'test-output', 'bench');
const LIBRARY = join(ROOT, 'resources', 'cases');
const FONTS = join(ROOT, 'resources', 'fonts');
mkdirSync(WORK, { recursive: true });

interface Row {
  case: string;
  samsyn: Stats;
  baseline?: { name: string; stats: Stats };
  ratio?: number;
  target: string;
  holds: boolean;
  note?: string;
}
const rows: Row[] = [];
const extra: Record<string, unknown> = {};

const fresh = (name: string) => {
  const path = join(WORK, name);
  for (const suffix of ['', '.lock', '-journal']) rmSync(path + suffix, { force: true });
  return path;
};

async function serviceWith(path: string) {
  const service = createService({ userDataDir: join(WORK, 'user-data'), libraryDir: LIBRARY, fontsDir: FONTS });
  await service.handlers['workbook.open']({ path, takeOverLock: true });
  return service;
}

describe('benchmarks', () => {
  const large = join(WORK, 'five-years.samsyn');

  it('1. autosave: one note edit through the dispatcher vs a bare prepared UPDATE', async () => {
    ensureLargeWorkbook(large, LIBRARY);
    const path = fresh('autosave.samsyn');
    execFileSync('cp', [large, path]);
    const service = await serviceWith(path);
    const dispatch = createDispatcher(service.handlers as unknown as Handlers);
    const itemId = 1500;
    let n = 0;
    const app = stats(
      await measure(400, () =>
        dispatch('items.autosave', { id: itemId, changes: { consensusNotes: `Anteckning ${n++} – åäö` } }),
      ),
    );
    service.shutdown();
    const db = new Database(path);
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    const update = db.prepare('UPDATE agenda_items SET consensus_notes = ? WHERE id = ?');
    const bare = stats(await measure(400, () => update.run(`Anteckning ${n++} – åäö`, itemId)));
    db.close();
    const ratio = app.median / bare.median;
    rows.push({
      case: 'Autosave (one note edit)',
      samsyn: app,
      baseline: { name: 'bare prepared UPDATE, same journaling', stats: bare },
      ratio,
      target: 'ratio ≤ 2, p99 < 5 ms',
      holds: ratio <= 2 && app.p99 < 5,
    });
  });

  it('2. opening a five-year workbook with every check and listing its meetings', async () => {
    ensureLargeWorkbook(large, LIBRARY);
    const open = stats(
      await measure(
        15,
        () => {
          const wb = openWorkbook(large, { readOnly: true });
          repo.listMeetings(wb.db);
          closeWorkbook(wb);
        },
        2,
      ),
    );
    const bare = stats(
      await measure(
        15,
        () => {
          const db = new Database(large, { readonly: true });
          db.prepare(
            'SELECT m.id, m.title, (SELECT COUNT(*) FROM agenda_items i WHERE i.meeting_id = m.id) FROM meetings m ORDER BY m.date DESC',
          ).all();
          db.close();
        },
        2,
      ),
    );
    const size = readFileSync(large).length / 1048576;
    rows.push({
      case: `Open large workbook (${size.toFixed(1)} MB, 250 meetings, 3,000 items)`,
      samsyn: open,
      baseline: { name: 'bare open + the same list query, no checks', stats: bare },
      ratio: open.median / bare.median,
      target: '< 100 ms',
      holds: open.median < 100,
      note: 'includes header checks, quick_check and foreign_key_check',
    });
  });

  it('3. minutes of a 30-item meeting with long notes vs Chromium printing the same as HTML', async () => {
    ensureLargeWorkbook(large, LIBRARY);
    const path = fresh('minutes.samsyn');
    execFileSync('cp', [large, path]);
    const service = await serviceWith(path);
    const meeting = await service.handlers['meetings.create']({
      title: 'Lång arbetsplatsträff',
      date: '2027-01-01',
      place: 'Stora salen',
    });
    const cases = await service.handlers['cases.list']({});
    for (let i = 0; i < 30; i++)
      await service.handlers['items.add']({ meetingId: meeting.meeting.id, caseId: cases[i % cases.length]!.id });
    const detail = await service.handlers['meetings.get']({ id: meeting.meeting.id });
    for (const item of detail.items) {
      await service.handlers['items.update']({
        id: item.id,
        changes: {
          stance: 'depends',
          consensusNotes: 'Lång anteckning om vad gruppen kom fram till – med å, ä och ö. '.repeat(14),
          dissent: 'Några tyckte annorlunda. '.repeat(4),
        },
      });
    }
    const full = await service.handlers['meetings.get']({ id: meeting.meeting.id });
    const db = service.current()!.db;
    const request = {
      kind: 'minutes' as const,
      meetingId: meeting.meeting.id,
      style: 'formal' as const,
      paper: 'a4' as const,
    };
    const ours = stats(await measure(12, () => renderPaper(db, request, FONTS), 3));
    extra.minutesPages = (await service.handlers['papers.render']({ request })).pages;

    const browser = await launchBrowser();
    const page = await browser.newPage();
    const html = minutesHtml('Storstadens kommun', full);
    const chromiumTotal = stats(
      await measure(
        8,
        async () => {
          await page.setContent(html);
          await page.pdf({ format: 'A4' });
        },
        2,
      ),
    );
    await page.setContent(html);
    const chromiumPrint = stats(await measure(8, () => page.pdf({ format: 'A4' }), 2));
    await browser.close();
    service.shutdown();
    const speedup = chromiumPrint.median / ours.median;
    rows.push({
      case: `Minutes PDF, 30 items (${extra.minutesPages} pages)`,
      samsyn: ours,
      baseline: { name: 'Chromium page.pdf() of the same content as HTML (print only)', stats: chromiumPrint },
      ratio: ours.median / chromiumPrint.median,
      target: '≥ 3× faster than Chromium, < 300 ms',
      holds: speedup >= 3 && ours.median < 300,
      note: `Chromium with layout (setContent + pdf): median ${chromiumTotal.median.toFixed(1)} ms`,
    });
  }, 120_000);

  it('4. the one-page policy at the longest text that still fits, fit search included', async () => {
    const point =
      'Vi frågar alltid innan vi lägger upp bilder på kollegor, barn eller föräldrar, och vi tar bort en bild direkt om någon ber om det. ';
    const content = (n: number): PolicyContent => ({
      orgName: 'Storstadens kommun',
      title: 'Så gör vi i sociala medier',
      intro: point,
      points: Array.from({ length: n }, () => point.repeat(2)),
      version: 4,
      adoptedAt: '2026-06-01',
      reviewDate: '2027-06-01',
      contact: 'Åsa',
      language: 'sv',
    });
    let n = 1;
    while (fitPolicy(content(n + 1), 'a4', FONTS).fits) n++;
    const longest = content(n);
    const policy = stats(await measure(20, () => renderPolicy(longest, 'a4', FONTS), 3));
    const meter = stats(await measure(100, () => fitPolicy(longest, 'a4', FONTS)));
    rows.push({
      case: `One-page policy at the limit (${n} points)`,
      samsyn: policy,
      target: '< 150 ms',
      holds: policy.median < 150,
      note: `fit meter alone: median ${meter.median.toFixed(2)} ms`,
    });
  });

  it('5. the renderer: initial bundle size and time to the workbook home', async () => {
    const dir = join(ROOT, 'out', 'renderer');
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    const assets = [...index.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    const gzipped = assets.reduce((sum, a) => sum + gzipSync(readFileSync(join(dir, a))).length, 0) / 1024;
    extra.initialAssets = assets;
    const path = fresh('home.samsyn');
    execFileSync('cp', [large, path]);
    const browser = await launchBrowser();
    const samples: number[] = [];
    for (let i = 0; i < 6; i++) {
      const app = await openApp(browser, { userDataDir: join(WORK, `ud-${i}`) });
      await app.service.handlers['workbook.open']({ path, takeOverLock: true });
      const start = performance.now();
      await app.page.reload();
      await app.page.getByTestId('meeting-list').waitFor();
      samples.push(performance.now() - start);
      await app.close();
    }
    await browser.close();
    const home = stats(samples);
    rows.push({
      case: 'Renderer: navigation to the rendered workbook home (250 meetings)',
      samsyn: home,
      target: 'report',
      holds: true,
    });
    rows.push({
      case: 'Renderer: initial JS + CSS, gzipped',
      samsyn: { runs: 1, median: gzipped, p95: gzipped, p99: gzipped },
      target: '< 250 KB',
      holds: gzipped < 250,
      note: 'value in KB, not ms',
    });
  }, 120_000);

  it('6. memory: peak RSS of the core while opening the large workbook and writing minutes', async () => {
    ensureLargeWorkbook(large, LIBRARY);
    const out = join(WORK, 'bin');
    await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      build: {
        ssr: join(ROOT, 'bench', 'memoryChild.ts'),
        outDir: out,
        emptyOutDir: true,
        rollupOptions: {
          external: ['better-sqlite3', 'pdfkit', 'zod'],
          output: { format: 'cjs', entryFileNames: 'memory-child.cjs' },
        },
      },
    });
    const path = join(WORK, 'minutes.samsyn');
    if (!existsSync(path)) throw new Error('run benchmark 3 first');
    const db = new Database(path, { readonly: true });
    const meetingId = db
      .prepare("SELECT id FROM meetings WHERE title = 'Lång arbetsplatsträff'")
      .pluck()
      .get() as number;
    db.close();
    const result = JSON.parse(
      execFileSync(process.execPath, [join(out, 'memory-child.cjs'), large, path, String(meetingId), FONTS], {
        encoding: 'utf8',
      }),
    ) as { peakRssMb: number };
    rows.push({
      case: 'Memory: peak RSS of the core (cases 2 and 3)',
      samsyn: { runs: 1, median: result.peakRssMb, p95: result.peakRssMb, p99: result.peakRssMb },
      target: '< 200 MB',
      holds: result.peakRssMb < 200,
      note: 'value in MB, not ms',
    });
  }, 120_000);

  afterAll(() => {
    const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
    const lines = [
      '| case | median | p95 | p99 | baseline median | ratio | target | holds |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.case}${r.note ? ` (${r.note})` : ''} | ${fmt(r.samsyn.median)} | ${fmt(r.samsyn.p95)} | ${fmt(r.samsyn.p99)} | ${r.baseline ? `${fmt(r.baseline.stats.median)} (${r.baseline.name})` : '–'} | ${r.ratio === undefined ? '–' : r.ratio.toFixed(2)} | ${r.target} | ${r.holds ? 'yes' : 'NO'} |`,
      ),
    ];
    const when = new Date().toISOString();
    writeFileSync(
      join(ROOT, 'bench-results.json'),
      `${JSON.stringify({ when, node: process.version, rows, extra }, null, 2)}\n`,
    );
    writeFileSync(
      join(ROOT, 'bench-results.md'),
      `Times in milliseconds unless noted. ${when}, Node ${process.version}.\n\n${lines.join('\n')}\n`,
    );
    console.log(lines.join('\n'));
  });
});
