import { spawn } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createService } from '../../electron/core/service';
import { closeWorkbook, openWorkbook } from '../../electron/core/db/workbook';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../helpers/files';

const CHILD = fileURLToPath(new URL('../../test-output/bin/autosave-child.cjs', import.meta.url));
const ROUNDS = Number(process.env.SAMSYN_CRASH_ROUNDS ?? 50);
const tempDir = useTempDir();

async function workbookWithItem(dir: string) {
  const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  const path = join(dir, 'Krasch.samsyn');
  await service.handlers['workbook.create']({ path, orgName: 'Krasch AB', sector: 'private', language: 'sv' });
  const meeting = await service.handlers['meetings.create']({ title: 'Möte', date: '2026-01-01' });
  const detail = await service.handlers['meetings.addStarterAgenda']({ id: meeting.meeting.id });
  service.shutdown();
  return { path, itemId: detail.items[0]!.id };
}

/** Starts the child, waits until it has acknowledged some saves, kills it, and answers the last acknowledged save. */
function killMidStream(path: string, itemId: number, userData: string, killAfterAcks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, path, userData, LIBRARY_DIR, FONTS_DIR, String(itemId)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = 0;
    let buffered = '';
    let errors = '';
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) last = Math.max(last, Number(line.replace('ack ', '')));
      if (last >= killAfterAcks && !child.killed) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last);
      else reject(new Error(`the child stopped by itself (${code}): ${errors}`));
    });
  });
}

describe('a process killed in the middle of autosaving', () => {
  it(`leaves a sound workbook holding every acknowledged save and no half-written one (${ROUNDS} rounds)`, async () => {
    const dir = tempDir();
    const { path, itemId } = await workbookWithItem(dir);
    const userData = tempDir();
    let interrupted = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const acked = await killMidStream(path, itemId, userData, 1 + Math.floor(Math.random() * 40));
      if (existsSync(`${path}-journal`)) interrupted++;
      // after a crash the user is asked, and agrees, to finish the interrupted save
      const wb = openWorkbook(path, { takeOverLock: true, recover: true });
      expect(wb.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const row = wb.db.prepare('SELECT consensus_notes, dissent FROM agenda_items WHERE id = ?').get(itemId) as {
        consensus_notes: string;
        dissent: string;
      };
      const stored = Number(row.dissent.replace('save ', ''));
      // the save in flight when the kill came may or may not have landed, but never half of it
      expect(stored === acked || stored === acked + 1, `round ${round}: acked ${acked}, stored ${stored}`).toBe(true);
      expect(row.consensus_notes.startsWith(`save ${stored}\n`)).toBe(true);
      expect(row.consensus_notes.length).toBe(
        `save ${stored}\n`.length + 'Vi pratar med personen, inte om den – åäö. '.length * 120,
      );
      closeWorkbook(wb);
    }
    console.log(
      `crash: ${ROUNDS} rounds survived, ${interrupted} of them killed mid-save with a journal left to recover`,
    );
  }, 240_000);

  it('keeps an acknowledged save in a copy of just the .samsyn file, taken while the app has it open', async () => {
    const dir = tempDir();
    const { path, itemId } = await workbookWithItem(dir);
    const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
    await service.handlers['workbook.open']({ path });
    for (let n = 1; n <= 20; n++) {
      await service.handlers['items.update']({ id: itemId, changes: { consensusNotes: `kopia ${n}` } });
      const copy = join(dir, `copy-${n}.samsyn`);
      copyFileSync(path, copy);
      expect(existsSync(`${path}-wal`) || existsSync(`${path}-journal`)).toBe(false);
      const db = new Database(copy, { readonly: true });
      expect(db.prepare('SELECT consensus_notes FROM agenda_items WHERE id = ?').pluck().get(itemId)).toBe(
        `kopia ${n}`,
      );
      db.close();
    }
    service.shutdown();
  });
});
