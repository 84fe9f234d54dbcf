import { z } from 'zod';
import { workbookCaseContentSchema, type CaseContent } from '../shared/caseSchema';
import { AppError } from './errors';
import { readJsonFile, writeJsonFile } from './jsonFiles';

export const PACK_FORMAT = 'samsyn-cases';
export const PACK_FORMAT_VERSION = 1;
const MAX_PACK_BYTES = 5 * 1024 * 1024;

const packSchema = z.object({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.number().int().min(1),
  exportedAt: z.string().max(40).optional(),
  source: z.string().max(200).optional(),
  cases: z.array(z.unknown()).min(1).max(500),
});

export interface Pack {
  source: string;
  cases: CaseContent[];
}

/** Writes the pack beside the target and renames it, so a failed export leaves no half file. */
export function writePack(path: string, source: string, cases: CaseContent[]): void {
  const body = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    source,
    cases,
  };
  writeJsonFile(path, body);
}

/** Reads and validates a whole pack; any problem refuses all of it. */
export function readPack(path: string): Pack {
  const raw = readJsonFile(path, { maxBytes: MAX_PACK_BYTES, notOurs: 'NOT_A_PACK', unreadable: 'NO_ACCESS' });
  const envelope = packSchema.safeParse(raw);
  if (!envelope.success) {
    const isOurs = typeof raw === 'object' && raw !== null && (raw as { format?: unknown }).format === PACK_FORMAT;
    if (!isOurs) throw new AppError('NOT_A_PACK');
    throw new AppError('PACK_INVALID', { where: envelope.error.issues[0]!.path.join('.') || 'cases' });
  }
  if (envelope.data.formatVersion > PACK_FORMAT_VERSION) {
    throw new AppError('PACK_NEWER', { found: envelope.data.formatVersion, supported: PACK_FORMAT_VERSION });
  }
  const cases = envelope.data.cases.map((entry, index) => {
    const parsed = workbookCaseContentSchema.safeParse(entry);
    if (!parsed.success) {
      const key =
        typeof (entry as { key?: unknown })?.key === 'string' ? (entry as { key: string }).key : `#${index + 1}`;
      throw new AppError('PACK_INVALID', { where: `${key}: ${parsed.error.issues[0]!.path.join('.')}` });
    }
    return parsed.data;
  });
  return { source: envelope.data.source ?? '', cases };
}
