// Texts of the theme coverage on the library screen; Swedish first, English mirrors every key.
export const sv = {
  title: 'Teman på era möten',
  summary: '{discussed} av {total} teman har diskuterats här. Välj ett tema för att se fallen.',
  discussed: 'Diskuterade',
  planned: 'På dagordningen',
  open: 'Inte diskuterade än',
  meetings: '{n} möte | {n} möten',
  notDiscussedFilter: 'Inte diskuterat här än',
};

export const en: typeof sv = {
  title: 'Themes in your meetings',
  summary: '{discussed} of {total} themes discussed here. Pick a theme to see its cases.',
  discussed: 'Discussed',
  planned: 'On the agenda',
  open: 'Not discussed yet',
  meetings: '{n} meeting | {n} meetings',
  notDiscussedFilter: 'Not yet discussed here',
};
