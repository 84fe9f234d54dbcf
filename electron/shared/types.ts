import type { ChannelPlan } from './groupTypes';
// Plain data types shared by core, main and renderer.
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const SECTORS = ['private', 'public', 'association'] as const;
export type Sector = (typeof SECTORS)[number];

export const MEETING_STATUSES = ['planned', 'running', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const STANCES = ['acceptable', 'not_acceptable', 'depends', 'no_consensus'] as const;
export type Stance = (typeof STANCES)[number];

export interface WorkbookInfo {
  path: string;
  orgName: string;
  sector: Sector;
  language: Language;
  formatVersion: number;
  readOnly: boolean;
  /** why the workbook is read-only: chosen by the user, locked by someone else, or the medium */
  readOnlyReason: 'chosen' | 'locked' | 'media' | null;
  createdAt: string;
}

export interface MeetingSummary {
  id: number;
  title: string;
  date: string;
  startTime: string;
  status: MeetingStatus;
  itemCount: number;
  participantCount: number;
  signed: boolean;
}

export interface WorkbookHome {
  workbook: WorkbookInfo;
  /** the latest meetings, as many as asked for */
  meetings: MeetingSummary[];
  /** all meetings in the workbook */
  meetingCount: number;
  plans: { count: number; dueForReview: ChannelPlan[] };
  collectedCount: number;
  caseCount: number;
  openActionCount: number;
  agreement: {
    adoptedVersion: number | null;
    adoptedAt: string | null;
    draftPoints: number;
    /** the draft differs from the latest adopted version (or, before any, has points) */
    draftChanged: boolean;
  };
}

export interface RecentEntry {
  path: string;
  orgName: string;
  openedAt: string;
  exists: boolean;
}

export interface LockInfo {
  user: string;
  host: string;
  pid: number;
  since: string;
}

/** The procedural §§ of formal minutes; an empty text prints the standard sentence. */
export interface Procedure {
  included: boolean;
  opening: string;
  adjusters: string;
  agenda: string;
  closing: string;
}

export const STANDARD_PROCEDURE: Procedure = { included: true, opening: '', adjusters: '', agenda: '', closing: '' };

/** Included with every standard sentence: what a meeting has unless someone changed it. */
export function isStandardProcedure(p: Procedure): boolean {
  return p.included && !p.opening && !p.adjusters && !p.agenda && !p.closing;
}

export interface Meeting {
  id: number;
  title: string;
  date: string;
  startTime: string;
  durationMinutes: number;
  place: string;
  purpose: string;
  facilitator: string;
  noteTaker: string;
  adjusters: string[];
  procedure: Procedure;
  status: MeetingStatus;
  currentItemId: number | null;
  closedAt: string | null;
  signedAt: string | null;
  signedBy: string | null;
  fingerprint: string | null;
}

export interface Participant {
  id: number;
  meetingId: number;
  position: number;
  name: string;
  role: string;
  present: boolean | null;
}

export interface AgendaItem {
  id: number;
  meetingId: number;
  caseId: number;
  position: number;
  timeboxMinutes: number;
  stance: Stance | null;
  consensusNotes: string;
  dissent: string;
  poll: { agree: number | null; disagree: number | null; unsure: number | null };
  proposedPoint: string;
  timeSpentSeconds: number;
}

export interface Action {
  id: number;
  meetingId: number;
  itemId: number | null;
  what: string;
  who: string;
  dueDate: string | null;
  doneAt: string | null;
}

export interface AgreementPoint {
  id: number;
  position: number;
  text: string;
  caseId: number | null;
  sourceItemId: number | null;
}

export interface AgreementVersion {
  id: number;
  number: number | null;
  status: 'draft' | 'adopted';
  title: string;
  intro: string;
  contact: string;
  reviewDate: string | null;
  adoptedAt: string | null;
  meetingId: number | null;
  points: AgreementPoint[];
}
