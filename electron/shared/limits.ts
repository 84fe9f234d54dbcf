// The longest text each kind of field accepts. The contract enforces these, and
// the renderer shows the same numbers as counters.
export const LIMITS = {
  // Longer than any file system allows (Windows' longest extended path), so a path the disk
  // cannot hold reaches the core and gets its own sentence (PATH_TOO_LONG), not INVALID_INPUT.
  path: 32_767,
  name: 120,
  title: 200,
  place: 200,
  role: 120,
  shortText: 500,
  point: 400,
  notes: 20_000,
  /** a channel plan's longer fields: purpose, audience, moderation, archiving */
  planField: 2_000,
  /** the agreement's introduction */
  intro: 1_000,
  /** the agreement's contact line */
  contact: 240,
  /** the printed conversation material's introduction */
  materialIntro: 2_000,
  /** the instruction that goes with a conversation package */
  instruction: 5_000,
  caseKey: 80,
  backupFile: 300,
  participants: 200,
  agendaItems: 100,
  agreementPoints: 200,
  adjusters: 10,
  /** workbooks collected in one go */
  collectSources: 100,
  /** cases exported in one pack */
  packCases: 500,
  /** groups a carried point cites */
  groups: 200,
  /** minutes, per agenda item and per meeting */
  timeboxMinutes: 240,
  meetingMinutes: 600,
  /** counts in a poll, and the highest agreement version number */
  count: 10_000,
  /** rows asked for at once, e.g. the home screen's latest meetings */
  listPage: 10_000,
} as const;
