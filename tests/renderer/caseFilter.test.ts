import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterCases } from '../../renderer/src/caseFilter';
import { initials } from '../../electron/shared/feed';
import { loadLibrary } from '../../electron/core/library';
import { LIBRARY_DIR } from '../helpers/files';
import { THEMES, type Theme } from '../../electron/shared/caseLists';

const items = loadLibrary(LIBRARY_DIR).cases.map((c) => ({ key: c.key, content: c }));
const keys = (found: typeof items) => found.map((i) => i.key);

describe('filtering the case library', () => {
  it('finds words with å, ä and ö whatever their case and however they were composed', () => {
    const decomposed = 'fo\u0308rskola'.toUpperCase();
    expect(keys(filterCases(items, { ...EMPTY_FILTER, query: decomposed }, 'sv'))).toContain('preschool-photos');
    expect(keys(filterCases(items, { ...EMPTY_FILTER, query: 'FÖRSKOLA' }, 'sv'))).toContain('preschool-photos');
  });

  it('searches the language shown, not the other one', () => {
    expect(filterCases(items, { ...EMPTY_FILTER, query: 'preschool' }, 'sv')).toEqual([]);
    expect(keys(filterCases(items, { ...EMPTY_FILTER, query: 'preschool' }, 'en'))).toContain('preschool-photos');
  });

  it('looks in the questions as well as the title and the text', () => {
    const question = items.find((i) => i.key === 'monday-irony')!.content.sv.questions[0]!;
    const word = question
      .split(/\s+/)
      .find((w) => w.length > 7)!
      .replace(/[^\p{L}]/gu, '');
    expect(keys(filterCases(items, { ...EMPTY_FILTER, query: word }, 'sv'))).toContain('monday-irony');
  });

  it('lets a case for all sectors through any sector filter, and combines filters', () => {
    const publicOnes = filterCases(items, { ...EMPTY_FILTER, sector: 'public' }, 'sv');
    expect(publicOnes.every((i) => i.content.sectors.includes('public') || i.content.sectors.includes('all'))).toBe(
      true,
    );
    const narrowed = filterCases(
      items,
      { ...EMPTY_FILTER, sector: 'public', theme: 'public-sector-rules', channel: 'own-page' },
      'sv',
    );
    expect(narrowed.length).toBeGreaterThan(0);
    expect(
      narrowed.every((i) => i.content.channel === 'own-page' && i.content.themes.includes('public-sector-rules')),
    ).toBe(true);
  });

  it('keeps, when asked, only the cases that bring a theme not yet discussed here', () => {
    const discussed = new Set<Theme>(THEMES.filter((t) => t !== 'threats-and-exposure' && t !== 'good-use'));
    const left = filterCases(items, { ...EMPTY_FILTER, notDiscussed: true }, 'sv', discussed);
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((i) => i.content.themes.some((t) => !discussed.has(t)))).toBe(true);
    expect(keys(left)).toContain('address-in-the-group');
    expect(keys(left)).not.toContain('late-night-rant');
    expect(filterCases(items, { ...EMPTY_FILTER, notDiscussed: true }, 'sv', new Set(THEMES))).toEqual([]);
    expect(filterCases(items, EMPTY_FILTER, 'sv', new Set(THEMES))).toHaveLength(items.length);
  });

  it('gives avatar initials from one or two names', () => {
    expect(initials('Mikaela')).toBe('M');
    expect(initials('Hanna Lokalposten')).toBe('HL');
    expect(initials('åsa ek')).toBe('ÅE');
  });
});
