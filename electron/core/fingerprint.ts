import { createHash } from 'node:crypto';
// The repositories one by one, not their index: signing imports this file.
import { listActions } from './repos/actions';
import { listItems } from './repos/agendaItems';
import { getCase } from './repos/cases';
import { getMeeting } from './repos/meetings';
import { listParticipants } from './repos/participants';
import type { ReadDb } from './db/handles';

/** JSON with keys in a fixed order, so the same content always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * What a signature covers: the meeting as recorded. Whether an action was later
 * done is not part of it (finishing the work is not an edit of the record), nor
 * are addenda, which come after.
 */
export function signedContent(db: ReadDb, meetingId: number) {
  const m = getMeeting(db, meetingId);
  const items = listItems(db, meetingId);
  const positionOf = new Map(items.map((i, index) => [i.id, index + 1]));
  return {
    meeting: {
      title: m.title,
      date: m.date,
      startTime: m.startTime,
      durationMinutes: m.durationMinutes,
      place: m.place,
      purpose: m.purpose,
      facilitator: m.facilitator,
      noteTaker: m.noteTaker,
      adjusters: m.adjusters,
      signedBy: m.signedBy,
      signedAt: m.signedAt,
    },
    participants: listParticipants(db, meetingId).map((p) => ({ name: p.name, role: p.role, present: p.present })),
    items: items.map((i, index) => {
      const c = getCase(db, i.caseId);
      return {
        number: index + 1,
        caseKey: c.key,
        title: { sv: c.sv?.title ?? null, en: c.en?.title ?? null },
        timeboxMinutes: i.timeboxMinutes,
        stance: i.stance,
        consensusNotes: i.consensusNotes,
        dissent: i.dissent,
        poll: i.poll,
        proposedPoint: i.proposedPoint,
        timeSpentSeconds: i.timeSpentSeconds,
      };
    }),
    actions: listActions(db, meetingId).map((a) => ({
      what: a.what,
      who: a.who,
      dueDate: a.dueDate,
      item: a.itemId === null ? null : (positionOf.get(a.itemId) ?? null),
    })),
  };
}

export function meetingFingerprint(db: ReadDb, meetingId: number): string {
  return createHash('sha256')
    .update(canonicalJson(signedContent(db, meetingId)), 'utf8')
    .digest('hex');
}
