import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ERROR_CODES } from '../../electron/shared/errors';
import { errorSentences } from '../../electron/shared/messages';
import type { MessageSchema } from '../../renderer/src/i18n';

const RENDERER = join(__dirname, '../../renderer/src');
let messages: Record<'sv' | 'en', MessageSchema>;

beforeAll(async () => {
  // the module reads the remembered language when it loads
  vi.stubGlobal('localStorage', { getItem: () => null, setItem: () => undefined });
  ({ messages } = await import('../../renderer/src/i18n'));
});

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const lookup = (language: 'sv' | 'en', key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages[language]);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : /\.(vue|ts)$/.test(entry.name)
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}

/** the keys the screens ask for: whole keys, and the fixed start of keys made at run time */
function usedKeys() {
  const text = sources(RENDERER).join('\n');
  const whole = new Set([...text.matchAll(/\bt\(\s*'([\w.]+)'/g)].map((m) => m[1]!));
  const prefixes = new Set([...text.matchAll(/\bt\(\s*`([\w.]+)\.\$\{/g)].map((m) => m[1]!));
  return { whole, prefixes };
}

describe('the interface texts', () => {
  it('have English for exactly the Swedish keys, with the same placeholders and plural forms', () => {
    const sv = leaves(messages.sv);
    const en = new Map(leaves(messages.en));
    expect([...en.keys()].sort()).toEqual(sv.map(([k]) => k).sort());
    for (const [key, text] of sv) {
      expect(placeholders(en.get(key)!), key).toEqual(placeholders(text));
      expect(en.get(key)!.split('|').length, key).toBe(text.split('|').length);
    }
  });

  it('are never empty, never a stand-in, and never left untranslated', () => {
    const en = new Map(leaves(messages.en));
    for (const [key, text] of leaves(messages.sv)) {
      for (const value of [text, en.get(key)!]) {
        expect(value.trim(), key).not.toBe('');
        expect(value, key).not.toMatch(/\b(TODO|FIXME|XXX|TBD)\b|^[\w]+(\.[\w]+)+$/);
      }
      // a sentence of several words that reads the same in both is one nobody translated
      const words = text.replace(/\{\w+\}/g, '').match(/\p{L}{2,}/gu) ?? [];
      if (words.length >= 3) expect(en.get(key), key).not.toBe(text);
    }
  });

  it('have a text in both languages for every key the screens ask for', () => {
    const { whole, prefixes } = usedKeys();
    expect(whole.size).toBeGreaterThan(500);
    for (const language of ['sv', 'en'] as const) {
      for (const key of whole) expect(typeof lookup(language, key), `${language} ${key}`).toBe('string');
      for (const prefix of prefixes) expect(typeof lookup(language, prefix), `${language} ${prefix}.*`).toBe('object');
    }
  });

  it('have a sentence for every error code in both languages that says what to do', () => {
    for (const language of ['sv', 'en'] as const) {
      for (const code of ERROR_CODES) {
        const sentence = errorSentences[language][code];
        expect(sentence, `${language} ${code}`).toMatch(/[.:]\s?(\{\w+\})?$/);
        expect(sentence).not.toMatch(/[|@]/);
        expect(lookup(language, `errors.${code}`)).toBe(sentence);
      }
    }
  });
});
