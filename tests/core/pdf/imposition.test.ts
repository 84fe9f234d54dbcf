import { describe, expect, it } from 'vitest';
import { bookletOrder } from '../../../electron/core/pdf/imposition';

describe('the booklet imposition', () => {
  it('puts eight pages on two sheets so that folded they read in order', () => {
    expect(bookletOrder(8)).toEqual([
      { left: 7, right: 0 },
      { left: 1, right: 6 },
      { left: 5, right: 2 },
      { left: 3, right: 4 },
    ]);
  });

  it('pads to a multiple of four with blank halves at the end of the booklet', () => {
    const sides = bookletOrder(6);
    expect(sides).toHaveLength(4);
    expect(sides[0]).toEqual({ left: null, right: 0 });
    expect(sides.flatMap((s) => [s.left, s.right]).filter((p) => p === null)).toHaveLength(2);
  });

  it('prints every page exactly once, and facing halves add up to the last page', () => {
    for (let pages = 1; pages <= 40; pages++) {
      const sides = bookletOrder(pages);
      const total = sides.length * 2;
      expect(total % 4).toBe(0);
      const printed = sides.flatMap((s) => [s.left, s.right]).filter((p): p is number => p !== null);
      expect(printed.sort((a, b) => a - b)).toEqual(Array.from({ length: pages }, (_, i) => i));
      const full = bookletOrder(total);
      full.forEach((s, i) => expect(s.left! + s.right!, `side ${i} of ${total}`).toBe(total - 1));
      const blank = (p: number | null) => (p !== null && p < pages ? p : null);
      expect(sides).toEqual(full.map((s) => ({ left: blank(s.left), right: blank(s.right) })));
    }
  });
});
