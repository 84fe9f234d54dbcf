import type { Stance } from './types';

export interface ComparisonGroup {
  /** 'own:<meeting id>' or 'collected:<id>' */
  id: string;
  label: string;
  org: string;
  unit: string;
  date: string;
  /** the meeting's title, which tells apart two groups of one unit on one day */
  title: string;
  own: boolean;
}

export interface ComparisonCell {
  groupId: string;
  stance: Stance | null;
  poll: { agree: number; disagree: number; unsure: number } | null;
  proposedPoint: string;
  consensusNotes: string;
  dissent: string;
}

export interface ComparisonRow {
  caseKey: string;
  title: string;
  /** the case in one sentence, when this workbook holds its text */
  summary?: string;
  /** one per group, in the groups' order; null where the group did not discuss the case */
  cells: (ComparisonCell | null)[];
  /** 0 when every group that took a stance took the same one, towards 1 the more they differ */
  disagreement: number;
}

export interface Comparison {
  groups: ComparisonGroup[];
  rows: ComparisonRow[];
}

export interface CollectedMeetingSummary {
  id: number;
  sourceOrg: string;
  unit: string;
  title: string;
  date: string;
  signed: boolean;
  itemCount: number;
}

export interface CollectResult {
  added: number;
  alreadyCollected: number;
  /** meetings in the sources that were neither closed nor signed */
  skippedOpen: number;
  sources: { path: string; orgName: string; meetings: number }[];
}

export const CHANNEL_STATUSES = ['planned', 'active', 'closed'] as const;
export type ChannelStatus = (typeof CHANNEL_STATUSES)[number];

export interface ChannelPlan {
  id: number;
  name: string;
  platform: string;
  address: string;
  purpose: string;
  audience: string;
  responsible: string;
  answeredBy: string;
  responseTime: string;
  moderation: string;
  archiving: string;
  startDate: string | null;
  reviewDate: string | null;
  status: ChannelStatus;
}

export type ChannelPlanFields = Omit<ChannelPlan, 'id'>;

export interface PackageSummary {
  path: string;
  title: string;
  source: string;
  instruction: string;
  cases: { key: string; title: string; timeboxMinutes: number }[];
}
