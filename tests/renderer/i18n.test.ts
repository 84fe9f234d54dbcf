import { describe, expect, it } from 'vitest';
import { sv as svMain } from '../../renderer/src/i18n/sv';
import { en as enMain } from '../../renderer/src/i18n/en';
import { caseEditorEn, caseEditorSv } from '../../renderer/src/i18n/caseEditor';
import { papersEn, papersSv } from '../../renderer/src/i18n/papers';
import { planEn, planSv } from '../../renderer/src/i18n/plan';
import { projectorEn, projectorSv } from '../../renderer/src/i18n/projector';
import { runEn, runSv } from '../../renderer/src/i18n/run';
import { backupsEn, backupsSv } from '../../renderer/src/i18n/backups';
import { groupsEn, groupsSv } from '../../renderer/src/i18n/groups';
import { plansEn, plansSv } from '../../renderer/src/i18n/plans';
import { ERROR_CODES } from '../../electron/shared/errors';
import { errorSentences } from '../../electron/shared/messages';

const sv = {
  ...svMain,
  caseEditor: caseEditorSv,
  plan: planSv,
  papers: papersSv,
  projector: projectorSv,
  run: runSv,
  backups: backupsSv,
  groups: groupsSv,
  plans: plansSv,
};
const en = {
  ...enMain,
  caseEditor: caseEditorEn,
  plan: planEn,
  papers: papersEn,
  projector: projectorEn,
  run: runEn,
  backups: backupsEn,
  groups: groupsEn,
  plans: plansEn,
};

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the interface texts', () => {
  it('exist in English for every Swedish key, with the same placeholders', () => {
    const svLeaves = leaves(sv);
    const enMap = new Map(leaves(en));
    expect([...enMap.keys()].sort()).toEqual(svLeaves.map(([k]) => k).sort());
    for (const [key, text] of svLeaves) {
      expect(enMap.get(key), key).not.toBe('');
      expect(placeholders(enMap.get(key)!), key).toEqual(placeholders(text));
    }
  });

  it('have a sentence for every error code in both languages that says what to do', () => {
    for (const language of ['sv', 'en'] as const) {
      for (const code of ERROR_CODES) {
        const sentence = errorSentences[language][code];
        expect(sentence, `${language} ${code}`).toMatch(/[.:]\s?(\{\w+\})?$/);
        expect(sentence.split(/[.!?]\s/).length, `${language} ${code}`).toBeGreaterThanOrEqual(1);
        expect(sentence).not.toMatch(/[|@]/);
      }
    }
  });
});
