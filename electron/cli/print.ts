import { writeSync } from 'node:fs';
import type { Print } from './workbookCommands';

/**
 * Prints whole lines to stdout (1) or stderr (2) by writing to the descriptor
 * itself: setting up process.stdout would cost a quick command like `samsyn info`
 * a few milliseconds. If the descriptor refuses a line (a full non-blocking pipe, a
 * reader that has gone), the rest of it and every later line go through the stream,
 * which like console.log ends the output quietly when the reader has gone.
 */
export function printTo(fd: 1 | 2): Print {
  let stream: NodeJS.WriteStream | undefined;
  return (line) => {
    const bytes = Buffer.from(`${line}\n`);
    let written = 0;
    if (!stream) {
      try {
        while (written < bytes.length) written += writeSync(fd, bytes, written);
        return;
      } catch {
        stream = fd === 1 ? process.stdout : process.stderr;
        stream.on('error', () => undefined);
      }
    }
    stream.write(bytes.subarray(written));
  };
}
