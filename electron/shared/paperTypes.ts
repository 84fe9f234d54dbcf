import type { GuideRequest, MaterialRequest } from './contract/material';
import type { AgreementVersion } from './types';

export type Paper = 'a4' | 'letter';
export type MinutesStyle = 'notes' | 'formal';

export type PaperRequest =
  | { kind: 'policy'; version: number | 'draft'; paper: Paper }
  | { kind: 'minutes'; meetingId: number; style: MinutesStyle; paper: Paper }
  | { kind: 'summary'; paper: Paper }
  | { kind: 'plan'; planId: number; paper: Paper }
  | { kind: 'register'; paper: Paper }
  | MaterialRequest
  | GuideRequest;

export interface PdfDocument {
  /** the PDF itself, base64 so it crosses every bridge unchanged */
  base64: string;
  pages: number;
  fileName: string;
  /** characters no font has: they print as empty boxes, so the preview names each and where it stands */
  missingGlyphs: { char: string; codePoint: string; where: string }[];
}

export interface FitReport {
  fits: boolean;
  fontSize: number | null;
  usedPercent: number;
  overChars: number;
  /** ids of the longest points, longest first */
  longestPointIds: number[];
}

export interface AgreementCandidate {
  /** set for a point carried over from the comparison of many groups */
  carried?: { id: number; groups: string[] };
  itemId: number;
  meetingId: number;
  meetingTitle: string;
  meetingDate: string;
  caseId: number;
  caseTitle: string;
  text: string;
}

export interface AgreementState {
  draft: AgreementVersion;
  adopted: AgreementVersion[];
  candidates: AgreementCandidate[];
  /** titles of the cases the draft's points came from */
  caseTitles: Record<number, string>;
}

/**
 * What `verify` found changed in a signed meeting: the signature removed or
 * changed, its fingerprint, the signed record itself, a part of the meeting, one
 * agenda item (`item 3`), or (meetings signed before format 4) the content.
 */
export type VerificationPart =
  | 'signature removed'
  | 'signature'
  | 'fingerprint'
  | 'record'
  | 'meeting'
  | 'participants'
  | 'actions'
  | 'content'
  | `item ${number}`;

export interface Verification {
  meetingId: number;
  title: string;
  date: string;
  matches: boolean;
  /** what changed since signing; empty when it matches */
  changed: VerificationPart[];
}

export interface BackupEntry {
  file: string;
  /** the workbook's file name it was taken from */
  workbook: string;
  orgName: string;
  takenAt: string;
  /** why: before-migration, meeting-closed */
  reason: string;
  size: number;
}
