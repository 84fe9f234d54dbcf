import type { Language } from '../types';
import { GUIDE_EN } from './en';
import { GUIDE_SV } from './sv';

// The facilitator's guide ("Handledning"), one home for the app's guide screen
// and the printed guide. Chapter and section ids are stable: screens link to them.

export const GUIDE_CHAPTERS = ['before', 'during', 'after', 'paths', 'public-sector'] as const;
export type GuideChapterId = (typeof GUIDE_CHAPTERS)[number];

/** The screens the guide talks about; the renderer knows where each one is. */
export const GUIDE_SCREENS = ['library', 'plan', 'run', 'projector', 'agreement', 'compare', 'plans', 'home'] as const;
export type GuideScreen = (typeof GUIDE_SCREENS)[number];

export interface GuideSection {
  id: string;
  title: string;
  paragraphs: string[];
  /** things to consider, printed as a short list */
  consider?: string[];
  /** the screen this section is about */
  screen?: GuideScreen;
}

export interface GuideChapter {
  id: GuideChapterId;
  title: string;
  lead: string;
  sections: GuideSection[];
}

export interface Guide {
  title: string;
  intro: string;
  /** the heading of a section's list of things to consider */
  considerLabel: string;
  chapters: GuideChapter[];
}

export function guideIn(language: Language): Guide {
  return language === 'en' ? GUIDE_EN : GUIDE_SV;
}

/** The chapter each main screen's "?" opens. */
export const HELP_FOR_SCREEN: Record<GuideScreen, { chapter: GuideChapterId; section?: string }> = {
  home: { chapter: 'paths' },
  library: { chapter: 'before', section: 'choosing' },
  plan: { chapter: 'before', section: 'who' },
  run: { chapter: 'during' },
  projector: { chapter: 'before', section: 'room' },
  agreement: { chapter: 'after', section: 'agreement' },
  compare: { chapter: 'paths', section: 'material' },
  plans: { chapter: 'paths', section: 'accounts' },
};
