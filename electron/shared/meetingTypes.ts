import type { CaseText } from './caseSchema';
import type { Action, AgendaItem, Meeting, Participant, Stance } from './types';

/** An agenda item with what the screens need of its case. */
export interface ItemWithCase extends AgendaItem {
  caseKey: string;
  /** the case in the workbook's languages; the facilitator sees the notes, the projector never */
  caseText: { sv?: CaseText; en?: CaseText };
}

export interface MeetingDetail {
  meeting: Meeting;
  participants: Participant[];
  items: ItemWithCase[];
  actions: Action[];
  /** open actions from earlier meetings, shown until they are done */
  carriedActions: (Action & { meetingTitle: string })[];
  /** dated additions to signed minutes */
  addenda: { id: number; text: string; createdAt: string }[];
}

export interface TimerState {
  itemId: number | null;
  running: boolean;
  /** seconds counted before the current run */
  baseSeconds: number;
  /** epoch ms when the current run started, null when paused */
  startedAt: number | null;
}

/** Owned by main; both windows follow it. */
export interface PresentationState {
  meetingId: number | null;
  itemId: number | null;
  blank: boolean;
  showConsensus: boolean;
  /** the projector shows its test screen instead of the meeting; nothing of it is stored */
  roomCheck: boolean;
  /** the projector shows the poll and the revealed conclusion alone, in large type */
  showResults: boolean;
  /** dark text on white, heavier lines: for bright rooms; stays across meetings */
  highContrast: boolean;
  timer: TimerState;
}

/** The case as the room may see it: no facilitator notes, by construction. */
export interface ProjectedCase {
  title: string;
  post?: CaseText['post'];
  situation?: string;
  questions: string[];
}

export interface ProjectorView {
  state: PresentationState;
  language: 'sv' | 'en';
  meetingTitle: string;
  position: { index: number; count: number } | null;
  case: ProjectedCase | null;
  timeboxMinutes: number | null;
  poll: { agree: number; disagree: number; unsure: number } | null;
  stance: Stance | null;
  /** only while the facilitator shows it */
  consensusNotes: string | null;
}

export const PRESENTATION_COMMANDS = [
  'next',
  'previous',
  'goto',
  'toggle-blank',
  'toggle-timer',
  'show-consensus',
  'show-results',
  'high-contrast',
  'stop',
  'room-check',
] as const;
export type PresentationCommand = (typeof PRESENTATION_COMMANDS)[number];
