import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { RecentEntry } from '../shared/types';

const MAX_ENTRIES = 10;

type Stored = Omit<RecentEntry, 'exists'>;

/**
 * The recently opened workbooks, kept as JSON in the user-data folder. A portable
 * build passes `relativeTo` (its folder on the stick): paths on the same drive are
 * stored relative to it, so the list survives the stick getting another drive letter.
 */
export class RecentList {
  constructor(
    private readonly file: string,
    private readonly relativeTo?: string,
  ) {}

  /** Relative only within the folder that holds the program's folder: the stick, not the computer. */
  private stored(path: string): string {
    if (!this.relativeTo) return path;
    const onStick = relative(dirname(this.relativeTo), path);
    const rel = relative(this.relativeTo, path);
    return isAbsolute(rel) || isAbsolute(onStick) || onStick.startsWith('..') ? path : rel;
  }

  private resolved(path: string): string {
    return this.relativeTo && !isAbsolute(path) ? resolve(this.relativeTo, path) : path;
  }

  private read(): Stored[] {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      if (!Array.isArray(parsed)) return [];
      return parsed
        .filter(
          (e): e is Stored =>
            typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.orgName === 'string',
        )
        .map((e) => ({ ...e, path: this.resolved(e.path) }));
    } catch {
      // a missing or garbled list is an empty list; it is rewritten on the next open
      return [];
    }
  }

  private write(entries: Stored[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    const onDisk = entries.map((e) => ({ ...e, path: this.stored(e.path) }));
    writeFileSync(temp, JSON.stringify(onDisk, null, 2));
    renameSync(temp, this.file);
  }

  list(): RecentEntry[] {
    return this.read().map((e) => ({ ...e, exists: existsSync(e.path) }));
  }

  remember(path: string, orgName: string): void {
    const rest = this.read().filter((e) => e.path !== path);
    this.write([{ path, orgName, openedAt: new Date().toISOString() }, ...rest].slice(0, MAX_ENTRIES));
  }

  forget(path: string): void {
    this.write(this.read().filter((e) => e.path !== path));
  }
}
