import type { CaseText } from '@shared/caseSchema';
import type { Language } from '@shared/types';

export { caseTextIn as caseText } from '@shared/caseSchema';

export function caseLanguage(c: { sv?: CaseText; en?: CaseText }, language: string): Language {
  if (language === 'en' && c.en) return 'en';
  if (language === 'sv' && c.sv) return 'sv';
  return c.sv ? 'sv' : 'en';
}

/** Lower-cased, composed text for matching å, ä, ö however they were typed. */
export function searchable(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv');
}

export function caseSearchText(text: CaseText): string {
  const post = text.post
    ? [text.post.author, text.post.role, text.post.text, ...(text.post.replies ?? []).map((r) => r.text)]
    : [];
  return searchable([text.title, text.situation ?? '', ...post, ...text.questions].join('\n'));
}
