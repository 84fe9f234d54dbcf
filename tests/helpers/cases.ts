import type { CaseContent } from '../../electron/shared/caseSchema';

/** A small valid case for repository tests; the real library has its own tests. */
export function sampleCase(key = 'late-night-rant', overrides: Partial<CaseContent> = {}): CaseContent {
  return {
    key,
    version: 1,
    themes: ['criticism-of-people'],
    sectors: ['all'],
    channel: 'social-post',
    kind: 'situation',
    sv: {
      title: 'Sent på kvällen',
      situation: 'En kollega skriver ett argt inlägg om sin chef mitt i natten.',
      questions: ['Hur skulle du reagera?', 'Var går gränsen?', 'Vad vill vi komma överens om?'],
      notes: ['Kritik är tillåten, men inte att hänga ut en person.'],
      suggestedPoint: 'Vi tar kritik mot en person direkt med personen, inte i sociala medier.',
    },
    ...overrides,
  };
}
