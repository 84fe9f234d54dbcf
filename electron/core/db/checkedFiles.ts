import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { NO_FOLLOW } from '../lock';

/**
 * This computer's memory of the workbooks whose whole file it has checked
 * (quick_check, broken links, cell sizes), so that reopening one does not read
 * ten years of meetings again. A file is remembered in one exact state: its
 * device and inode, size, modification and change times in nanoseconds, and its
 * SQLite header (which holds the format version and a counter every SQLite write
 * raises). Anything that writes to the file afterwards changes its change time,
 * which no program can set back, and a copy is a new inode: both miss the memory
 * and get every check. Samsyn records the state it leaves a file in when it closes
 * it, since then only its own validated code wrote to it.
 */
export interface CheckedFiles {
  /** the memory's file, in the per-user folder */
  readonly path: string;
}

/** A workbook file as the memory knows it: which file (`id`, as in FileIdentity) and in what state. */
export interface FileState {
  id: string;
  state: string;
  /** changed so lately that a change right after could share its change time */
  recent: boolean;
}

const NAME = 'checked-files.json';
/** Raise it when the whole-file checks change: every file is then checked again once. */
const CHECKS_VERSION = 1;
const MAX_FILES = 200;
const MAX_BYTES = 64 * 1024;
const HEADER_SIZE = 100;
// FAT keeps times to 2 s, exFAT to 10 ms and HFS+ to 1 s, and none of them has a
// change time of its own (any program can set the modification time back): a file
// there is always checked whole.
const COARSE_NS = 10_000_000n;
// Two changes within one tick of the file system's clock (at most about 16 ms) can
// share a change time.
const RACY_NS = 100_000_000n;

const ID = /^\d{1,20}-\d{1,20}$/;
const STATE = /^\d{1,20}:-?\d{1,30}:-?\d{1,30}:[\w-]{43}$/;

type Entry = [id: string, state: string];

// Loaded when first used: the command-line tool keeps no memory, and loading
// node:crypto costs about 3 ms of each `samsyn info` or `samsyn check`.
const crypto = () => process.getBuiltinModule('node:crypto');

export function checkedFilesIn(dir: string): CheckedFiles {
  return { path: join(dir, NAME) };
}

/** The file's identity and state, or null when its file system cannot tell a later change apart (coarse times). */
export function fileState(path: string): FileState | null {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | NO_FOLLOW);
    const stat = fstatSync(fd, { bigint: true });
    if (!stat.isFile() || stat.ctimeNs % COARSE_NS === 0n) return null;
    const header = Buffer.alloc(HEADER_SIZE);
    const read = readSync(fd, header, 0, HEADER_SIZE, 0);
    const hash = crypto().createHash('sha256').update(header.subarray(0, read)).digest('base64url');
    return {
      id: `${stat.dev}-${stat.ino}`,
      state: `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${hash}`,
      recent: BigInt(Date.now()) * 1_000_000n - stat.ctimeNs < RACY_NS,
    };
  } catch {
    return null;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Whether the file passed the whole-file checks on this computer in exactly this state. */
export function wasChecked(files: CheckedFiles, { id, state }: FileState): boolean {
  return readEntries(files).some(([i, s]) => i === id && s === state);
}

/** Remembers the file in this state as checked, newest first; the oldest beyond 200 files are forgotten. */
export function rememberChecked(files: CheckedFiles, { id, state }: FileState): void {
  const entries = readEntries(files);
  if (entries[0]?.[0] === id && entries[0][1] === state) return;
  const newest: Entry = [id, state];
  writeEntries(files, [newest, ...entries.filter(([i]) => i !== id)].slice(0, MAX_FILES));
}

function isEntry(value: unknown): value is Entry {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    ID.test(value[0]) &&
    typeof value[1] === 'string' &&
    STATE.test(value[1])
  );
}

// The memory is a file like any other: one that is not exactly what we write is
// ignored (and replaced on the next write), never followed through a link.
function readEntries(files: CheckedFiles): Entry[] {
  let fd: number | undefined;
  try {
    fd = openSync(files.path, constants.O_RDONLY | NO_FOLLOW);
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_BYTES) return [];
    const bytes = Buffer.alloc(stat.size);
    const parsed = JSON.parse(bytes.subarray(0, readSync(fd, bytes, 0, stat.size, 0)).toString('utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return [];
    const { version, files: entries } = parsed as Record<string, unknown>;
    if (version !== CHECKS_VERSION || !Array.isArray(entries) || entries.length > MAX_FILES) return [];
    return entries.every(isEntry) ? entries : [];
  } catch {
    return [];
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// Written whole to a new file beside it and renamed over it, so a reader never sees
// half of it and a link at its name is replaced, not followed. Failing to write it
// costs only a full check next time.
function writeEntries(files: CheckedFiles, entries: Entry[]): void {
  const temp = join(dirname(files.path), `.${NAME}.${process.pid}.${crypto().randomBytes(6).toString('hex')}`);
  try {
    mkdirSync(dirname(files.path), { recursive: true });
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW, 0o600);
    try {
      writeSync(fd, JSON.stringify({ version: CHECKS_VERSION, files: entries }));
    } finally {
      closeSync(fd);
    }
    renameSync(temp, files.path);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // never created
    }
  }
}
