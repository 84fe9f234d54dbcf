import { resolve } from 'node:path';
import type { ChannelPlanFields } from '../../shared/groupTypes';
import { createWorkbook, closeWorkbook } from '../db/workbook';
import { collectMeetings } from '../groups/collect';
import { buildComparison } from '../groups/compare';
import { buildPackage, importPackage, readPackage, summarisePackage, writePackage } from '../groups/packages';
import * as repo from '../repos';
import type { ReadDb } from '../db/handles';
import type { Handlers, ServiceContext } from './context';

type GroupMethod = Extract<
  keyof Handlers,
  `packages.${string}` | `collect.${string}` | `compare.${string}` | `plans.${string}`
>;

// Words that mark an agreement point as being about answering comments, or about moderating them.
// Whole words only (å, ä and ö count as letters): "what" must not read as "hat".
const RESPONSE_WORDS =
  /(?<!\p{L})(svarar|svara|svaret|answers?|answering|respond\w*|repl(y|ies)|timmar?|timme|hours?|dygn|arbetsdag(ar|en)?|working days?|within|inom (en|ett|två|tre|\d))(?!\p{L})/iu;
const MODERATION_WORDS =
  /(?<!\p{L})(moderer\w*|moderat\w*|ta bort|tar bort|remove[sd]?|delete[sd]?|radera\w*|hatisk\w*|hateful|hatkommentar\w*|troll\w*|olaglig\w*|illegal|dölj\w*|hide)(?!\p{L})/iu;

/** Defaults for a new channel plan from the adopted agreement: what it says about answering and moderating. */
export function planDefaultsFromAgreement(db: ReadDb): Partial<ChannelPlanFields> {
  const version = repo.listAdoptedVersions(db).at(-1) ?? repo.peekDraft(db);
  const points = version.points.map((p) => p.text);
  const responseTime = points.filter((p) => RESPONSE_WORDS.test(p)).join('\n');
  const moderation = points.filter((p) => MODERATION_WORDS.test(p)).join('\n');
  return {
    ...(responseTime ? { responseTime } : {}),
    ...(moderation ? { moderation } : {}),
    ...(version.contact ? { responsible: version.contact } : {}),
  };
}

export function groupHandlers(
  ctx: ServiceContext,
  openCreated: (path: string) => ReturnType<Handlers['workbook.open']>,
): Handlers<GroupMethod> {
  const language = (db: ReadDb) => repo.getWorkbookRow(db).language;
  return {
    'packages.export': ({ meetingId, instruction, path }) => {
      const db = ctx.workbook();
      const pack = buildPackage(db, meetingId, instruction);
      writePackage(resolve(path), pack);
      return { path: resolve(path), cases: pack.cases.length };
    },
    'packages.preview': ({ path }) => summarisePackage(path, readPackage(path), language(ctx.workbook())),
    'packages.import': ({ path, date }) => ({ meetingId: importPackage(ctx.writable(), readPackage(path), date) }),
    'packages.createWorkbook': ({ packagePath, workbookPath, date, ...init }) => {
      const pack = readPackage(packagePath);
      const wb = createWorkbook(resolve(workbookPath), init);
      try {
        importPackage(wb.db, pack, date);
      } finally {
        closeWorkbook(wb);
      }
      return openCreated(resolve(workbookPath));
    },

    'collect.fromWorkbooks': ({ paths }) => {
      const db = ctx.writable();
      return collectMeetings(db, ctx.file().path, paths, language(db));
    },
    'collect.list': () => repo.listCollectedMeetings(ctx.workbook()),
    'collect.remove': ({ id }) => {
      repo.removeCollectedMeeting(ctx.writable(), id);
      return null;
    },

    'compare.get': () => {
      const db = ctx.workbook();
      return buildComparison(db, language(db));
    },
    'compare.carryPoint': ({ caseKey, text, groups }) => ({
      id: repo.carryPoint(ctx.writable(), caseKey, text, groups),
    }),

    'plans.list': () => repo.listChannelPlans(ctx.workbook()),
    'plans.due': ({ today }) => repo.plansDueForReview(ctx.workbook(), today),
    'plans.get': ({ id }) => repo.getChannelPlan(ctx.workbook(), id),
    'plans.create': (fields) => {
      const db = ctx.writable();
      return repo.getChannelPlan(db, repo.createChannelPlan(db, fields));
    },
    'plans.createFromAgreement': ({ name }) => {
      const db = ctx.writable();
      return repo.getChannelPlan(db, repo.createChannelPlan(db, { ...planDefaultsFromAgreement(db), name }));
    },
    'plans.update': ({ id, changes }) => {
      const db = ctx.writable();
      repo.updateChannelPlan(db, id, changes);
      return repo.getChannelPlan(db, id);
    },
    'plans.delete': ({ id }) => {
      repo.deleteChannelPlan(ctx.writable(), id);
      return null;
    },
  };
}
