// What a case may name and how long its texts may be. No zod here: a workbook's stored
// cases are checked against these without loading it (caseSchema.ts builds the schemas).
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
