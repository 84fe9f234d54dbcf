import type { CaseText } from '../../shared/caseSchema';
import type { MeetingDetail } from '../../shared/meetingTypes';
import { STANDARD_PROCEDURE, type Language } from '../../shared/types';
import { EXAMPLE_MEETING } from '../example';
import { EXAMPLE_TEXT } from '../exampleText';
import { withYoungGenerationCap } from '../heap';
import { documentsMade, fontPractice } from './document';
import { renderMinutes, type MinutesInput } from './minutes';
import { renderPolicy, type PolicyContent } from './policy';

export interface PracticeCase {
  key: string;
  sv?: CaseText;
  en?: CaseText;
}

/** What to practise on: the cases minutes will likely print, and the language to practise first. */
export interface PracticeMaterial {
  cases: PracticeCase[];
  language: Language;
}

/** The most cases practised: enough for the library; a workbook's further cases are left to their first PDF. */
const MAX_CASES = 40;
/**
 * How far the practice lets the engine's young generation grow (see heap.ts): the peak
 * memory stays about 40 MB lower, for a first real PDF about 5 ms slower than without a cap.
 */
export const PRACTICE_YOUNG_GENERATION = 16 * 1024 * 1024;
/** Cases per practice document, each one turn of the event loop: small at first, as code run for the first time is slow. */
const FIRST_STEPS = [0, 0, 1, 1, 2];
const CASES_PER_STEP = 4;

function* inSteps<T>(list: readonly T[]): Generator<T[]> {
  let from = 0;
  for (const n of FIRST_STEPS) {
    if (n > 0 && from >= list.length) return;
    yield list.slice(from, (from += n));
  }
  while (from < list.length) yield list.slice(from, (from += CASES_PER_STEP));
}

/** Minutes as the example workbook's meeting would print them, with these cases on the agenda. */
function practiceMinutes(language: Language, cases: PracticeCase[], formal: boolean): MinutesInput {
  const text = EXAMPLE_TEXT[language];
  const detail: MeetingDetail = {
    meeting: {
      ...text.meeting,
      id: 0,
      date: '2026-09-17',
      startTime: '15:30',
      durationMinutes: 60,
      procedure: STANDARD_PROCEDURE,
      status: 'closed',
      currentItemId: null,
      closedAt: null,
      signedAt: null,
      signedBy: null,
      fingerprint: null,
    },
    participants: text.participants.map(([name, role], i) => ({
      id: i,
      meetingId: 0,
      position: i,
      name,
      role,
      present: EXAMPLE_MEETING.present[i]!,
    })),
    items: cases.map((c, i) => {
      const item = text.items[i % text.items.length]!;
      const { stance, poll } = EXAMPLE_MEETING.items[i % text.items.length]!;
      const [agree, disagree, unsure] = poll;
      return {
        id: i,
        meetingId: 0,
        caseId: i,
        position: i,
        timeboxMinutes: 10,
        stance,
        // a discussion's notes run long, and some paragraphs carry over to the next page
        consensusNotes: text.items.map((other) => other.notes).join(' '),
        dissent: item.dissent,
        poll: { agree, disagree, unsure },
        proposedPoint: item.point,
        timeSpentSeconds: 0,
        caseKey: c.key,
        caseText: { [language]: c[language] },
      };
    }),
    actions: text.actions.map(([what, who], i) => ({
      id: i,
      meetingId: 0,
      itemId: null,
      what,
      who,
      dueDate: EXAMPLE_MEETING.actionsDue[i]!,
      doneAt: null,
    })),
    carriedActions: [],
    addenda: [],
  };
  return {
    orgName: text.orgName,
    language,
    style: formal ? 'formal' : 'notes',
    paper: 'a4',
    detail,
    addenda: [],
    adoptedAgreement: null,
    protocolNumber: 1,
  };
}

function practicePolicy(language: Language): PolicyContent {
  const text = EXAMPLE_TEXT[language];
  return {
    orgName: text.orgName,
    ...text.agreement,
    points: text.items.map((item) => item.point),
    version: 1,
    adoptedAt: '2026-09-17',
    reviewDate: '2027-09-01',
    language,
  };
}

/** The practice, one piece of work after each `yield`. */
async function* lessons(fontsDir: string, material: () => PracticeMaterial) {
  for (const font of fontPractice(fontsDir)) {
    yield;
    await font();
  }
  yield;
  const { cases, language } = material();
  const own = cases.filter((c) => c[language]).slice(0, MAX_CASES);
  // The cases twice: the second round shapes no new words, but the engine needs about that
  // much work to finish optimising the layout code. The other language only with its labels:
  // its cases would cost memory for what few print.
  const other = language === 'sv' ? 'en' : 'sv';
  for (const [inLanguage, some] of [
    [language, own],
    [language, own],
    [other, []],
  ] as const) {
    let step = 0;
    for (const part of inSteps(some)) {
      yield;
      // notes and formal minutes in turn, notes first: they are the shorter
      await renderMinutes(practiceMinutes(inLanguage, part, step++ % 2 === 1), fontsDir);
    }
  }
  yield;
  await renderPolicy(practicePolicy(language), 'a4', fontsDir);
}

/**
 * Practice after start-up: parses the fonts, then prints minutes of the workbook's cases
 * and the example's policy in its language, one small document per turn of the event
 * loop, and throws them away. The JavaScript engine has then optimised the layout,
 * shaping and compression code, and the cases' titles and summaries are in the shared
 * word caches, so the first real PDF costs about what the next ones do. Nothing is
 * written anywhere. A real PDF started meanwhile ends the practice: it warms what it
 * needs itself. The practice caps the engine's young generation (see heap.ts).
 */
export function practisePapers(fontsDir: string, material: () => PracticeMaterial): Promise<void> {
  return withYoungGenerationCap(PRACTICE_YOUNG_GENERATION, async (step) => {
    const practice = lessons(fontsDir, material);
    let made = documentsMade();
    for (;;) {
      await new Promise<void>((done) => setImmediate(done));
      step();
      if (documentsMade() !== made) return void (await practice.return());
      if ((await practice.next()).done) return;
      made = documentsMade();
    }
  });
}
