import type { Language } from './types';

/** The shape of a set of texts with its words left open: the same keys, any sentence. */
export type TextShape<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : TextShape<T[K]>;
};

/**
 * Texts outside the renderer are written once per layer as `bilingual({ sv: {...}, en: {...} })`.
 * Swedish comes first and fixes the keys; English must have exactly the same keys (a missing
 * or extra one is a type error), and reading a key that Swedish lacks is a type error too.
 */
export function bilingual<const T extends object>(texts: {
  sv: T;
  en: NoInfer<TextShape<T>>;
}): Record<Language, TextShape<T>> {
  return texts as Record<Language, TextShape<T>>;
}

/** One text in Swedish and in English, side by side. */
export type Both = readonly [sv: string, en: string];
interface BothTable {
  readonly [key: string]: Both | BothTable;
}
type Side<T> = { readonly [K in keyof T]: T[K] extends Both ? string : Side<T[K]> };

/**
 * A table of parallel entries (the names of an enumeration's values, one sentence per field
 * and problem) is written side by side: each entry is [Swedish, English], so neither can be
 * left out, and each reads beside the other. Answers the table in each language, same keys.
 */
export function sideBySide<const T extends BothTable>(table: T): Record<Language, Side<T>> {
  const side = (node: BothTable, index: 0 | 1): object =>
    Object.fromEntries(
      Object.entries(node).map(([key, value]) => [key, isBoth(value) ? value[index] : side(value, index)]),
    );
  return { sv: side(table, 0) as Side<T>, en: side(table, 1) as Side<T> };
}

const isBoth = (value: Both | BothTable): value is Both => Array.isArray(value);

/** Fills {name} placeholders from `values`; a placeholder with no value is left as it is. */
export function fill(
  template: string,
  values: Readonly<Record<string, string | number | boolean | null>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? whole : String(value);
  });
}
