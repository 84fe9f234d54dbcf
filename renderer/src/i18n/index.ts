import { createI18n } from 'vue-i18n';
import { errorSentences } from '@shared/messages';
import type { Language } from '@shared/types';
import { en } from './en';
import { sv } from './sv';
import { caseEditorEn, caseEditorSv } from './caseEditor';
import { papersEn, papersSv } from './papers';
import { planEn, planSv } from './plan';
import { projectorEn, projectorSv } from './projector';
import { runEn, runSv } from './run';
import { backupsEn, backupsSv } from './backups';
import { groupsEn, groupsSv } from './groups';
import { plansEn, plansSv } from './plans';

const STORAGE_KEY = 'samsyn.language';

export function savedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'sv';
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
}

export const i18n = createI18n({
  legacy: false,
  locale: savedLanguage(),
  fallbackLocale: 'sv',
  messages: {
    sv: {
      ...sv,
      caseEditor: caseEditorSv,
      plan: planSv,
      papers: papersSv,
      projector: projectorSv,
      run: runSv,
      backups: backupsSv,
      groups: groupsSv,
      plans: plansSv,
      errors: errorSentences.sv,
    },
    en: {
      ...en,
      caseEditor: caseEditorEn,
      plan: planEn,
      papers: papersEn,
      projector: projectorEn,
      run: runEn,
      backups: backupsEn,
      groups: groupsEn,
      plans: plansEn,
      errors: errorSentences.en,
    },
  },
});
