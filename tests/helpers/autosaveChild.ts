// Run in a child process by the crash tests: makes autosaves through the real
// dispatcher and service as fast as it can and reports each acknowledged one on
// stdout, until it is killed.
import { writeSync } from 'node:fs';
import { createDispatcher } from '../../electron/core/dispatcher';
import { createService } from '../../electron/core/service';
import type { Handlers } from '../../electron/core/service';

const [workbook, userDataDir, libraryDir, fontsDir, itemIdText] = process.argv.slice(2);
const service = createService({ userDataDir: userDataDir!, libraryDir: libraryDir!, fontsDir: fontsDir! });
const dispatch = createDispatcher(service.handlers as unknown as Handlers, () => undefined);
const itemId = Number(itemIdText);
// A few kilobytes per save, so a write spans several pages and a torn one would show.
const filler = 'Vi pratar med personen, inte om den – åäö. '.repeat(120);

async function main() {
  const opened = await dispatch('workbook.open', { path: workbook, takeOverLock: true, recover: true });
  if (!opened.ok) throw new Error(JSON.stringify(opened.error));
  for (let n = 1; ; n++) {
    const saved = await dispatch('items.autosave', {
      id: itemId,
      changes: { consensusNotes: `save ${n}\n${filler}`, dissent: `save ${n}` },
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    writeSync(1, `ack ${n}\n`);
  }
}

void main();
