// Written by `npm run generate` from the zod schemas in electron/shared: do not edit.
// tests/core/generated.test.ts fails while this file differs from what they give.
import { CASE_KINDS, CASE_SECTORS, CHANNELS, THEMES } from '../../shared/caseLists';
import type { Shape } from '../db/shapes';

/** A case's text in one language. */
export const CASE_TEXT: Shape = {
  type: 'object',
  shape: {
    title: { type: 'string', trim: true, min: 1, max: 60 },
    post: {
      type: 'optional',
      inner: {
        type: 'object',
        shape: {
          author: { type: 'string', trim: true, min: 1, max: 60 },
          role: { type: 'string', trim: true, min: 1, max: 60 },
          time: { type: 'string', trim: true, min: 1, max: 40 },
          text: { type: 'string', trim: true, min: 1, max: 800 },
          reactions: {
            type: 'optional',
            inner: {
              type: 'object',
              shape: {
                likes: { type: 'optional', inner: { type: 'number', int: true, min: 0, max: 1000000 } },
                comments: { type: 'optional', inner: { type: 'number', int: true, min: 0, max: 1000000 } },
                shares: { type: 'optional', inner: { type: 'number', int: true, min: 0, max: 1000000 } },
              },
              other: 'strict',
            },
          },
          replies: {
            type: 'optional',
            inner: {
              type: 'array',
              element: {
                type: 'object',
                shape: {
                  author: { type: 'string', trim: true, min: 1, max: 60 },
                  text: { type: 'string', trim: true, min: 1, max: 800 },
                },
                other: 'strict',
              },
              max: 2,
            },
          },
        },
        other: 'strict',
      },
    },
    situation: { type: 'optional', inner: { type: 'string', trim: true, min: 1, max: 1200 } },
    questions: { type: 'array', element: { type: 'string', trim: true, min: 1, max: 300 }, min: 3, max: 5 },
    notes: { type: 'array', element: { type: 'string', trim: true, min: 1, max: 1500 }, min: 1, max: 6 },
    suggestedPoint: { type: 'string', trim: true, min: 1, max: 200 },
  },
  other: 'strict',
};

/** A case in a workbook. */
export const CASE_CONTENT: Shape = {
  type: 'object',
  shape: {
    key: { type: 'string', min: 2, max: 80, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    version: { type: 'number', int: true, min: 1, max: 10000 },
    themes: { type: 'array', element: { type: 'enum', values: THEMES }, min: 1, max: 4 },
    sectors: { type: 'array', element: { type: 'enum', values: CASE_SECTORS }, min: 1 },
    channel: { type: 'enum', values: CHANNELS },
    kind: { type: 'enum', values: CASE_KINDS },
    heated: { type: 'optional', inner: { type: 'boolean' } },
    sv: { type: 'optional', inner: CASE_TEXT },
    en: { type: 'optional', inner: CASE_TEXT },
  },
  other: 'strict',
  rules: ['checkKinds', 'hasALanguage'],
};

/** A meeting's own procedure texts. */
export const PROCEDURE: Shape = {
  type: 'object',
  shape: {
    included: { type: 'boolean' },
    opening: { type: 'string', max: 500 },
    adjusters: { type: 'string', max: 500 },
    agenda: { type: 'string', max: 500 },
    closing: { type: 'string', max: 500 },
  },
  other: 'strict',
};
