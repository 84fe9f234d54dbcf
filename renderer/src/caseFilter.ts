import type { CaseContent } from '@shared/caseSchema';
import type { CaseSector, Channel, Theme } from '@shared/caseLists';
import { caseSearchText, caseText, searchable } from './caseText';

export interface CaseFilter {
  query: string;
  theme: Theme | '';
  sector: Exclude<CaseSector, 'all'> | '';
  channel: Channel | '';
  /** only cases that bring a theme this workbook's meetings have not discussed yet */
  notDiscussed: boolean;
}

export const EMPTY_FILTER: CaseFilter = { query: '', theme: '', sector: '', channel: '', notDiscussed: false };

type Filterable = Pick<CaseContent, 'themes' | 'sectors' | 'channel' | 'sv' | 'en'>;

/**
 * Keeps the cases that match every chosen filter. The search looks in the title,
 * the post or situation and the questions, in the language shown, ignoring case.
 * A case for all sectors matches any sector. "Not discussed here" keeps a case with at least
 * one theme outside `discussedThemes`.
 */
export function filterCases<T extends { content: Filterable }>(
  items: T[],
  filter: CaseFilter,
  language: string,
  discussedThemes: ReadonlySet<Theme> = new Set(),
): T[] {
  const words = searchable(filter.query).split(/\s+/).filter(Boolean);
  return items.filter(({ content }) => {
    if (filter.theme && !content.themes.includes(filter.theme)) return false;
    if (filter.notDiscussed && content.themes.every((t) => discussedThemes.has(t))) return false;
    if (filter.channel && content.channel !== filter.channel) return false;
    if (filter.sector && !content.sectors.includes('all') && !content.sectors.includes(filter.sector)) return false;
    if (words.length === 0) return true;
    const haystack = caseSearchText(caseText(content, language));
    return words.every((word) => haystack.includes(word));
  });
}
