import { z } from 'zod';
import { caseSchemas, type CaseContent } from '../shared/caseSchema';
import type { ErrorCode } from '../shared/errors';
import { AppError } from './errors';
import { readFormatFile, writeFormatFile, type FileFormat } from './jsonFiles';

const PACK_FORMAT = {
  name: 'samsyn-cases',
  version: 1,
  maxBytes: 5 * 1024 * 1024,
  refuse: { notOurs: 'NOT_A_PACK', invalid: 'PACK_INVALID', newer: 'PACK_NEWER' },
  fields: {
    exportedAt: z.string().max(40).optional(),
    source: z.string().max(200).optional(),
    cases: z.array(z.unknown()).min(1).max(500),
  },
} satisfies FileFormat;

export interface Pack {
  source: string;
  cases: CaseContent[];
}

/** Writes the pack beside the target and renames it, so a failed export leaves no half file. */
export function writePack(path: string, source: string, cases: CaseContent[]): void {
  writeFormatFile(path, PACK_FORMAT, { exportedAt: new Date().toISOString(), source, cases });
}

/** Reads and validates a whole pack; any problem refuses all of it. */
export function readPack(path: string): Pack {
  const pack = readFormatFile(path, PACK_FORMAT);
  return { source: pack.source ?? '', cases: checkCases(pack.cases, 'PACK_INVALID') };
}

/** Checks each case a pack or a package carries; the first broken one refuses the file, named by its key where it has one. */
export function checkCases(entries: unknown[], invalid: ErrorCode): CaseContent[] {
  return entries.map((entry, index) => {
    const parsed = caseSchemas().workbookCaseContent.safeParse(entry);
    if (!parsed.success) {
      const key =
        typeof (entry as { key?: unknown })?.key === 'string' ? (entry as { key: string }).key : `#${index + 1}`;
      throw new AppError(invalid, { where: `${key}: ${parsed.error.issues[0]!.path.join('.')}` });
    }
    return parsed.data;
  });
}
