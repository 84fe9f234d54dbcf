import { z } from 'zod';
import { LIMITS } from '../limits';
import { procedureSchema } from '../procedureSchema';
import { STANCES, MEETING_STATUSES } from '../types';
import type { AgendaItem, MeetingSummary } from '../types';
import type { MeetingDetail, PresentationState, ProjectorView } from '../meetingTypes';
import { PRESENTATION_COMMANDS } from '../meetingTypes';
import { clockTime, id, isoDate, method, none, text } from './method';

const name = text(LIMITS.name).trim();
const count = z.number().int().min(0).max(LIMITS.count);

const timebox = z.number().int().min(1).max(LIMITS.timeboxMinutes);

/** What the meeting notes of one agenda item hold; the keystroke path may change all of it but the stance. */
const itemText = {
  timeboxMinutes: timebox,
  consensusNotes: text(LIMITS.notes),
  dissent: text(LIMITS.notes),
  proposedPoint: text(LIMITS.point),
};

const meetingFields = {
  title: text(LIMITS.title).trim().min(1),
  date: isoDate,
  startTime: clockTime,
  durationMinutes: z.number().int().min(5).max(LIMITS.meetingMinutes),
  place: text(LIMITS.place),
  purpose: text(LIMITS.shortText),
  facilitator: name,
  noteTaker: name,
  adjusters: z.array(name.min(1)).max(LIMITS.adjusters),
  procedure: procedureSchema(),
};

export const meetingsContract = {
  'meetings.list': method<MeetingSummary[]>()(none),
  'meetings.get': method<MeetingDetail>()(z.strictObject({ id })),
  'meetings.create': method<MeetingDetail>()(
    z.strictObject(meetingFields).partial().required({ title: true, date: true }),
  ),
  'meetings.update': method<MeetingDetail>()(z.strictObject({ id, changes: z.strictObject(meetingFields).partial() })),
  'meetings.setStatus': method<MeetingDetail>()(z.strictObject({ id, status: z.enum(MEETING_STATUSES) })),
  'meetings.delete': method<null>()(z.strictObject({ id })),
  'meetings.addStarterAgenda': method<MeetingDetail>()(z.strictObject({ id })),

  'participants.add': method<MeetingDetail>()(
    z.strictObject({ meetingId: id, name: name.min(1), role: text(LIMITS.role).trim().optional() }),
  ),
  'participants.update': method<MeetingDetail>()(
    z.strictObject({ id, name: name.min(1).optional(), role: text(LIMITS.role).trim().optional() }),
  ),
  'participants.setPresent': method<MeetingDetail>()(z.strictObject({ id, present: z.boolean().nullable() })),
  'participants.remove': method<MeetingDetail>()(z.strictObject({ id })),
  'participants.reorder': method<MeetingDetail>()(
    z.strictObject({ meetingId: id, ids: z.array(id).max(LIMITS.participants) }),
  ),

  'items.add': method<MeetingDetail>()(
    z.strictObject({
      meetingId: id,
      caseId: id,
      timeboxMinutes: timebox.optional(),
    }),
  ),
  'items.update': method<MeetingDetail>()(
    z.strictObject({
      id,
      changes: z.strictObject({ ...itemText, stance: z.enum(STANCES).nullable() }).partial(),
    }),
  ),
  /** the keystroke path: text fields and the time box, answering only the item */
  'items.autosave': method<AgendaItem>()(
    z.strictObject({
      id,
      changes: z.strictObject(itemText).partial(),
    }),
  ),
  'items.setPoll': method<MeetingDetail>()(z.strictObject({ id, agree: count, disagree: count, unsure: count })),
  'items.remove': method<MeetingDetail>()(z.strictObject({ id })),
  'items.reorder': method<MeetingDetail>()(z.strictObject({ meetingId: id, ids: z.array(id).max(LIMITS.agendaItems) })),

  'actions.add': method<MeetingDetail>()(
    z.strictObject({
      meetingId: id,
      itemId: id.nullable().optional(),
      what: text(LIMITS.shortText).trim().min(1),
      who: name.optional(),
      dueDate: isoDate.nullable().optional(),
    }),
  ),
  'actions.update': method<MeetingDetail>()(
    z.strictObject({
      id,
      what: text(LIMITS.shortText).trim().min(1).optional(),
      who: name.optional(),
      dueDate: isoDate.nullable().optional(),
    }),
  ),
  'actions.setDone': method<MeetingDetail>()(z.strictObject({ id, done: z.boolean(), meetingId: id })),
  'actions.remove': method<MeetingDetail>()(z.strictObject({ id })),

  'presentation.get': method<PresentationState>()(none),
  'presentation.command': method<PresentationState>()(
    z.strictObject({
      command: z.enum(PRESENTATION_COMMANDS),
      meetingId: id.optional(),
      itemId: id.optional(),
      value: z.boolean().optional(),
    }),
  ),
  'presentation.projectorView': method<ProjectorView>()(none),
  'projector.open': method<null>()(none),
  'projector.toggleFullscreen': method<null>()(none),
} as const;
