import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { caseSchemas, type LibraryCase } from '../shared/caseSchema';
import { THEMES, type CaseSector, type Theme } from '../shared/caseLists';

export interface LibraryProblem {
  file: string;
  field: string;
  message: string;
}

export interface Library {
  cases: LibraryCase[];
  problems: LibraryProblem[];
}

/**
 * Reads every case file in `dir`. A broken file is reported by name and field and
 * left out; the others still load.
 */
export function loadLibrary(dir: string): Library {
  const cases: LibraryCase[] = [];
  const problems: LibraryProblem[] = [];
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return { cases, problems: [{ file: dir, field: '', message: 'the case library folder is missing' }] };
  }
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (err) {
      problems.push({ file, field: '', message: `not valid JSON (${(err as Error).message.slice(0, 80)})` });
      continue;
    }
    const parsed = caseSchemas().libraryCase.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push({ file, field: issue.path.join('.'), message: issue.message });
      continue;
    }
    if (parsed.data.key !== basename(file, '.json')) {
      problems.push({ file, field: 'key', message: `the key "${parsed.data.key}" does not match the file name` });
      continue;
    }
    cases.push(parsed.data);
  }
  return { cases, problems };
}

export interface LibraryCounts {
  cases: number;
  posts: number;
  situations: number;
  heated: number;
  goodUse: number;
  publicSectorOnly: number;
  associations: number;
  byTheme: Record<Theme, number>;
}

/** The figures the library is held to: how many posts, heated posts, good-use cases, and cases per theme. */
export function countLibrary(cases: LibraryCase[]): LibraryCounts {
  const only = (c: LibraryCase, sector: CaseSector) => c.sectors.length === 1 && c.sectors[0] === sector;
  return {
    cases: cases.length,
    posts: cases.filter((c) => c.kind === 'post').length,
    situations: cases.filter((c) => c.kind === 'situation').length,
    heated: cases.filter((c) => c.kind === 'post' && c.heated === true).length,
    goodUse: cases.filter((c) => c.themes.includes('good-use')).length,
    publicSectorOnly: cases.filter((c) => only(c, 'public')).length,
    associations: cases.filter((c) => c.sectors.includes('association')).length,
    byTheme: Object.fromEntries(THEMES.map((t) => [t, cases.filter((c) => c.themes.includes(t)).length])) as Record<
      Theme,
      number
    >,
  };
}
