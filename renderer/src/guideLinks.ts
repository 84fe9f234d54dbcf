import type { RouteLocationRaw } from 'vue-router';
import { HELP_FOR_SCREEN, type GuideScreen } from '@shared/guide';

/** Where each screen the guide talks about lives; meetings are reached from the workbook home. */
export function screenRoute(screen: GuideScreen): RouteLocationRaw {
  switch (screen) {
    case 'library':
    case 'agreement':
    case 'compare':
    case 'plans':
      return { name: screen };
    default:
      return { name: 'home' };
  }
}

/** The guide, opened at the chapter and section a screen's "?" points to. */
export function helpRoute(screen: GuideScreen): RouteLocationRaw {
  const help = HELP_FOR_SCREEN[screen];
  return { name: 'guide', params: { chapter: help.chapter }, query: help.section ? { section: help.section } : {} };
}
