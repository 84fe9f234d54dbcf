import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Language } from '../shared/types';

/**
 * The language the user chose, kept by main too: Chromium formats date and time inputs
 * in the language it was started with, so the next start passes it as `--lang`.
 */
export function savedLanguage(userDataDir: string): Language | null {
  try {
    const { language } = JSON.parse(readFileSync(join(userDataDir, 'language.json'), 'utf8')) as { language?: unknown };
    return language === 'sv' || language === 'en' ? language : null;
  } catch {
    return null;
  }
}

export function saveLanguage(userDataDir: string, language: Language): void {
  const file = join(userDataDir, 'language.json');
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ language }));
  } catch {
    // Only the date fields' format at the next start depends on it.
  }
}

/** Chromium's locale for a language: Swedish dates as 2026-12-01, English as 01/12/2026. */
export const CHROMIUM_LOCALE: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };
