import type { ItemWithCase } from '@shared/meetingTypes';

/** Discussed: the group left a trace (a stance, notes, a poll or time on the clock). */
export function discussed(item: ItemWithCase): boolean {
  return (
    item.stance !== null || item.consensusNotes.trim() !== '' || item.poll.agree !== null || item.timeSpentSeconds > 0
  );
}
