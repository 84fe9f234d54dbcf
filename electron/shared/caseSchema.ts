import { z } from 'zod';
import { lazy } from './lazy';

// The shape of a case, in the library files, in the workbook and in case packs.
export const THEMES = [
  'private-or-employer-voice',
  'criticism-of-people',
  'loyalty-and-expression',
  'confidentiality',
  'photos-and-personal-data',
  'tone-and-irony',
  'answering-comments',
  'organisation-account',
  'personal-brands',
  'working-hours',
  'public-sector-rules',
  'good-use',
  'ai-and-manipulated-media',
  'threats-and-exposure',
] as const;
export type Theme = (typeof THEMES)[number];

export const CASE_SECTORS = ['all', 'private', 'public', 'association'] as const;
export type CaseSector = (typeof CASE_SECTORS)[number];

export const CHANNELS = [
  'social-post',
  'photo-post',
  'blog',
  'forum',
  'short-message',
  'own-page',
  'chat-group',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CASE_KINDS = ['post', 'situation'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_LIMITS = {
  title: 60,
  postText: 800,
  situation: 1200,
  question: 300,
  note: 1500,
  suggestedPoint: 200,
  name: 60,
} as const;

// what checkKinds reads of a case's text (its full type comes from the schemas below)
type KindParts = { post?: unknown; situation?: unknown };

function checkKinds(
  value: { kind: CaseKind; sv?: KindParts; en?: KindParts; sectors: CaseSector[] },
  ctx: z.RefinementCtx,
) {
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

const hasALanguage = (c: { sv?: unknown; en?: unknown }) => c.sv !== undefined || c.en !== undefined;

/** The schemas of a case, built together on first use. */
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
