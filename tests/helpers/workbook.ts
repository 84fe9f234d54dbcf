import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { closeWorkbook, createWorkbook, type WritableWorkbook } from '../../electron/core/db/workbook';

/** A real workbook file in `dir`, opened for writing. */
export function newWorkbook(dir: string, name = 'Acme.samsyn'): WritableWorkbook {
  return createWorkbook(join(dir, name), { orgName: 'Björkbackens förskola', sector: 'public', language: 'sv' });
}

/** A workbook in `dir` with a hot journal: a transaction had written to the file when its process died. */
export function interruptedWorkbook(dir: string, name = 'Avbruten.samsyn'): string {
  const path = join(dir, name);
  closeWorkbook(newWorkbook(dir, name));
  const script = `
    const Database = require(${JSON.stringify(require.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(path)});
    db.pragma('journal_mode = DELETE');
    db.pragma('cache_size = 1');
    db.exec('BEGIN');
    const insert = db.prepare("INSERT INTO meetings (title, date, created_at, updated_at) VALUES (?, '2026-01-01', '', '')");
    for (let i = 0; i < 3000; i++) insert.run('möte ' + i + ' ' + 'x'.repeat(400));
    process.kill(process.pid, 'SIGKILL');`;
  spawnSync(process.execPath, ['-e', script]);
  if (!(statSync(`${path}-journal`).size > 0)) throw new Error('the killed save left no journal behind');
  return path;
}
