// Texts of the theme coverage on the library screen; Swedish first, English mirrors every key.
export const coverageSv = {
  title: 'Teman på era möten',
  summary: '{discussed} av {total} teman har diskuterats här.',
  plannedSummary:
    'Ett tema till finns på dagordningen för ett kommande möte. | {n} teman till finns på dagordningen för kommande möten.',
  discussedIn: 'diskuterat på {n} möte | diskuterat på {n} möten',
  planned: 'på dagordningen',
  notYet: 'inte än',
  notDiscussedFilter: 'Inte diskuterat här än',
};

export const coverageEn: typeof coverageSv = {
  title: 'Themes in your meetings',
  summary: '{discussed} of {total} themes discussed here.',
  plannedSummary: 'One more is on the agenda of a coming meeting. | {n} more are on the agenda of coming meetings.',
  discussedIn: 'discussed in {n} meeting | discussed in {n} meetings',
  planned: 'on the agenda',
  notYet: 'not yet',
  notDiscussedFilter: 'Not yet discussed here',
};
