import { describe, expect, it } from 'vitest';
import type { LocationQuery } from 'vue-router';
import { paperRequestFrom, paperRoute, type PaperLink } from '../../renderer/src/paperRoute';

const defaults = { policyPaper: 'letter', language: 'en', materialText: { title: '', introduction: '' } } as const;
const queryOf = (link: PaperLink) => (paperRoute(link) as { query: LocationQuery }).query;
const read = (query: LocationQuery) => paperRequestFrom(query, defaults);

describe('the address of the paper screen', () => {
  it('reads back every paper a link names, with what the screen decides left to the screen', () => {
    expect(read(queryOf({ kind: 'minutes', meetingId: 7 }))).toEqual({
      kind: 'minutes',
      meetingId: 7,
      style: 'formal',
      paper: 'a4',
    });
    expect(read(queryOf({ kind: 'policy', version: 'draft' }))).toEqual({
      kind: 'policy',
      version: 'draft',
      paper: 'letter',
    });
    expect(read(queryOf({ kind: 'policy', version: 3 }))).toEqual({ kind: 'policy', version: 3, paper: 'letter' });
    expect(read(queryOf({ kind: 'plan', planId: 4 }))).toEqual({ kind: 'plan', planId: 4, paper: 'a4' });
    expect(read(queryOf({ kind: 'register' }))).toEqual({ kind: 'register', paper: 'a4' });
    expect(read(queryOf({ kind: 'summary' }))).toEqual({ kind: 'summary', paper: 'a4' });
    expect(read(queryOf({ kind: 'guide', language: 'en' }))).toEqual({ kind: 'guide', language: 'en', paper: 'a4' });
    expect(read(queryOf({ kind: 'material', source: { from: 'meeting', meetingId: 2 } }))).toMatchObject({
      kind: 'material',
      source: { from: 'meeting', meetingId: 2 },
      language: 'en',
    });
  });

  it('keeps the paper and the style the user chose on the screen', () => {
    const chosen = { ...queryOf({ kind: 'minutes', meetingId: 7 }), paper: 'letter', style: 'notes' };
    expect(read(chosen)).toEqual({ kind: 'minutes', meetingId: 7, style: 'notes', paper: 'letter' });
  });

  it('makes nothing of an address that names no paper it can show', () => {
    expect(read({ kind: 'minutes' })).toBeNull();
    expect(read({ kind: 'minutes', meeting: '0' })).toBeNull();
    expect(read({ kind: 'policy', version: 'latest' })).toBeNull();
    expect(read({ kind: 'plan', plan: '-1' })).toBeNull();
    expect(read({ kind: 'poster' })).toBeNull();
  });
});
