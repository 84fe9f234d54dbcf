import { caseTextIn, type CaseContent } from '../shared/caseSchema';
import type { GuideRequest, MaterialRequest } from '../shared/contract/material';
import { guideIn } from '../shared/guide';
import { MATERIAL_DEFAULTS } from '../shared/material';
import { AppError } from './errors';
import { readPackage } from './groups/packages';
import type { Library } from './library';
import { renderGuide } from './pdf/guide';
import { renderMaterial, type MaterialInput } from './pdf/material';
import { FILE_NAME_WORDS } from './pdf/labels';
import * as repo from './repos';
import type { ReadDb } from './db/handles';

/** The chosen cases in the chosen order, and the title their source gives the material. */
function chosenCases(
  db: ReadDb,
  request: MaterialRequest,
  library: () => Library,
): { cases: CaseContent[]; title?: string } {
  const source = request.source;
  switch (source.from) {
    case 'cases': {
      const inLibrary = new Map<string, CaseContent>();
      return {
        cases: source.keys.map((key) => {
          const own = repo.findCaseByKey(db, key);
          if (own) return own;
          if (inLibrary.size === 0) for (const c of library().cases) inLibrary.set(c.key, c);
          const found = inLibrary.get(key);
          if (!found) throw new AppError('NOT_FOUND');
          return found;
        }),
      };
    }
    case 'meeting': {
      const meeting = repo.getMeeting(db, source.meetingId);
      const items = repo.listItems(db, source.meetingId);
      if (items.length === 0) throw new AppError('NOT_FOUND');
      return { cases: items.map((i) => repo.getCase(db, i.caseId)), title: meeting.title };
    }
    case 'package': {
      const pack = readPackage(source.path);
      const byKey = new Map(pack.cases.map((c) => [c.key, c]));
      return { cases: pack.agenda.map((a) => byKey.get(a.key)!), title: pack.title };
    }
  }
}

export function materialInput(db: ReadDb, request: MaterialRequest, library: () => Library): MaterialInput {
  const { cases, title } = chosenCases(db, request, library);
  const defaults = MATERIAL_DEFAULTS[request.language];
  return {
    orgName: repo.getWorkbookRow(db).orgName,
    title: request.title?.trim() || title || defaults.title,
    introduction: request.introduction?.trim() || defaults.introduction,
    language: request.language,
    edition: request.edition,
    booklet: request.booklet,
    paper: request.paper,
    cases: cases.map((c) => ({ key: c.key, heated: c.heated ?? false, text: caseTextIn(c, request.language) })),
  };
}

export async function renderMaterialPaper(
  db: ReadDb,
  request: MaterialRequest,
  fontsDir: string,
  library: () => Library,
): Promise<{ bytes: Buffer; fileName: string }> {
  const input = materialInput(db, request, library);
  const w = FILE_NAME_WORDS[request.language];
  const words = [w.material];
  if (request.edition === 'facilitator') words.push(w.facilitatorEdition);
  if (request.booklet) words.push(w.booklet);
  return { bytes: await renderMaterial(input, fontsDir), fileName: `${words.join(' ')}.pdf` };
}

export async function renderGuidePaper(
  request: GuideRequest,
  fontsDir: string,
): Promise<{ bytes: Buffer; fileName: string }> {
  return {
    bytes: await renderGuide(request.language, request.paper, fontsDir),
    fileName: `${guideIn(request.language).title}.pdf`,
  };
}
