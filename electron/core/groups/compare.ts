import { discussed } from '../../shared/discussed';
import { caseSummary, caseTextIn } from '../../shared/caseSchema';
import type { Comparison, ComparisonCell, ComparisonGroup, ComparisonRow } from '../../shared/groupTypes';
import * as repo from '../repos';
import type { ReadDb } from '../db/handles';

function poll(p: { agree: number | null; disagree: number | null; unsure: number | null }) {
  return p.agree === null && p.disagree === null && p.unsure === null
    ? null
    : { agree: p.agree ?? 0, disagree: p.disagree ?? 0, unsure: p.unsure ?? 0 };
}

/** 0 when all stances agree; grows as they split. Polls break ties: a close vote is a split too. */
export function disagreement(cells: (ComparisonCell | null)[]): number {
  const present = cells.filter((c): c is ComparisonCell => c !== null);
  const stances = present.map((c) => c.stance).filter((s) => s !== null);
  const counts = new Map<string, number>();
  for (const s of stances) counts.set(s, (counts.get(s) ?? 0) + 1);
  const stanceSplit = stances.length ? 1 - Math.max(...counts.values()) / stances.length : 0;
  const polls = present.map((c) => c.poll).filter((p) => p !== null && p.agree + p.disagree + p.unsure > 0);
  const pollSplit = polls.length
    ? polls.reduce((sum, p) => sum + Math.min(p!.agree, p!.disagree) / (p!.agree + p!.disagree + p!.unsure), 0) /
      polls.length
    : 0;
  return Math.round((stanceSplit * 0.8 + pollSplit * 0.2) * 1000) / 1000;
}

/**
 * One row per case, one column per group: this workbook's closed meetings and the
 * collected ones. Cases are matched by key, so a local edit of a case still lines up.
 */
export function buildComparison(db: ReadDb, language: 'sv' | 'en'): Comparison {
  const orgName = repo.getWorkbookRow(db).orgName;
  // Oldest first, so the groups read left to right in the order they met.
  const byDate = <T extends { date: string; id: number }>(a: T, b: T) => a.date.localeCompare(b.date) || a.id - b.id;
  const own = repo
    .listMeetings(db)
    .filter((m) => m.status === 'closed' || m.signed)
    .sort(byDate);
  const collected = repo.listCollectedMeetings(db).sort(byDate);
  const groups: ComparisonGroup[] = [
    ...own.map((m) => ({
      id: `own:${m.id}`,
      label: `${orgName} · ${m.date}`,
      org: orgName,
      unit: orgName,
      date: m.date,
      title: m.title,
      own: true,
    })),
    ...collected.map((m) => ({
      id: `collected:${m.id}`,
      label: `${m.unit} · ${m.date}`,
      org: m.sourceOrg,
      unit: m.unit,
      date: m.date,
      title: m.title,
      own: false,
    })),
  ];
  const titles = new Map<string, string>();
  const cells = new Map<string, Map<string, ComparisonCell>>();
  const put = (key: string, title: string, cell: ComparisonCell) => {
    if (!titles.has(key)) titles.set(key, title);
    if (!cells.has(key)) cells.set(key, new Map());
    cells.get(key)!.set(cell.groupId, cell);
  };
  for (const m of own) {
    for (const item of repo.listItems(db, m.id)) {
      if (!discussed(item)) continue;
      const c = repo.getCase(db, item.caseId);
      put(c.key, caseTextIn(c, language).title, {
        groupId: `own:${m.id}`,
        stance: item.stance,
        poll: poll(item.poll),
        proposedPoint: item.proposedPoint,
        consensusNotes: item.consensusNotes,
        dissent: item.dissent,
      });
    }
  }
  for (const item of repo.listCollectedItems(db)) {
    if (!discussed(item)) continue;
    const local = repo.findCaseByKey(db, item.caseKey);
    const title = local ? caseTextIn(local, language).title : item.caseTitle;
    put(item.caseKey, title, {
      groupId: `collected:${item.collectedMeetingId}`,
      stance: item.stance,
      poll: poll(item.poll),
      proposedPoint: item.proposedPoint,
      consensusNotes: item.consensusNotes,
      dissent: item.dissent,
    });
  }
  const rows: ComparisonRow[] = [...cells.entries()].map(([caseKey, byGroup]) => {
    const row = groups.map((g) => byGroup.get(g.id) ?? null);
    const local = repo.findCaseByKey(db, caseKey);
    const summary = local ? caseSummary(caseTextIn(local, language)) : undefined;
    return {
      caseKey,
      title: titles.get(caseKey)!,
      ...(summary ? { summary } : {}),
      cells: row,
      disagreement: disagreement(row),
    };
  });
  rows.sort((a, b) => b.disagreement - a.disagreement || a.title.localeCompare(b.title, language));
  return { groups, rows };
}
