import { describe, expect, it } from 'vitest';
import { countLibrary, loadLibrary } from '../../electron/core/library';
import { type CaseText, type LibraryCase } from '../../electron/shared/caseSchema';
import { CASE_LIMITS, THEMES, type Channel } from '../../electron/shared/caseLists';
import { LIBRARY_DIR } from '../helpers/files';

// The standards of the case library's second edition (issue 18, /work/shared/CASES.md).
const cases = loadLibrary(LIBRARY_DIR).cases;
const LANGUAGES = ['sv', 'en'] as const;
const everyText = (c: LibraryCase) => JSON.stringify([c.sv, c.en]);

describe('the case library as a whole', () => {
  const counts = countLibrary(cases);

  it('has at least 30 cases, most of them posts, and at least 10 heated ones', () => {
    expect(counts.cases).toBeGreaterThanOrEqual(30);
    expect(counts.posts).toBeGreaterThanOrEqual(18);
    expect(counts.heated).toBeGreaterThanOrEqual(10);
  });

  it('has at least 6 good-use cases, 5 for the public sector only and 3 for associations', () => {
    expect(counts.goodUse).toBeGreaterThanOrEqual(6);
    expect(counts.publicSectorOnly).toBeGreaterThanOrEqual(5);
    expect(counts.associations).toBeGreaterThanOrEqual(3);
  });

  it('covers every theme with at least two cases', () => {
    for (const theme of THEMES) expect(counts.byTheme[theme], theme).toBeGreaterThanOrEqual(2);
  });

  it('says of every post whether it is heated, and of no situation', () => {
    for (const c of cases) {
      if (c.kind === 'post') expect(typeof c.heated, c.key).toBe('boolean');
      else expect(c.heated, c.key).toBeUndefined();
    }
  });
});

describe('the legal facts in every case', () => {
  const outdated: [string, RegExp][] = [
    ['"saklig grund" (sakliga skäl since the 2022 LAS reform)', /\bsaklig grund\b/i],
    ['the repealed Personal Data Act', /\bPUL\b|personuppgiftslag|Personal Data Act/i],
    ['the repealed AFS 2015:4', /AFS 2015:4/],
    ['"victimisation" for kränkande särbehandling (say "bullying")', /victimi[sz]ation/i],
    [
      'shared passwords (use personal admin roles with two-step verification)',
      /vem (som )?har lösenordet|who (has|holds) the password/i,
    ],
  ];

  it.each(outdated)('never uses %s', (_label, pattern) => {
    const hits = cases.filter((c) => pattern.test(everyText(c))).map((c) => c.key);
    expect(hits).toEqual([]);
  });

  it('gives a concrete response time in every case about an account in the organisation’s name', () => {
    const responseTime = {
      sv: /inom (en|ett|två|tre|\d+) (timme|timmar|dygn|arbetsdag|arbetsdagar|vardag|vardagar|dagar)|samma (dag|morgon|kväll|arbetsdag)/i,
      en: /within (an?|one|two|three|\d+) (hours?|days?|working days?)|the same (day|morning|evening|working day)/i,
    };
    const aboutAnAccount = cases.filter((c) => c.themes.includes('organisation-account') || c.channel === 'own-page');
    expect(aboutAnAccount.length).toBeGreaterThanOrEqual(5);
    for (const c of aboutAnAccount) {
      for (const language of LANGUAGES) {
        const text = [...c[language].notes, c[language].suggestedPoint].join(' ');
        expect(text, `${c.key} ${language}`).toMatch(responseTime[language]);
      }
    }
  });
});

describe('the posts', () => {
  // What each channel shows under a post: a chat message has no shares, a forum post is not shared either.
  const reactionsShown: Record<Channel, ('likes' | 'comments' | 'shares')[]> = {
    'social-post': ['likes', 'comments', 'shares'],
    'photo-post': ['likes', 'comments', 'shares'],
    'own-page': ['likes', 'comments', 'shares'],
    'short-message': ['likes', 'comments', 'shares'],
    blog: ['likes', 'comments'],
    forum: ['likes', 'comments'],
    'chat-group': ['likes'],
  };

  it('show only the reactions their channel has', () => {
    for (const c of cases) {
      for (const language of LANGUAGES) {
        const shown = Object.keys(c[language].post?.reactions ?? {});
        expect(
          shown.filter((r) => !reactionsShown[c.channel].includes(r as 'likes')),
          `${c.key} ${language}`,
        ).toEqual([]);
      }
    }
  });

  it('show the same reactions and number of replies in both languages', () => {
    for (const c of cases.filter((x) => x.kind === 'post')) {
      expect(c.sv.post!.reactions, c.key).toEqual(c.en.post!.reactions);
      expect(c.sv.post!.replies?.length, c.key).toBe(c.en.post!.replies?.length);
    }
  });
});

describe('the questions and the suggested point', () => {
  it('has a suggested point of one sentence of at most 200 characters', () => {
    for (const c of cases) {
      for (const language of LANGUAGES) {
        const point = c[language].suggestedPoint;
        expect(point.length, `${c.key} ${language}`).toBeLessThanOrEqual(CASE_LIMITS.suggestedPoint);
        expect(point, `${c.key} ${language}`).toMatch(/^[^.!?]*[^.!?\s][.!]$/u);
      }
    }
  });

  const opening = (question: string) => question.toLowerCase().split(/\s+/).slice(0, 2).join(' ');
  const mostCommon = (openings: string[]) => {
    const tally = new Map<string, number>();
    for (const o of openings) tally.set(o, (tally.get(o) ?? 0) + 1);
    return [...tally].sort((a, b) => b[1] - a[1])[0]!;
  };

  it.each(LANGUAGES)(
    'opens the questions in varied ways in %s (no opening in more than a quarter of the cases)',
    (language) => {
      for (const which of ['first', 'last'] as const) {
        const openings = cases.map((c) =>
          opening(which === 'first' ? c[language].questions[0]! : c[language].questions.at(-1)!),
        );
        const [phrase, count] = mostCommon(openings);
        expect(count, `${which} question: "${phrase}…"`).toBeLessThanOrEqual(cases.length / 4);
      }
    },
  );

  it('names nobody in the questions or notes whom the post or situation has not introduced', () => {
    const scene = (t: CaseText) =>
      [
        t.situation,
        t.post?.author,
        t.post?.role,
        t.post?.text,
        ...(t.post?.replies ?? []).flatMap((r) => [r.author, r.text]),
      ].join(' ');
    const capitalised = (text: string) => new Set(text.match(/(?<=[\s(“”"–]|^)\p{Lu}\p{Ll}{2,}/gu) ?? []);
    // The people of the library: everyone who writes a post or a reply somewhere.
    const people = new Set(
      cases
        .flatMap((c) =>
          LANGUAGES.flatMap((l) => [c[l].post?.author, ...(c[l].post?.replies ?? []).map((r) => r.author)]),
        )
        .flatMap((name) => (name ? [name.split(' ')[0]!] : [])),
    );
    for (const c of cases) {
      // A proper noun reads the same in both languages: a capitalised word in the Swedish and the English questions.
      const sv = capitalised(c.sv.questions.join(' '));
      const proper = [...capitalised(c.en.questions.join(' '))].filter((w) => sv.has(w));
      for (const language of LANGUAGES) {
        const text = c[language];
        const questions = text.questions.join(' ');
        const named = [...capitalised([...text.questions, ...text.notes].join(' '))].filter((w) => people.has(w));
        for (const name of new Set([...proper, ...named])) {
          const introduced = new RegExp(`${name}, (som|who)\\b`).test(questions);
          expect(scene(text).includes(name) || introduced, `${c.key} ${language}: ${name}`).toBe(true);
        }
      }
    }
  });
});
