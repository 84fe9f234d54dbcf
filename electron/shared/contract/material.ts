import { z } from 'zod';
import { LIMITS } from '../limits';
import { LANGUAGES } from '../types';
import { filePath, id, text } from './method';

// The printed conversation material and the printed guide. Both are papers like
// the minutes: rendered, saved and opened through papers.render, papers.save and
// shell.openPdf, with these requests.

const paper = z.enum(['a4', 'letter']);

export const MATERIAL_EDITIONS = ['group', 'facilitator'] as const;
export type MaterialEdition = (typeof MATERIAL_EDITIONS)[number];

/**
 * Where the cases come from: cases by key (the workbook's copy where it has one,
 * else the library's), a meeting's agenda, or a conversation package.
 */
export const materialSource = z.discriminatedUnion('from', [
  z.strictObject({
    from: z.literal('cases'),
    keys: z.array(text(LIMITS.caseKey).min(1)).min(1).max(LIMITS.agendaItems),
  }),
  z.strictObject({ from: z.literal('meeting'), meetingId: id }),
  z.strictObject({ from: z.literal('package'), path: filePath }),
]);
export type MaterialSource = z.infer<typeof materialSource>;

export const materialRequest = z.strictObject({
  kind: z.literal('material'),
  source: materialSource,
  edition: z.enum(MATERIAL_EDITIONS),
  /** A5 pages imposed two to an A4 side, in printing order, to fold into a booklet */
  booklet: z.boolean(),
  language: z.enum(LANGUAGES),
  paper,
  /** empty or left out: the default title and introduction of the language */
  title: text(LIMITS.title).optional(),
  introduction: text(LIMITS.materialIntro).optional(),
});
export type MaterialRequest = z.infer<typeof materialRequest>;

export const guideRequest = z.strictObject({ kind: z.literal('guide'), language: z.enum(LANGUAGES), paper });
export type GuideRequest = z.infer<typeof guideRequest>;
