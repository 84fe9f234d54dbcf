import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { APPLICATION_ID } from './migrations';

const JOURNAL_MAGIC = Buffer.from([0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7]);
const CHANGE_COUNTER = 24;
const APPLICATION_ID_AT = 68;

function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  return bytes.subarray(0, readSync(fd, bytes, 0, length, position));
}

/**
 * Whether a rollback journal could be this workbook's own. A write that crashed
 * journals page 1 before anything that changes the file's size or free list, and
 * page 1 carries the file change counter, which a commit raises by one. So when
 * the journal holds page 1, it must be a Samsyn page 1 whose counter is the file's
 * or one below it; a journal left by another file, or by an older copy of this one,
 * is not. A journal without page 1 cannot be tied either way; the checks after
 * rolling it back decide.
 */
export function journalFitsWorkbook(workbookPath: string): boolean {
  const journal = openSync(`${workbookPath}-journal`, 'r');
  const workbook = openSync(workbookPath, 'r');
  try {
    const header = readAt(journal, 0, 28);
    if (header.length < 28 || !header.subarray(0, 8).equals(JOURNAL_MAGIC)) return true; // SQLite ignores it
    const records = header.readUInt32BE(8);
    const sectorSize = header.readUInt32BE(20);
    const pageSize = header.readUInt32BE(24);
    if (pageSize < 512 || pageSize > 65536 || sectorSize < 32 || sectorSize > 65536) return true;
    const recordSize = pageSize + 8;
    const available = Math.floor((fstatSync(journal).size - sectorSize) / recordSize);
    const count = records === 0xffffffff ? available : Math.min(records, available);
    const fileCounter = readAt(workbook, CHANGE_COUNTER, 4);
    if (fileCounter.length < 4) return false;
    for (let i = 0; i < count; i++) {
      const offset = sectorSize + i * recordSize;
      if (readAt(journal, offset, 4).readUInt32BE(0) !== 1) continue;
      const page1 = readAt(journal, offset + 4, 100);
      if (page1.length < 100 || page1.readUInt32BE(APPLICATION_ID_AT) !== APPLICATION_ID) return false;
      const counter = page1.readUInt32BE(CHANGE_COUNTER);
      const now = fileCounter.readUInt32BE(0);
      return now === counter || now === (counter + 1) % 2 ** 32;
    }
    return true;
  } finally {
    closeSync(journal);
    closeSync(workbook);
  }
}
