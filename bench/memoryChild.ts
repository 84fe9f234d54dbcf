// Measures the core's peak memory while opening the large workbook and
// writing a 30-item meeting's minutes, in a process of its own.
import { closeWorkbook, openWorkbook } from '../electron/core/db/workbook';
import { renderPaper } from '../electron/core/papers';
import { listMeetings } from '../electron/core/repos';

const [large, minutesWorkbook, meetingId, fontsDir] = process.argv.slice(2);

async function main() {
  const before = process.memoryUsage().rss;
  const wb = openWorkbook(large!, { readOnly: true });
  listMeetings(wb.db);
  closeWorkbook(wb);
  const minutes = openWorkbook(minutesWorkbook!, { readOnly: true });
  await renderPaper(
    minutes.db,
    { kind: 'minutes', meetingId: Number(meetingId), style: 'formal', paper: 'a4' },
    fontsDir!,
  );
  closeWorkbook(minutes);
  process.stdout.write(
    JSON.stringify({ startRssMb: before / 1048576, peakRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
}

void main();
