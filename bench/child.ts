// Measurements that need a process of their own: the core's peak memory, and the
// first PDF after start-up. Prints one JSON object.
// The core is imported only where it is used, so the baseline's process holds none of it.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';

const [mode, large, minutesWorkbook, meetingId, fontsDir, libraryDir, userDataDir] = process.argv.slice(2);
const minutes = { kind: 'minutes', meetingId: Number(meetingId), style: 'formal', paper: 'a4' } as const;

// The app practises its PDFs after start-up (main calls preparePapers), so the peak includes that practice.
async function memory() {
  const { createService } = await import('../electron/core/service');
  await createService({ userDataDir: userDataDir!, libraryDir: libraryDir!, fontsDir: fontsDir! }).preparePapers();
  const { closeWorkbook, openWorkbook } = await import('../electron/core/db/workbook');
  const { renderPaper } = await import('../electron/core/papers');
  const { listMeetings } = await import('../electron/core/repos');
  const wb = openWorkbook(large!, { readOnly: true });
  listMeetings(wb.db);
  closeWorkbook(wb);
  const withMinutes = openWorkbook(minutesWorkbook!, { readOnly: true });
  await renderPaper(withMinutes.db, minutes, fontsDir!);
  closeWorkbook(withMinutes);
}

// The baseline: the same files read with bare queries, nothing drawn.
function bareMemory() {
  const db = new Database(large!, { readonly: true });
  db.prepare('SELECT * FROM meetings ORDER BY date DESC').all();
  db.close();
  const withMinutes = new Database(minutesWorkbook!, { readonly: true });
  withMinutes.prepare('SELECT * FROM agenda_items WHERE meeting_id = ?').all(Number(meetingId));
  withMinutes.close();
}

// The app starts and practises its PDFs as main does once the first screen has loaded;
// the user finds the meeting (a second), then asks for its minutes.
async function firstPdf() {
  const { createService } = await import('../electron/core/service');
  const service = createService({ userDataDir: userDataDir!, libraryDir: libraryDir!, fontsDir: fontsDir! });
  void service.preparePapers();
  await service.handlers['workbook.open']({ path: minutesWorkbook!, takeOverLock: true });
  await new Promise((done) => setTimeout(done, 1000));
  const times: number[] = [];
  for (let i = 0; i < 8; i++) {
    const start = performance.now();
    await service.handlers['papers.render']({ request: minutes });
    times.push(performance.now() - start);
  }
  service.shutdown();
  return { first: times[0], warm: times.slice(3).sort((a, b) => a - b)[2] };
}

// getrusage's maxRSS keeps the peak of the process this one was forked from (the
// benchmark's, over 100 MB), so on Linux the peak of this process's own memory is read.
function peakRssMb(): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function main() {
  let result: object = {};
  if (mode === 'memory') await memory();
  else if (mode === 'bare-memory') bareMemory();
  else result = await firstPdf();
  process.stdout.write(JSON.stringify({ ...result, peakRssMb: peakRssMb() }));
}

void main();
