import type { AgendaItem } from './types';

/** Discussed: the group left a trace (a stance, notes, a poll or time on the clock). */
export function discussed(item: Pick<AgendaItem, 'stance' | 'consensusNotes' | 'poll' | 'timeSpentSeconds'>): boolean {
  return (
    item.stance !== null || item.consensusNotes.trim() !== '' || item.poll.agree !== null || item.timeSpentSeconds > 0
  );
}
