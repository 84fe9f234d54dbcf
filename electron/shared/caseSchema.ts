import { z } from 'zod';
import { CASE_KINDS, CASE_LIMITS, CASE_SECTORS, CHANNELS, THEMES } from './caseLists';
import { checkKinds, hasALanguage } from './caseRules';
import { lazy } from './lazy';

/** The schemas of a case (in the library files, in a workbook, in case packs), built together on first use. */
export const caseSchemas = lazy(() => {
  const line = (max: number) => z.string().trim().min(1).max(max);
  const reply = z.strictObject({ author: line(CASE_LIMITS.name), text: line(CASE_LIMITS.postText) });
  const post = z.strictObject({
    author: line(CASE_LIMITS.name),
    role: line(CASE_LIMITS.name),
    time: line(40),
    text: line(CASE_LIMITS.postText),
    reactions: z
      .strictObject({
        likes: z.number().int().min(0).max(1_000_000).optional(),
        comments: z.number().int().min(0).max(1_000_000).optional(),
        shares: z.number().int().min(0).max(1_000_000).optional(),
      })
      .optional(),
    replies: z.array(reply).max(2).optional(),
  });
  const caseText = z.strictObject({
    title: line(CASE_LIMITS.title),
    post: post.optional(),
    situation: line(CASE_LIMITS.situation).optional(),
    questions: z.array(line(CASE_LIMITS.question)).min(3).max(5),
    notes: z.array(line(CASE_LIMITS.note)).min(1).max(6),
    suggestedPoint: line(CASE_LIMITS.suggestedPoint),
  });
  const identity = {
    key: z
      .string()
      .min(2)
      .max(80)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by dashes'),
    version: z.number().int().min(1).max(10_000),
  };
  const draftBase = {
    themes: z.array(z.enum(THEMES)).min(1).max(4),
    sectors: z.array(z.enum(CASE_SECTORS)).min(1),
    channel: z.enum(CHANNELS),
    kind: z.enum(CASE_KINDS),
    heated: z.boolean().optional(),
  };
  const oneOrBothLanguages = { sv: caseText.optional(), en: caseText.optional() };
  return {
    post,
    caseText,
    /** A built-in library case: complete in both languages. */
    libraryCase: z.strictObject({ ...identity, ...draftBase, sv: caseText, en: caseText }).superRefine(checkKinds),
    /** A workbook or pack case: at least one language. */
    workbookCaseContent: z
      .strictObject({ ...identity, ...draftBase, ...oneOrBothLanguages })
      .superRefine(checkKinds)
      .refine(hasALanguage, { message: 'needs at least one language', path: ['sv'] }),
    /** What the editor sends: a case without its key and version, which the workbook assigns. */
    caseDraft: z
      .strictObject({ ...draftBase, ...oneOrBothLanguages })
      .superRefine(checkKinds)
      .refine(hasALanguage, { message: 'needs at least one language', path: ['sv'] }),
  };
});
type CaseSchemas = ReturnType<typeof caseSchemas>;
export type Post = z.infer<CaseSchemas['post']>;
export type CaseText = z.infer<CaseSchemas['caseText']>;
export type LibraryCase = z.infer<CaseSchemas['libraryCase']>;
export type CaseContent = z.infer<CaseSchemas['workbookCaseContent']>;
export type CaseDraft = z.infer<CaseSchemas['caseDraft']>;

/** The case in the wanted language, or in the one it has (a workbook case may have only one). */
export function caseTextIn<T = CaseText>(content: { sv?: T; en?: T }, language: string): T {
  return ((language === 'en' ? content.en : content.sv) ?? content.sv ?? content.en)!;
}

/** The case in one line: the first sentence of its post or situation. */
export function caseSummary(text: { post?: { text: string }; situation?: string } | undefined): string {
  const source = (text?.post?.text ?? text?.situation ?? '').replace(/\s+/g, ' ').trim();
  const sentence = source.match(/^.+?[.!?](\s|$)/)?.[0]?.trim() ?? source;
  return sentence.length > 160 ? `${sentence.slice(0, 157).trimEnd()}…` : sentence;
}
