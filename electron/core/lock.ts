import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import type { LockInfo } from '../shared/types';

export type LockOutcome =
  { kind: 'acquired' } | { kind: 'held'; holder: LockInfo; stale: boolean; sameHost: boolean } | { kind: 'unwritable' };

export function lockPathFor(workbookPath: string): string {
  return `${workbookPath}.lock`;
}

function me(): LockInfo {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // some containers have no passwd entry; the lock still works without a name
  }
  return { user, host: hostname(), pid: process.pid, since: new Date().toISOString() };
}

function readLock(path: string): LockInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    if (typeof parsed.user === 'string' && typeof parsed.host === 'string' && typeof parsed.pid === 'number') {
      return { user: parsed.user, host: parsed.host, pid: parsed.pid, since: String(parsed.since ?? '') };
    }
  } catch {
    // unreadable or half-written: treated as stale below
  }
  return null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Puts a lock file beside the workbook. A lock from this machine whose process is
 * gone is stale; a lock from another machine cannot be checked and is never
 * called stale. `takeOver` replaces whatever lock is there.
 */
export function acquireLock(workbookPath: string, takeOver = false): LockOutcome {
  const path = lockPathFor(workbookPath);
  const body = JSON.stringify(me());
  try {
    writeFileSync(path, body, { flag: takeOver ? 'w' : 'wx' });
    return { kind: 'acquired' };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST') return { kind: 'unwritable' };
  }
  const holder = readLock(path);
  if (!holder)
    return { kind: 'held', holder: { user: '?', host: '?', pid: 0, since: '' }, stale: true, sameHost: false };
  if (holder.host === hostname() && holder.pid === process.pid) {
    writeFileSync(path, body);
    return { kind: 'acquired' };
  }
  const sameHost = holder.host === hostname();
  return { kind: 'held', holder, stale: sameHost && !processAlive(holder.pid), sameHost };
}

/** Removes the lock only if it is still ours (someone may have taken it over). */
export function releaseLock(workbookPath: string): void {
  const path = lockPathFor(workbookPath);
  const holder = readLock(path);
  if (holder && holder.host === hostname() && holder.pid === process.pid) {
    try {
      unlinkSync(path);
    } catch {
      // already gone: nothing to release
    }
  }
}

/** Whether a process on this or another machine seems to hold the workbook right now. */
export function heldByOther(workbookPath: string): boolean {
  const holder = readLock(lockPathFor(workbookPath));
  if (!holder) return false;
  if (holder.host !== hostname()) return true;
  return holder.pid !== process.pid && processAlive(holder.pid);
}
