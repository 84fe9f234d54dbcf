import { z } from 'zod';
import { LIMITS } from '../limits';
import { CHANNEL_STATUSES } from '../groupTypes';
import type { ChannelPlan, CollectedMeetingSummary, CollectResult, Comparison, PackageSummary } from '../groupTypes';
import { LANGUAGES, SECTORS, type WorkbookInfo } from '../types';
import { filePath, id, isoDate, method, none, text } from './method';

const planFields = z.strictObject({
  name: text(LIMITS.title).trim().min(1),
  platform: text(LIMITS.name),
  address: text(LIMITS.shortText),
  purpose: text(LIMITS.planField),
  audience: text(LIMITS.planField),
  responsible: text(LIMITS.name),
  answeredBy: text(LIMITS.shortText),
  responseTime: text(LIMITS.shortText),
  moderation: text(LIMITS.planField),
  archiving: text(LIMITS.planField),
  startDate: isoDate.nullable(),
  reviewDate: isoDate.nullable(),
  status: z.enum(CHANNEL_STATUSES),
});

export const groupsContract = {
  'packages.export': method<{ path: string; cases: number }>()(
    z.strictObject({ meetingId: id, instruction: text(LIMITS.instruction), path: filePath }),
  ),
  'packages.preview': method<PackageSummary>()(z.strictObject({ path: filePath })),
  'packages.import': method<{ meetingId: number }>()(z.strictObject({ path: filePath, date: isoDate })),
  'packages.createWorkbook': method<WorkbookInfo>()(
    z.strictObject({
      packagePath: filePath,
      workbookPath: filePath,
      orgName: text(LIMITS.name).trim().min(1),
      sector: z.enum(SECTORS),
      language: z.enum(LANGUAGES),
      date: isoDate,
    }),
  ),

  'collect.fromWorkbooks': method<CollectResult>()(
    z.strictObject({ paths: z.array(filePath).min(1).max(LIMITS.collectSources) }),
  ),
  'collect.list': method<CollectedMeetingSummary[]>()(none),
  'collect.remove': method<null>()(z.strictObject({ id })),

  'compare.get': method<Comparison>()(none),
  'compare.carryPoint': method<{ id: number }>()(
    z.strictObject({
      caseKey: text(LIMITS.caseKey).min(1),
      text: text(LIMITS.point).trim().min(1),
      groups: z.array(text(LIMITS.title)).max(LIMITS.groups),
    }),
  ),

  'plans.list': method<ChannelPlan[]>()(none),
  'plans.due': method<ChannelPlan[]>()(z.strictObject({ today: isoDate })),
  'plans.get': method<ChannelPlan>()(z.strictObject({ id })),
  'plans.create': method<ChannelPlan>()(planFields.partial().required({ name: true })),
  'plans.createFromAgreement': method<ChannelPlan>()(z.strictObject({ name: text(LIMITS.title).trim().min(1) })),
  'plans.update': method<ChannelPlan>()(z.strictObject({ id, changes: planFields.partial() })),
  'plans.delete': method<null>()(z.strictObject({ id })),

  'dialog.pickWorkbooks': method<string[]>()(none),
  'dialog.pickPackage': method<string | null>()(none),
  'dialog.pickPackageSavePath': method<string | null>()(z.strictObject({ suggestedName: text(LIMITS.name) })),
} as const;
