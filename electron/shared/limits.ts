// The longest text each kind of field accepts. The contract enforces these, and
// the renderer shows the same numbers as counters.
export const LIMITS = {
  path: 4096,
  name: 120,
  title: 200,
  place: 200,
  role: 120,
  shortText: 500,
  point: 400,
  notes: 20_000,
  participants: 200,
  agendaItems: 100,
} as const;
