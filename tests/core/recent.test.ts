import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecentList } from '../../electron/core/recent';
import { useTempDir } from '../helpers/files';

const tempDir = useTempDir();

describe('the recent list of a portable build', () => {
  it('keeps a workbook on the stick by its place relative to the program, across drive letters', () => {
    const file = join(tempDir(), 'recent.json');
    new RecentList(file, '/media/E/Samsyn').remember('/media/E/Kunder/Acme.samsyn', 'Acme');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { path: string }[];
    expect(stored[0]!.path).toBe(join('..', 'Kunder', 'Acme.samsyn'));
    // The same stick as another drive on the next computer.
    expect(new RecentList(file, '/media/F/Samsyn').list()[0]!.path).toBe('/media/F/Kunder/Acme.samsyn');
  });

  it('keeps a workbook on the computer itself by its full path', () => {
    const file = join(tempDir(), 'recent.json');
    new RecentList(file, '/media/E/Samsyn').remember('/home/k/Acme.samsyn', 'Acme');
    expect((JSON.parse(readFileSync(file, 'utf8')) as { path: string }[])[0]!.path).toBe('/home/k/Acme.samsyn');
  });

  it('keeps full paths in an installed build', () => {
    const file = join(tempDir(), 'recent.json');
    new RecentList(file).remember('/home/k/Acme.samsyn', 'Acme');
    expect((JSON.parse(readFileSync(file, 'utf8')) as { path: string }[])[0]!.path).toBe('/home/k/Acme.samsyn');
  });
});
