import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../core/errors';
import { writeExampleWorkbook } from '../core/example';
import { countLibrary, loadLibrary } from '../core/library';
import { LANGUAGES } from '../shared/types';
import { oneOf, parseArgs, UsageError } from './options';
import type { Print } from './workbookCommands';

// The commands that read the built-in case library.

export function cases(libraryDir: string, out: Print, err: Print): number {
  const { cases: all, problems } = loadLibrary(libraryDir);
  for (const p of problems) err(`${p.file}: ${p.field || 'file'}: ${p.message}`);
  const summary = all.map((c) => ({
    key: c.key,
    version: c.version,
    themes: c.themes,
    sectors: c.sectors,
    channel: c.channel,
    kind: c.kind,
    heated: c.heated === true,
    title: { sv: c.sv.title, en: c.en.title },
  }));
  out(JSON.stringify({ counts: countLibrary(all), cases: summary }, null, 2));
  return problems.length ? 1 : 0;
}

export function example(libraryDir: string, args: string[], out: Print): number {
  const { positional, flags } = parseArgs(args);
  const [file] = positional;
  if (!file || positional.length > 1) throw new UsageError('example needs one FILE');
  if (existsSync(file)) throw new AppError('FILE_EXISTS');
  writeExampleWorkbook(
    resolve(file),
    oneOf(flags.get('--language'), LANGUAGES, 'sv', '--language'),
    loadLibrary(libraryDir),
  );
  out(`${file}: example workbook written`);
  return 0;
}
