import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { ErrorCode } from '../shared/errors';
import { AppError } from './errors';
import { fsError } from './filePaths';

/** Writes JSON beside the target and renames it, so a failed write leaves no half file. */
function writeJsonFile(path: string, body: unknown): void {
  const temp = `${path}.partial`;
  writeFileSync(temp, `${JSON.stringify(body, null, 2)}\n`);
  renameSync(temp, path);
}

/**
 * Reads a JSON file that Samsyn wrote (a case pack, a conversation package). A file too big,
 * not JSON or unreadable for a reason of its own is refused with `notOurs`; a missing file,
 * a folder or one the user may not read gets the same sentence as a workbook would.
 */
function readJsonFile(path: string, refuse: { maxBytes: number; notOurs: ErrorCode }): unknown {
  let text: string;
  try {
    if (statSync(path).size > refuse.maxBytes) throw new AppError(refuse.notOurs);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const known = fsError(err);
    throw known.code === 'DAMAGED' ? new AppError(refuse.notOurs) : known;
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
  /** the error for a file that is not of this format, one that is broken, one from a newer Samsyn */
  refuse: { notOurs: ErrorCode; invalid: ErrorCode; newer: ErrorCode };
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
  const { notOurs, invalid, newer } = format.refuse;
  const raw = readJsonFile(path, { maxBytes: format.maxBytes, notOurs });
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
