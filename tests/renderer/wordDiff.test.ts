import { describe, expect, it } from 'vitest';
import { listDiff, wordDiff, type DiffToken } from '../../renderer/src/wordDiff';

/** Reassembles one side of a diff, to check nothing was lost. */
const side = (tokens: DiffToken[], keep: 'add' | 'del') =>
  tokens
    .filter((t) => t.op === 'same' || t.op === keep)
    .map((t) => t.text)
    .join(' ');

describe('the word diff', () => {
  it('marks a replaced word as removed then added, and keeps the rest', () => {
    expect(wordDiff('Vi svarar alltid inom en dag.', 'Vi svarar oftast inom en dag.')).toEqual([
      { op: 'same', text: 'Vi svarar' },
      { op: 'del', text: 'alltid' },
      { op: 'add', text: 'oftast' },
      { op: 'same', text: 'inom en dag.' },
    ]);
  });

  it('handles text added at the end, removed at the start, and empty sides', () => {
    expect(wordDiff('Fråga först.', 'Fråga först. Publicera sedan.')).toEqual([
      { op: 'same', text: 'Fråga först.' },
      { op: 'add', text: 'Publicera sedan.' },
    ]);
    expect(wordDiff('Alltid fråga först', 'fråga först')).toEqual([
      { op: 'del', text: 'Alltid' },
      { op: 'same', text: 'fråga först' },
    ]);
    expect(wordDiff('', 'Ny titel')).toEqual([{ op: 'add', text: 'Ny titel' }]);
    expect(wordDiff('Gammal titel', '')).toEqual([{ op: 'del', text: 'Gammal titel' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('ignores differences in whitespace alone', () => {
    expect(wordDiff('en  två\ntre', ' en två tre ')).toEqual([{ op: 'same', text: 'en två tre' }]);
  });

  it('rebuilds both texts from its tokens', () => {
    const before = 'Vi skriver aldrig om kollegor utan att fråga dem först, inte ens på skämt.';
    const after = 'Vi skriver inte om kollegor eller kunder utan att fråga dem först.';
    const tokens = wordDiff(before, after);
    expect(side(tokens, 'del')).toBe(before);
    expect(side(tokens, 'add')).toBe(after);
  });
});

describe('the list diff', () => {
  it('pairs an edited point with its old wording and shows new and dropped points whole', () => {
    const rows = listDiff(
      ['Ett.', 'Vi svarar inom en dag.', 'Tre.'],
      ['Ett.', 'Vi svarar inom två dagar.', 'Fyra.', 'Fem.'],
    );
    expect(rows.map((r) => r.op)).toEqual(['same', 'changed', 'changed', 'add']);
    expect(rows[1]!.tokens).toEqual([
      { op: 'same', text: 'Vi svarar inom' },
      { op: 'del', text: 'en dag.' },
      { op: 'add', text: 'två dagar.' },
    ]);
    expect(rows[3]!.tokens).toEqual([{ op: 'add', text: 'Fem.' }]);
  });

  it('shows a removed point as removed', () => {
    expect(listDiff(['A.', 'B.', 'C.'], ['A.', 'C.'])).toEqual([
      { op: 'same', tokens: [{ op: 'same', text: 'A.' }] },
      { op: 'del', tokens: [{ op: 'del', text: 'B.' }] },
      { op: 'same', tokens: [{ op: 'same', text: 'C.' }] },
    ]);
  });
});
