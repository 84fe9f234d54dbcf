import { z } from 'zod';
import { LIMITS } from '../limits';
import { LANGUAGES, type WorkbookInfo } from '../types';
import type { MeetingDetail } from '../meetingTypes';
import type { AgreementState, BackupEntry, FitReport, PdfDocument, Verification } from '../paperTypes';
import { guideRequest, materialRequest } from './material';
import { filePath, id, isoDate, method, none, text } from './method';

const paper = z.enum(['a4', 'letter']);
export const paperRequest = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('policy'),
    version: z.union([z.literal('draft'), z.number().int().min(1).max(LIMITS.count)]),
    paper,
  }),
  z.strictObject({ kind: z.literal('minutes'), meetingId: id, style: z.enum(['notes', 'formal']), paper }),
  z.strictObject({ kind: z.literal('summary'), paper }),
  z.strictObject({ kind: z.literal('plan'), planId: id, paper }),
  z.strictObject({ kind: z.literal('register'), paper }),
  materialRequest,
  guideRequest,
]);

export const papersContract = {
  'agreement.get': method<AgreementState>()(none),
  'agreement.updateDraft': method<AgreementState>()(
    z
      .strictObject({
        title: text(LIMITS.title),
        intro: text(LIMITS.intro),
        contact: text(LIMITS.contact),
        reviewDate: isoDate.nullable(),
      })
      .partial(),
  ),
  'agreement.addPoint': method<AgreementState>()(
    z.strictObject({
      text: text(LIMITS.point).trim().min(1),
      caseId: id.nullable().optional(),
      sourceItemId: id.nullable().optional(),
    }),
  ),
  'agreement.updatePoint': method<AgreementState>()(z.strictObject({ id, text: text(LIMITS.point).trim().min(1) })),
  'agreement.removePoint': method<AgreementState>()(z.strictObject({ id })),
  'agreement.reorderPoints': method<AgreementState>()(z.strictObject({ ids: z.array(id).max(LIMITS.agreementPoints) })),
  'agreement.measure': method<FitReport>()(z.strictObject({ paper })),
  'agreement.adopt': method<AgreementState>()(
    z.strictObject({ meetingId: id.nullable(), adoptedAt: isoDate.optional(), paper }),
  ),

  'meetings.sign': method<MeetingDetail>()(z.strictObject({ id, signedBy: text(LIMITS.name).trim().min(1) })),
  'meetings.addAddendum': method<MeetingDetail>()(z.strictObject({ id, text: text(LIMITS.notes).trim().min(1) })),
  'meetings.verify': method<Verification[]>()(none),

  'papers.render': method<PdfDocument>()(z.strictObject({ request: paperRequest })),
  'papers.save': method<string>()(z.strictObject({ request: paperRequest, path: filePath })),

  'backups.list': method<BackupEntry[]>()(none),
  'backups.restore': method<string>()(z.strictObject({ file: text(LIMITS.backupFile).min(1), path: filePath })),

  'example.create': method<WorkbookInfo>()(z.strictObject({ path: filePath, language: z.enum(LANGUAGES) })),

  'dialog.pickPdfPath': method<string | null>()(z.strictObject({ suggestedName: text(LIMITS.path) })),
  'shell.openPdf': method<null>()(z.strictObject({ request: paperRequest })),
} as const;
