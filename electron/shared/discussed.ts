import type { Stance } from './types';

/**
 * Discussed: the group left a trace (a stance, notes, dissent, a poll or time on the
 * clock). Only then is a proposed point the group's own: an untouched item may still
 * hold the library's suggestion, which no one in the room said.
 */
export function discussed(item: {
  stance: Stance | null;
  consensusNotes: string;
  dissent: string;
  poll: { agree: number | null } | null;
  timeSpentSeconds?: number;
}): boolean {
  return (
    item.stance !== null ||
    item.consensusNotes.trim() !== '' ||
    item.dissent.trim() !== '' ||
    (item.poll !== null && item.poll.agree !== null) ||
    (item.timeSpentSeconds ?? 0) > 0
  );
}
