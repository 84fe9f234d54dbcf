// The rules of a case that a field's own limits cannot say. They import no zod, so
// the workbook's stored cases are checked by them without loading it
// (electron/core/db/shapes.ts); the case schemas run them as refinements.

/** Where a rule is broken, as zod's refinement context takes it. */
export interface RuleIssues {
  addIssue(issue: { code: 'custom'; path: (string | number)[]; message: string }): void;
}

// what checkKinds reads of a case's text (its full type comes from the schemas)
type KindParts = { post?: unknown; situation?: unknown };

/** A post case has its post and a situation case its situation, in each language it has; "all" sectors stands alone. */
export function checkKinds(
  value: { kind: string; sv?: KindParts; en?: KindParts; sectors: readonly string[] },
  ctx: RuleIssues,
): void {
  for (const lang of ['sv', 'en'] as const) {
    const text = value[lang];
    if (!text) continue;
    if (value.kind === 'post' && !text.post) {
      ctx.addIssue({ code: 'custom', path: [lang, 'post'], message: 'a post case needs the post' });
    }
    if (value.kind === 'situation' && !text.situation) {
      ctx.addIssue({ code: 'custom', path: [lang, 'situation'], message: 'a situation case needs the situation' });
    }
  }
  if (value.sectors.includes('all') && value.sectors.length > 1) {
    ctx.addIssue({ code: 'custom', path: ['sectors'], message: '"all" stands alone' });
  }
}

export const hasALanguage = (c: { sv?: unknown; en?: unknown }): boolean => c.sv !== undefined || c.en !== undefined;
