import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { LockInfo } from '../shared/types';
import { AppError } from './errors';

export type LockOutcome =
  { kind: 'acquired' } | { kind: 'held'; holder: LockInfo; stale: boolean; sameHost: boolean } | { kind: 'unwritable' };

// Windows has no O_NOFOLLOW; there the lstat checks below stand alone.
export const NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;
const MAX_LOCK_BYTES = 4096;

/**
 * A workbook is one file however it is reached: its real path (no symbolic links,
 * the letter case the disk stores) names the lock beside it, and its device and
 * inode name a second lock on this computer, which a hard link reaches too.
 */
export interface FileIdentity {
  real: string;
  fileId: string;
}

export function workbookIdentity(workbookPath: string): FileIdentity {
  const real = realpathSync.native(workbookPath);
  const stat = statSync(real, { bigint: true });
  return { real, fileId: `${stat.dev}-${stat.ino}` };
}

export function lockPathFor(workbookPath: string): string {
  let real = workbookPath;
  try {
    real = realpathSync.native(workbookPath);
  } catch {
    // not there (yet): the lock would sit beside the path as given
  }
  return `${real}.lock`;
}

/** This computer's locks by file identity, in a folder only this user may write. */
function inodeLockPath(fileId: string): string | null {
  const dir = join(tmpdir(), `samsyn-locks-${process.getuid?.() ?? userName()}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    const mine = process.getuid === undefined || stat.uid === process.getuid();
    if (!stat.isDirectory() || !mine || (stat.mode & 0o022) !== 0) return null;
    return join(dir, `${fileId}.lock`);
  } catch {
    return null;
  }
}

/** Workbooks this process holds for writing, by file identity. */
const heldHere = new Set<string>();

function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown'; // some containers have no passwd entry; the lock still works without a name
  }
}

function me(): LockInfo {
  return { user: userName(), host: hostname(), pid: process.pid, since: new Date().toISOString() };
}

/** A lock path may only ever be an ordinary file we create: never a link, a folder or a device. */
function assertPlainLock(path: string): void {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return; // not there
  }
  if (!stat.isFile()) throw new AppError('LOCK_REFUSED', { lock: path });
}

function readLock(path: string): LockInfo | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | NO_FOLLOW);
    if (!fstatSync(fd).isFile()) return null;
    const bytes = Buffer.alloc(MAX_LOCK_BYTES);
    const parsed = JSON.parse(
      bytes.subarray(0, readSync(fd, bytes, 0, MAX_LOCK_BYTES, 0)).toString('utf8'),
    ) as Partial<LockInfo>;
    if (typeof parsed.user === 'string' && typeof parsed.host === 'string' && typeof parsed.pid === 'number') {
      return { user: parsed.user, host: parsed.host, pid: parsed.pid, since: String(parsed.since ?? '') };
    }
  } catch {
    // unreadable or half-written: treated as stale below
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return null;
}

/** Creates the lock file only if nothing is at its path; never through a link. */
function createLock(path: string): 'created' | 'exists' | 'unwritable' {
  let fd: number;
  try {
    fd = openSync(path, CREATE, 0o644);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EEXIST' ? 'exists' : 'unwritable';
  }
  try {
    writeSync(fd, JSON.stringify(me()));
  } finally {
    closeSync(fd);
  }
  return 'created';
}

/** Replaces a lock we may take: removed (a link would be removed, not followed) and created anew. */
function replaceLock(path: string): 'created' | 'exists' | 'unwritable' {
  assertPlainLock(path);
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
  return createLock(path);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function heldOutcome(holder: LockInfo | null): LockOutcome {
  if (!holder)
    return { kind: 'held', holder: { user: '?', host: '?', pid: 0, since: '' }, stale: true, sameHost: false };
  const sameHost = holder.host === hostname();
  return { kind: 'held', holder, stale: sameHost && !processAlive(holder.pid), sameHost };
}

/** Takes one lock file: created exclusively, or taken over when ours, stale and chosen, or left by this process. */
function takeLockFile(path: string, takeOver: boolean): LockOutcome {
  assertPlainLock(path);
  let outcome = createLock(path);
  if (outcome === 'unwritable') return { kind: 'unwritable' };
  if (outcome === 'created') return { kind: 'acquired' };
  const holder = readLock(path);
  const ours = holder !== null && holder.host === hostname() && holder.pid === process.pid;
  if (!takeOver && !ours) return heldOutcome(holder);
  outcome = replaceLock(path);
  if (outcome === 'created') return { kind: 'acquired' };
  return outcome === 'unwritable' ? { kind: 'unwritable' } : heldOutcome(readLock(path));
}

/**
 * Puts a lock file beside the workbook, and one for its identity on this computer.
 * A lock from this machine whose process is gone is stale; a lock from another
 * machine cannot be checked and is never called stale. `takeOver` replaces
 * whatever lock is there. A lock path that is a link or not an ordinary file is
 * refused (LOCK_REFUSED). The same file is never held twice for writing.
 */
export function acquireLock({ real, fileId }: FileIdentity, takeOver = false): LockOutcome {
  // this process has it open already: a second writer here would lose the first one's edits
  if (heldHere.has(fileId)) return heldOutcome(readLock(`${real}.lock`) ?? me());
  const beside = takeLockFile(`${real}.lock`, takeOver);
  if (beside.kind !== 'acquired') return beside;
  const local = inodeLockPath(fileId);
  if (local) {
    const outcome = takeLockFile(local, takeOver || isStale(local));
    if (outcome.kind === 'held') {
      unlinkSync(`${real}.lock`);
      return outcome;
    }
  }
  heldHere.add(fileId);
  return { kind: 'acquired' };
}

function isStale(path: string): boolean {
  const holder = readLock(path);
  return holder === null || (holder.host === hostname() && !processAlive(holder.pid));
}

function removeIfOurs(path: string): void {
  const holder = readLock(path);
  if (holder && holder.host === hostname() && holder.pid === process.pid) {
    try {
      unlinkSync(path);
    } catch {
      // already gone: nothing to release
    }
  }
}

/** Removes the locks only if they are still ours (someone may have taken them over). */
export function releaseLock({ real, fileId }: FileIdentity): void {
  heldHere.delete(fileId);
  removeIfOurs(`${real}.lock`);
  const local = inodeLockPath(fileId);
  if (local) removeIfOurs(local);
}

/** Whether a process on this or another machine seems to hold the workbook right now. */
export function heldByOther(workbookPath: string): boolean {
  const holder = readLock(lockPathFor(workbookPath));
  if (!holder) return false;
  if (holder.host !== hostname()) return true;
  return holder.pid !== process.pid && processAlive(holder.pid);
}

/** Whether `path` reaches the file `identity` names (a missing path reaches nothing). */
export function isSameFile(identity: FileIdentity, path: string): boolean {
  try {
    return workbookIdentity(path).fileId === identity.fileId;
  } catch {
    return false;
  }
}
