import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RecentEntry } from '../shared/types';

const MAX_ENTRIES = 10;

type Stored = Omit<RecentEntry, 'exists'>;

/** The recently opened workbooks, kept as JSON in the user-data folder. */
export class RecentList {
  constructor(private readonly file: string) {}

  private read(): Stored[] {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      if (!Array.isArray(parsed)) return [];
      return parsed.filter(
        (e): e is Stored =>
          typeof e === 'object' && e !== null && typeof e.path === 'string' && typeof e.orgName === 'string',
      );
    } catch {
      // a missing or garbled list is an empty list; it is rewritten on the next open
      return [];
    }
  }

  private write(entries: Stored[]): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(entries, null, 2));
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
