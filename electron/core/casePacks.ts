import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { workbookCaseContentSchema, type CaseContent } from '../shared/caseSchema';
import { AppError } from './errors';

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
  const temp = `${path}.partial`;
  writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`);
  renameSync(temp, path);
}

/** Reads and validates a whole pack; any problem refuses all of it. */
export function readPack(path: string): Pack {
  let text: string;
  try {
    if (statSync(path).size > MAX_PACK_BYTES) throw new AppError('NOT_A_PACK');
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('FILE_NOT_FOUND');
    if (code === 'EISDIR') throw new AppError('NOT_A_FILE');
    throw new AppError('NO_ACCESS');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('NOT_A_PACK');
  }
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
