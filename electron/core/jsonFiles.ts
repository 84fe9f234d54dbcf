import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { ErrorCode } from '../shared/errors';
import { AppError } from './errors';

/** Writes JSON beside the target and renames it, so a failed write leaves no half file. */
export function writeJsonFile(path: string, body: unknown): void {
  const temp = `${path}.partial`;
  writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`);
  renameSync(temp, path);
}

/**
 * Reads a JSON file that Samsyn wrote (a case pack, a conversation package). A file too big,
 * unreadable or not JSON is refused with `notOurs`, or `unreadable` when it could not be read.
 */
export function readJsonFile(
  path: string,
  refuse: { maxBytes: number; notOurs: ErrorCode; unreadable: ErrorCode },
): unknown {
  let text: string;
  try {
    if (statSync(path).size > refuse.maxBytes) throw new AppError(refuse.notOurs);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('FILE_NOT_FOUND');
    if (code === 'EISDIR') throw new AppError('NOT_A_FILE');
    throw new AppError(refuse.unreadable);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError(refuse.notOurs);
  }
}

/** A kind of JSON file Samsyn writes and reads back: a case pack, a conversation package. */
export interface FileFormat<Fields extends z.ZodRawShape = z.ZodRawShape> {
  /** the file's `format` field */
  name: string;
  /** the newest `formatVersion` this version of Samsyn reads, and the one it writes */
  version: number;
  maxBytes: number;
  /** the error for a file that is not of this format, one that could not be read, one that is broken, one from a newer Samsyn */
  refuse: { notOurs: ErrorCode; unreadable: ErrorCode; invalid: ErrorCode; newer: ErrorCode };
  /** what the file holds besides its format and version */
  fields: Fields;
}

export function writeFormatFile(path: string, format: FileFormat, body: object): void {
  writeJsonFile(path, { format: format.name, formatVersion: format.version, ...body });
}

const envelope = z.object({ format: z.string(), formatVersion: z.number().int().min(1) });

/**
 * Reads a file of `format` and checks its fields; anything wrong refuses the whole file.
 * A file from a newer Samsyn is refused as such before its fields are checked.
 */
export function readFormatFile<Fields extends z.ZodRawShape>(path: string, format: FileFormat<Fields>) {
  const { notOurs, unreadable, invalid, newer } = format.refuse;
  const raw = readJsonFile(path, { maxBytes: format.maxBytes, notOurs, unreadable });
  if ((raw as { format?: unknown } | null)?.format !== format.name) throw new AppError(notOurs);
  const head = envelope.safeParse(raw);
  if (!head.success) throw new AppError(invalid, { where: 'formatVersion' });
  if (head.data.formatVersion > format.version) {
    throw new AppError(newer, { found: head.data.formatVersion, supported: format.version });
  }
  const body = z.object(format.fields).safeParse(raw);
  if (!body.success) throw new AppError(invalid, { where: body.error.issues[0]!.path.join('.') });
  return body.data;
}
