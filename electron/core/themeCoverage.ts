import { THEMES, type Theme } from '../shared/caseLists';
import type { ThemeCoverage } from '../shared/caseTypes';
import { discussed } from '../shared/discussed';
import type { AgendaItem } from '../shared/types';

type Item = AgendaItem & { themes: Theme[]; meetingClosed: boolean };

/**
 * Which themes this workbook's meetings have discussed, and which are on an agenda still to come:
 * a facilitator planning a series of meetings sees what is left. An item left undiscussed in a closed
 * meeting counts as neither.
 */
export function themeCoverage(items: Item[]): ThemeCoverage[] {
  return THEMES.map((theme) => {
    const withTheme = items.filter((i) => i.themes.includes(theme));
    const meetings = (keep: (i: Item) => boolean) => new Set(withTheme.filter(keep).map((i) => i.meetingId)).size;
    return {
      theme,
      discussedIn: meetings((i) => discussed(i)),
      plannedIn: meetings((i) => !discussed(i) && !i.meetingClosed),
    };
  });
}
