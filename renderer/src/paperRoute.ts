import type { LocationQuery, RouteLocationRaw } from 'vue-router';
import type { MaterialRequest } from '@shared/contract/material';
import type { Paper, PaperRequest } from '@shared/paperTypes';
import type { Language } from '@shared/types';
import { materialQuery, materialRequestFrom, one } from './materialRequest';

/** A paper as a link names it; the size and the style of the minutes are chosen on the paper screen. */
export type PaperLink =
  | { kind: 'policy'; version: number | 'draft' }
  | { kind: 'minutes'; meetingId: number }
  | { kind: 'plan'; planId: number }
  | { kind: 'summary' | 'register' }
  | { kind: 'guide'; language: Language }
  | { kind: 'material'; source: MaterialRequest['source'] };

/** The address of the paper screen showing `link`; `paperRequestFrom` reads it back. */
export function paperRoute(link: PaperLink): RouteLocationRaw {
  return { name: 'paper', query: paperQuery(link) };
}

function paperQuery(link: PaperLink): Record<string, string> {
  switch (link.kind) {
    case 'policy':
      return { kind: link.kind, version: String(link.version) };
    case 'minutes':
      return { kind: link.kind, meeting: String(link.meetingId) };
    case 'plan':
      return { kind: link.kind, plan: String(link.planId) };
    case 'guide':
      return { kind: link.kind, language: link.language };
    case 'material':
      return materialQuery(link.source);
    default:
      return { kind: link.kind };
  }
}

const positive = (text: string) => (/^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null);

/**
 * The paper an address asks for, with what the address leaves to the screen: the policy's paper as last
 * measured, the workbook's language and the material's rewritten texts. Null when the address makes no sense.
 */
export function paperRequestFrom(
  q: LocationQuery,
  defaults: { policyPaper: Paper; language: Language; materialText: { title: string; introduction: string } },
): PaperRequest | null {
  const kind = one(q.kind);
  const paper: Paper =
    one(q.paper) === 'letter'
      ? 'letter'
      : one(q.paper) === 'a4'
        ? 'a4'
        : kind === 'policy'
          ? defaults.policyPaper
          : 'a4';
  if (kind === 'policy') {
    const version = one(q.version) === 'draft' ? 'draft' : positive(one(q.version));
    return version === null ? null : { kind, version, paper };
  }
  if (kind === 'material') return materialRequestFrom(q, paper, defaults.language, defaults.materialText);
  if (kind === 'guide') return { kind, language: one(q.language) === 'en' ? 'en' : 'sv', paper };
  if (kind === 'summary' || kind === 'register') return { kind, paper };
  if (kind === 'plan') {
    const planId = positive(one(q.plan));
    return planId === null ? null : { kind, planId, paper };
  }
  const meetingId = positive(one(q.meeting));
  if (kind !== 'minutes' || meetingId === null) return null;
  return { kind, meetingId, style: one(q.style) === 'notes' ? 'notes' : 'formal', paper };
}
