import { caseTextIn } from '../../shared/caseSchema';
import type { CaseContent, CaseDraft } from '../../shared/caseSchema';
import type { PackItemStatus, WorkbookCase, WorkbookCaseEntry } from '../../shared/caseTypes';
import { AppError } from '../errors';
import { readPack, writePack } from '../casePacks';
import { themeCoverage } from '../themeCoverage';
import * as repo from '../repos';
import { transaction, type ReadDb } from '../db/handles';
import type { Handlers, ServiceContext } from './context';

type CaseMethod = Extract<keyof Handlers, `cases.${string}` | `library.${string}`>;

function slug(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return plain.slice(0, 40).replace(/-+$/, '') || 'fall';
}

function freeKey(db: ReadDb, wanted: string): string {
  let key = wanted;
  for (let n = 2; repo.findCaseByKey(db, key); n++) key = `${wanted}-${n}`;
  return key;
}

function titleOf(content: { sv?: { title: string }; en?: { title: string } }, language: 'sv' | 'en'): string {
  return caseTextIn(content, language).title;
}

export function caseHandlers(ctx: ServiceContext): Handlers<CaseMethod> {
  const entry = (db: ReadDb, c: WorkbookCase): WorkbookCaseEntry => {
    const lib = c.origin === 'library' ? ctx.library().cases.find((l) => l.key === c.key) : undefined;
    return {
      ...c,
      useCount: repo.caseUseCount(db, c.id),
      newerLibraryVersion: lib && lib.version > c.version ? lib.version : null,
    };
  };
  const libraryCase = (key: string) => {
    const found = ctx.library().cases.find((c) => c.key === key);
    if (!found) throw new AppError('NOT_FOUND');
    return found;
  };
  const statusOf = (db: ReadDb, c: CaseContent): PackItemStatus => {
    const existing = repo.findCaseByKey(db, c.key);
    if (!existing) return 'new';
    if (existing.version === c.version) return 'duplicate';
    // an earlier import of this other version was stored under a derived key
    return repo.findCaseByKey(db, `${c.key}-v${c.version}`)?.version === c.version ? 'duplicate' : 'other-version';
  };

  return {
    'library.list': () => {
      const { cases, problems } = ctx.library();
      const db = ctx.workbook();
      return {
        problems,
        coverage: themeCoverage(repo.listItemsWithThemes(db)),
        entries: cases.map((c) => {
          const copy = repo.findCaseByKey(db, c.key);
          return { case: c, inWorkbook: copy ? { id: copy.id, version: copy.version, edited: copy.edited } : null };
        }),
      };
    },
    'cases.list': () => {
      const db = ctx.workbook();
      return repo.listCases(db).map((c) => entry(db, c));
    },
    'cases.get': ({ id }) => {
      const db = ctx.workbook();
      return entry(db, repo.getCase(db, id));
    },
    'cases.useFromLibrary': ({ key }) => {
      const db = ctx.writable();
      const existing = repo.findCaseByKey(db, key);
      const id = existing ? existing.id : repo.insertCase(db, libraryCase(key), 'library');
      return entry(db, repo.getCase(db, id));
    },
    'cases.updateFromLibrary': ({ id }) => {
      const db = ctx.writable();
      const current = repo.getCase(db, id);
      repo.updateCase(db, id, libraryCase(current.key), false);
      return entry(db, repo.getCase(db, id));
    },
    'cases.create': ({ content }) => {
      const db = ctx.writable();
      const key = freeKey(db, `own-${slug(titleOf(content, 'sv'))}`);
      const id = repo.insertCase(db, { ...(content as CaseDraft), key, version: 1 }, 'custom');
      return entry(db, repo.getCase(db, id));
    },
    'cases.update': ({ id, content }) => {
      const db = ctx.writable();
      const current = repo.getCase(db, id);
      repo.updateCase(db, id, { ...(content as CaseDraft), key: current.key, version: current.version });
      return entry(db, repo.getCase(db, id));
    },
    'cases.delete': ({ id }) => {
      repo.deleteCase(ctx.writable(), id);
      return null;
    },
    'cases.exportPack': ({ ids, path }) => {
      const db = ctx.workbook();
      const cases = ids.map((id) => {
        const { id: _id, origin: _origin, edited: _edited, ...content } = repo.getCase(db, id);
        return content;
      });
      writePack(path, repo.getWorkbookRow(db).orgName, cases);
      return { path, count: cases.length };
    },
    'cases.previewPack': ({ path }) => {
      const db = ctx.workbook();
      const language = repo.getWorkbookRow(db).language;
      const pack = readPack(path);
      return {
        path,
        source: pack.source,
        items: pack.cases.map((c) => ({
          key: c.key,
          version: c.version,
          title: titleOf(c, language),
          status: statusOf(db, c),
        })),
      };
    },
    'cases.importPack': ({ path }) => {
      const db = ctx.writable();
      const pack = readPack(path);
      let added = 0;
      let skipped = 0;
      // All or nothing: one transaction, so a failure half-way leaves the workbook as it was.
      transaction(db, () => {
        for (const c of pack.cases) {
          const status = statusOf(db, c);
          if (status === 'duplicate') {
            skipped++;
            continue;
          }
          const key = status === 'new' ? c.key : freeKey(db, `${c.key}-v${c.version}`);
          repo.insertCase(db, { ...c, key }, 'pack');
          added++;
        }
      });
      return { added, skipped };
    },
  };
}
