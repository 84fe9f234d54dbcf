// Texts of the projector window; Swedish first, English mirrors every key.
// The room reads them from a distance, so they stay short.
export const sv = {
  waiting: 'Väntar på samtalsledaren',
  position: 'Fall {index} av {count}',
  timebox: '/ {minutes} min',
  overTime: 'Över tiden',
  timer: 'Tid',
  stance: 'Gruppens syn',
  poll: 'Handuppräckning',
  consensus: 'Det vi är överens om',
  consensusEmpty: 'Samtalsledaren skriver…',
  results: 'Resultat',
  noResults: 'Ingen handuppräckning än',
};

export const en: typeof sv = {
  waiting: 'Waiting for the facilitator',
  position: 'Case {index} of {count}',
  timebox: '/ {minutes} min',
  overTime: 'Over time',
  timer: 'Time',
  stance: 'The group’s view',
  poll: 'Show of hands',
  consensus: 'What we agree on',
  consensusEmpty: 'The facilitator is writing…',
  results: 'Results',
  noResults: 'No show of hands yet',
};
