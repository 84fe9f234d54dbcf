import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads a PDF back with poppler's tools, as a person's PDF viewer would. */
export function readPdf(bytes: Buffer, dir: string, name = 'doc.pdf') {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const run = (tool: string, ...args: string[]) => execFileSync(tool, [...args, path], { encoding: 'utf8' });
  const info = run('pdfinfo');
  const field = (name: string) => info.match(new RegExp(`^${name}:\\s+(.*)$`, 'm'))?.[1]?.trim() ?? '';
  const fonts = run('pdffonts')
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
  const pages = Number(field('Pages'));
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
  const pageText = (n: number) =>
    execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', path, '-'], { encoding: 'utf8' });
  return {
    path,
    pages,
    title: field('Title'),
    author: field('Author'),
    tagged: field('Tagged') === 'yes',
    pageSize: field('Page size'),
    fonts,
    text,
    /** the text on one line, so a sentence the layout wrapped reads whole */
    flat: text.replace(/\s+/g, ' '),
    pageText,
    metadata: execFileSync('pdfinfo', ['-meta', path], { encoding: 'utf8' }),
  };
}

/** A PDF's bytes without what differs between two renders by design: when it was made. */
export function timeless(bytes: Buffer): string {
  return bytes
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:)')
    .replace(/<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*</g, '<')
    .replace(/\/ID \[[^\]]*\]/g, '');
}
