import type { Stance } from '../../shared/types';

// The printed words of the policy and the minutes, in the workbook's language.
export const PDF_LABELS = {
  sv: {
    version: 'Version {n}',
    draft: 'Utkast',
    adopted: 'Antagen {date}',
    review: 'Ses över senast {date}',
    contact: 'Kontaktperson: {name}',
    page: 'Sida {n} av {total}',
    notes: 'Minnesanteckningar',
    formal: 'Protokoll',
    date: 'Datum',
    time: 'Tid',
    place: 'Plats',
    present: 'Närvarande',
    absent: 'Frånvarande',
    attendanceNotTaken: 'Närvaron togs inte.',
    facilitator: 'Samtalsledare',
    chair: 'Ordförande',
    noteTaker: 'Sekreterare',
    adjuster: 'Justerare',
    adjusters: 'Justerare',
    purpose: 'Syfte',
    stance: 'Hållning',
    poll: 'Handuppräckning',
    pollText: '{agree} håller med, {disagree} håller inte med, {unsure} osäkra',
    consensus: 'Samsyn',
    dissent: 'Avvikande meningar',
    proposedPoint: 'Förslag till överenskommelse',
    timeSpent: 'Tid: {minutes} min',
    actions: 'Åtgärder',
    what: 'Vad',
    who: 'Vem',
    due: 'Senast',
    noActions: 'Inga åtgärder beslutades.',
    agreementAdopted: 'Överenskommelsen ”{title}” antogs i version {n} vid mötet.',
    signatures: 'Underskrifter',
    signature: 'Underskrift',
    printedName: 'Namnförtydligande',
    placeDate: 'Ort och datum',
    signedBy: 'Justerat av {name} {date}.',
    fingerprint: 'Fingeravtryck {hash}',
    addenda: 'Tillägg efter justering',
    addendum: 'Tillägg {date}',
    notDiscussed: 'Inte diskuterat.',
    item: '§ {n}',
    stances: {
      acceptable: 'okej',
      not_acceptable: 'inte okej',
      depends: 'det beror på',
      no_consensus: 'ingen samsyn',
    } as Record<Stance, string>,
  },
  en: {
    version: 'Version {n}',
    draft: 'Draft',
    adopted: 'Adopted {date}',
    review: 'To be reviewed by {date}',
    contact: 'Contact: {name}',
    page: 'Page {n} of {total}',
    notes: 'Meeting notes',
    formal: 'Minutes',
    date: 'Date',
    time: 'Time',
    place: 'Place',
    present: 'Present',
    absent: 'Absent',
    attendanceNotTaken: 'Attendance was not taken.',
    facilitator: 'Facilitator',
    chair: 'Chair',
    noteTaker: 'Note-taker',
    adjuster: 'Adjuster',
    adjusters: 'Adjusters',
    purpose: 'Purpose',
    stance: 'Stance',
    poll: 'Show of hands',
    pollText: '{agree} agree, {disagree} disagree, {unsure} unsure',
    consensus: 'Shared view',
    dissent: 'Dissenting views',
    proposedPoint: 'Proposed agreement point',
    timeSpent: 'Time: {minutes} min',
    actions: 'Actions',
    what: 'What',
    who: 'Who',
    due: 'By',
    noActions: 'No actions were decided.',
    agreementAdopted: 'The agreement “{title}” was adopted as version {n} at the meeting.',
    signatures: 'Signatures',
    signature: 'Signature',
    printedName: 'Name in print',
    placeDate: 'Place and date',
    signedBy: 'Signed by {name} on {date}.',
    fingerprint: 'Fingerprint {hash}',
    addenda: 'Addenda after signing',
    addendum: 'Addendum {date}',
    notDiscussed: 'Not discussed.',
    item: 'Item {n}',
    stances: {
      acceptable: 'acceptable',
      not_acceptable: 'not acceptable',
      depends: 'it depends',
      no_consensus: 'no consensus',
    } as Record<Stance, string>,
  },
};

export type PdfLabels = (typeof PDF_LABELS)['sv'];

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

// Building a date formatter is slow enough to show in a profile of the minutes: make each once.
const formatters = {
  sv: new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export function formatDate(iso: string | null | undefined, language: 'sv' | 'en'): string {
  if (!iso) return '';
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return formatters[language].format(date);
}
