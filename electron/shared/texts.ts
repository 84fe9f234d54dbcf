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
