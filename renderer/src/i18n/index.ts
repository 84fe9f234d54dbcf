// Every text of the interface, one file per area, each exporting `sv` and `en`
// (`en: typeof sv`, so English has exactly Swedish's keys or the build fails).
// The names of an enumeration's values (themes, sectors, levels) stand side by
// side instead, [Swedish, English], through `sideBySide` from @shared/texts.
// Screens take `t` from useTexts(): its keys are typed, so a missing or misspelt
// key in a template or a script is a type error under `npm run typecheck`.
import { createI18n, useI18n } from 'vue-i18n';
import { errorSentences } from '@shared/messages';
import type { Language } from '@shared/types';
import * as backups from './backups';
import * as caseEditor from './caseEditor';
import * as coverage from './coverage';
import * as groups from './groups';
import * as guide from './guide';
import * as library from './library';
import * as papers from './papers';
import * as plan from './plan';
import * as plans from './plans';
import * as projector from './projector';
import * as run from './run';
import * as workbook from './workbook';

const messagesIn = (language: Language) => ({
  ...workbook[language],
  ...library[language],
  caseEditor: caseEditor[language],
  coverage: coverage[language],
  plan: plan[language],
  papers: papers[language],
  projector: projector[language],
  run: run[language],
  backups: backups[language],
  groups: groups[language],
  plans: plans[language],
  guide: guide[language],
  errors: errorSentences[language],
});

export type MessageSchema = ReturnType<typeof messagesIn>;
export const messages: Record<Language, MessageSchema> = { sv: messagesIn('sv'), en: messagesIn('en') };

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
/** every text's key, e.g. 'plans.fields.name' */
export type MessageKey = Leaves<MessageSchema>;
type Named = Record<string, unknown>;
/** vue-i18n's `t` accepts any string; this one only the keys that exist */
export type Translate = (key: MessageKey, named?: Named | number, plural?: Named | number) => string;

const STORAGE_KEY = 'samsyn.language';

export function savedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'sv';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

export const i18n = createI18n<[MessageSchema], Language, false>({
  legacy: false,
  // templates use `t` from useTexts(), whose keys are checked; `$t` would take any string
  globalInjection: false,
  locale: savedLanguage(),
  fallbackLocale: 'sv',
  messages,
});

/** The interface's texts with typed keys, and the language shown. */
export function useTexts() {
  const { t, te, locale } = useI18n();
  /** for a key made at run time: whether a text exists for it */
  const has = (key: string): key is MessageKey => te(key);
  return { t: t as Translate, has, locale };
}
