// Texts of the start screen, a new workbook and its home screen; Swedish first, English mirrors every key.
import { sideBySide } from '@shared/texts';

/** The sectors an organisation can be in, Swedish beside English; the case library names them too. */
export const SECTOR_NAMES = {
  private: ['Privat', 'Private'],
  public: ['Offentlig', 'Public'],
  association: ['Förening', 'Association'],
} as const;

const sectors = sideBySide(SECTOR_NAMES);

export const sv = {
  app: {
    tagline: 'En gemensam syn på sociala medier på jobbet',
    language: 'Språk',
    cancel: 'Avbryt',
    dismissError: 'Stäng felmeddelandet',
  },
  start: {
    title: 'Välkommen till Samsyn',
    lead: 'Samla gruppen kring konkreta exempel, skriv ner vad ni kommer överens om och skriv ut protokoll eller en policy på en sida. Allt stannar på den här datorn.',
    newWorkbook: 'Ny arbetsbok',
    newHint: 'En arbetsbok per organisation eller kund.',
    open: 'Öppna arbetsbok…',
    openHint: 'En .samsyn-fil från datorn eller ett USB-minne.',
    recentTitle: 'Senast öppnade',
    recentEmpty: 'Här visas arbetsböcker du har öppnat. Skapa en ny arbetsbok eller öppna en fil för att börja.',
    missing: 'Filen hittades inte',
    forgetLabel: 'Ta bort {name} ur listan',
    openedAt: 'Öppnad {when}',
  },
  create: {
    title: 'Ny arbetsbok',
    orgName: 'Organisationens namn',
    orgNamePlaceholder: 'Till exempel Björkbackens förskola',
    orgNameRequired: 'Skriv organisationens namn.',
    sector: 'Sektor',
    language: 'Arbetsbokens språk',
    languageHint: 'Fallen och protokollen skrivs på det här språket.',
    submit: 'Välj var filen ska sparas…',
    cancel: 'Avbryt',
    chars: '{count} av {max} tecken',
  },
  sector: sectors.sv,
  languageName: { sv: 'Svenska', en: 'English' },
  locked: {
    title: 'Arbetsboken används redan',
    readOnly: 'Öppna skrivskyddad',
    takeOver: 'Ta över arbetsboken',
    staleHint:
      'Programmet som låste filen verkar inte köras längre, till exempel efter en krasch. Om du tar över kan du arbeta som vanligt.',
    otherHostHint:
      'Låset kommer från en annan dator. Ta bara över om du vet att arbetsboken inte är öppen där, annars kan ändringar gå förlorade.',
    confirmTakeOver: 'Ja, ta över',
  },
  home: {
    back: 'Till arbetsboken',
    close: 'Stäng',
    saveCopy: 'Spara en kopia…',
    copySaved: 'En kopia sparades: {path}',
    readOnly: {
      chosen: 'Skrivskyddad: du valde att öppna arbetsboken utan att ändra i den.',
      locked: 'Skrivskyddad: arbetsboken är öppen någon annanstans.',
      media:
        'Skrivskyddad: filen ligger på en plats där Samsyn inte får skriva, till exempel ett skrivskyddat USB-minne. Spara en kopia för att arbeta vidare.',
    },
    meetings: 'Möten',
    moreMeetings: 'Visa äldre möten (ett till) | Visa äldre möten ({n} till)',
    meetingsEmpty:
      'Inga möten ännu. Börja med att planera ett möte: välj några fall, bjud in deltagarna och sätt en tid.',
    cases: 'Fall',
    casesCount: 'Inga fall i arbetsboken | Ett fall i arbetsboken | {n} fall i arbetsboken',
    casesEmpty:
      'Fall från biblioteket kopieras hit när ni använder dem, så att arbetsboken klarar sig själv. Du kan också skriva egna.',
    openLibrary: 'Bläddra bland fallen',
    agreement: 'Överenskommelse',
    agreementEmpty: 'Ingen överenskommelse ännu. Förslag från mötena samlas här och blir en kort policy på en sida.',
    agreementAdopted: 'Version {version} antogs {date}.',
    agreementUnchanged: 'Utkastet är detsamma som den antagna versionen.',
    agreementChanged:
      'Det finns ett ändrat utkast med en punkt som inte är antaget. | Det finns ett ändrat utkast med {n} punkter som inte är antaget.',
    agreementNotAdopted: 'Utkastet med en punkt är inte antaget ännu. | Utkastet med {n} punkter är inte antaget ännu.',
    openActions: 'Inga öppna åtgärder | En öppen åtgärd | {n} öppna åtgärder',
    items: 'inga fall | ett fall | {n} fall',
    status: { planned: 'Planerat', running: 'Pågår', closed: 'Avslutat', signed: 'Justerat' },
    format: 'Filformat {version}',
  },
};

export const en: typeof sv = {
  app: {
    tagline: 'A shared view of social media at work',
    language: 'Language',
    cancel: 'Cancel',
    dismissError: 'Close the error message',
  },
  start: {
    title: 'Welcome to Samsyn',
    lead: 'Gather the group around concrete examples, write down what you agree on, and print minutes or a one-page policy. Everything stays on this computer.',
    newWorkbook: 'New workbook',
    newHint: 'One workbook per organisation or client.',
    open: 'Open workbook…',
    openHint: 'A .samsyn file from this computer or a USB stick.',
    recentTitle: 'Recently opened',
    recentEmpty: 'Workbooks you open will be listed here. Create a new workbook or open a file to get started.',
    missing: 'File not found',
    forgetLabel: 'Remove {name} from the list',
    openedAt: 'Opened {when}',
  },
  create: {
    title: 'New workbook',
    orgName: 'Name of the organisation',
    orgNamePlaceholder: 'For example Birch Hill Preschool',
    orgNameRequired: 'Enter the name of the organisation.',
    sector: 'Sector',
    language: 'Language of the workbook',
    languageHint: 'Cases and minutes are written in this language.',
    submit: 'Choose where to save the file…',
    cancel: 'Cancel',
    chars: '{count} of {max} characters',
  },
  sector: sectors.en,
  languageName: { sv: 'Svenska', en: 'English' },
  locked: {
    title: 'This workbook is already in use',
    readOnly: 'Open read-only',
    takeOver: 'Take over the workbook',
    staleHint:
      'The program that locked the file no longer seems to be running, for example after a crash. If you take over, you can work as usual.',
    otherHostHint:
      'The lock comes from another computer. Only take over if you know the workbook is not open there, or changes may be lost.',
    confirmTakeOver: 'Yes, take over',
  },
  home: {
    back: 'Back to the workbook',
    close: 'Close',
    saveCopy: 'Save a copy…',
    copySaved: 'A copy was saved: {path}',
    readOnly: {
      chosen: 'Read-only: you chose to open the workbook without changing it.',
      locked: 'Read-only: the workbook is open somewhere else.',
      media:
        'Read-only: the file is somewhere Samsyn may not write, such as a write-protected USB stick. Save a copy to keep working.',
    },
    meetings: 'Meetings',
    moreMeetings: 'Show older meetings (one more) | Show older meetings ({n} more)',
    meetingsEmpty: 'No meetings yet. Start by planning one: pick a few cases, invite the participants and set a time.',
    cases: 'Cases',
    casesCount: 'No cases in the workbook | One case in the workbook | {n} cases in the workbook',
    casesEmpty:
      'Cases from the library are copied here when you use them, so the workbook stands on its own. You can also write your own.',
    openLibrary: 'Browse the cases',
    agreement: 'Agreement',
    agreementEmpty: 'No agreement yet. Points proposed in meetings gather here and become a short one-page policy.',
    agreementAdopted: 'Version {version} was adopted on {date}.',
    agreementUnchanged: 'The draft is the same as the adopted version.',
    agreementChanged:
      'A changed draft with one point has not been adopted. | A changed draft with {n} points has not been adopted.',
    agreementNotAdopted: 'The draft with one point is not adopted yet. | The draft with {n} points is not adopted yet.',
    openActions: 'No open actions | One open action | {n} open actions',
    items: 'no cases | one case | {n} cases',
    status: { planned: 'Planned', running: 'In progress', closed: 'Closed', signed: 'Signed' },
    format: 'File format {version}',
  },
};
