/** One side of a printed sheet: the logical pages on its left and right halves, null where blank. */
export interface SheetSide {
  left: number | null;
  right: number | null;
}

/**
 * The printing order of a saddle-stitched booklet: `pages` logical pages, padded
 * to a multiple of four, two to a side, each sheet's front then its back, so
 * that the stack printed double-sided (flipped on the short edge), folded once
 * and stapled reads 1, 2, 3… Page numbers here are 0-based; padding is null.
 */
export function bookletOrder(pages: number): SheetSide[] {
  const total = Math.max(4, Math.ceil(pages / 4) * 4);
  const real = (n: number) => (n < pages ? n : null);
  const sides: SheetSide[] = [];
  for (let sheet = 0; sheet < total / 4; sheet++) {
    const outer = 2 * sheet;
    sides.push({ left: real(total - 1 - outer), right: real(outer) });
    sides.push({ left: real(outer + 1), right: real(total - 2 - outer) });
  }
  return sides;
}
