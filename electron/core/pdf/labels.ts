import { bilingual } from '../../shared/texts';
import type { Stance } from '../../shared/types';

export { fill } from '../../shared/texts';

// Every printed word of Samsyn's PDFs, in the workbook's language: one home for them all.

/** The policy and the minutes. */
export const PDF_LABELS = bilingual({
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
});

export type PdfLabels = (typeof PDF_LABELS)['sv'];

/** The words a saved PDF's file name starts with. */
export const FILE_NAME_WORDS = bilingual({
  sv: {
    summary: 'Sammanställning',
    plan: 'Kanalplan',
    register: 'Kanalregister',
    draft: 'utkast',
    formal: 'Protokoll',
    notes: 'Minnesanteckningar',
  },
  en: {
    summary: 'Summary',
    plan: 'Channel plan',
    register: 'Channel register',
    draft: 'draft',
    formal: 'Minutes',
    notes: 'Notes',
  },
});

/** The comparison summary and the channel plans. */
export const GROUP_LABELS = bilingual({
  sv: {
    summaryTitle: 'Sammanställning av samtalen',
    summaryLead: '{groups} grupper, {cases} fall. Fallen står i ordning efter hur olika grupperna landade.',
    group: 'Grupp',
    notDiscussed: 'Inte diskuterat i den här gruppen.',
    planTitle: 'Kanalplan: {name}',
    registerTitle: 'Register över våra kanaler',
    registerLead: '{n} kanaler. Utskrivet {date}.',
    name: 'Kanal',
    platform: 'Plattform',
    address: 'Adress',
    purpose: 'Syfte',
    audience: 'Målgrupp',
    responsible: 'Ansvarig',
    answeredBy: 'Svarar på kommentarer',
    responseTime: 'Svarstid',
    moderation: 'Moderering',
    archiving: 'Så bevaras inläggen',
    startDate: 'Startdatum',
    reviewDate: 'Ses över senast',
    status: 'Status',
    statuses: { planned: 'Planerad', active: 'Aktiv', closed: 'Avslutad' },
  },
  en: {
    summaryTitle: 'Summary of the conversations',
    summaryLead: '{groups} groups, {cases} cases. The cases are in order of how differently the groups concluded.',
    group: 'Group',
    notDiscussed: 'Not discussed in this group.',
    planTitle: 'Channel plan: {name}',
    registerTitle: 'Register of our channels',
    registerLead: '{n} channels. Printed {date}.',
    name: 'Channel',
    platform: 'Platform',
    address: 'Address',
    purpose: 'Purpose',
    audience: 'Audience',
    responsible: 'Responsible',
    answeredBy: 'Answers comments',
    responseTime: 'Response time',
    moderation: 'Moderation',
    archiving: 'How posts are kept',
    startDate: 'Start date',
    reviewDate: 'Review by',
    status: 'Status',
    statuses: { planned: 'Planned', active: 'Active', closed: 'Closed' },
  },
});

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
