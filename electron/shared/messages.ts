import type { ErrorCode, ErrorDetails } from './errors';
import { bilingual, fill } from './texts';
import type { VerificationPart } from './paperTypes';
import type { Language } from './types';

// One sentence per error code and language: what happened, then what to do.
// {name} placeholders are filled from the error's details.
export const errorSentences = bilingual<Record<ErrorCode, string>>({
  sv: {
    INVALID_INPUT: 'Uppgiften ”{field}” gick inte att spara: {reason}',
    UNKNOWN_METHOD:
      'Appen bad om något som inte finns. Starta om Samsyn; hjälper inte det, kontakta den som installerade appen.',
    FORBIDDEN: 'Det här fönstret får inte be Samsyn om något. Stäng fönstret och använd Samsyns eget fönster.',
    FILE_NOT_FOUND:
      'Filen finns inte längre på den platsen. Kontrollera att USB-minnet sitter i, eller leta upp filen med Öppna.',
    NOT_A_FILE: 'Det du valde är en mapp, inte en arbetsbok. Välj en fil som slutar på .samsyn.',
    NOT_A_REGULAR_FILE:
      'Det du valde är ingen vanlig fil (till exempel en enhet eller en namngiven kanal), så Samsyn öppnar den inte. Välj en fil som slutar på .samsyn.',
    PATH_INVALID:
      'Sökvägen innehåller ett tecken som ingen fil kan ha i namnet, så Samsyn rör den inte. Välj filen igen med Öppna.',
    PATH_TOO_LONG:
      'Sökvägen eller ett av namnen i den är för långt (högst {max} byte per namn). Flytta filen till en kortare sökväg eller ge den ett kortare namn.',
    EMPTY_FILE:
      'Filen är tom (0 byte), så den innehåller ingen arbetsbok. Välj en annan fil eller öppna en säkerhetskopia.',
    NOT_SQLITE: 'Filen är inte en Samsyn-arbetsbok. Välj en fil som slutar på .samsyn.',
    NOT_A_WORKBOOK: 'Filen är en databas men inte en Samsyn-arbetsbok. Välj en fil som slutar på .samsyn.',
    NEWER_FORMAT:
      'Arbetsboken är sparad av en nyare version av Samsyn (format {found}, den här versionen läser {supported}). Uppdatera Samsyn för att öppna den. Filen har inte ändrats.',
    DAMAGED:
      'Arbetsboken är skadad och kan inte öppnas ({reason}). Filen har inte ändrats. Öppna en säkerhetskopia, eller be om en ny kopia av filen.',
    UNEXPECTED_SCHEMA:
      'Arbetsboken innehåller delar som Samsyn inte har skapat ({what}), så den öppnas inte. Den kan ha ändrats med ett annat program. Filen har inte ändrats. Öppna en säkerhetskopia, eller be om en ny kopia av filen.',
    NEEDS_RECOVERY:
      'Arbetsboken stängdes mitt i en sparning, till exempel vid en krasch eller när USB-minnet drogs ut. Samsyn kan återställa den till senast sparade läge. Filen har inte ändrats än.',
    RECOVERY_FAILED:
      'Arbetsboken gick inte att återställa: det som fanns kvar från den avbrutna sparningen passade inte ihop med filen. Filen är som förut, och en kopia av den finns i {copy}. Öppna en säkerhetskopia, eller be om en ny kopia av filen.',
    FOREIGN_JOURNAL:
      'Bredvid arbetsboken ligger en fil från en avbruten sparning ({journal}) som inte hör till den här arbetsboken, så Samsyn använde den inte. Arbetsboken har inte ändrats. Flytta den filen någon annanstans och öppna arbetsboken igen.',
    LOCK_REFUSED:
      'Låsfilen bredvid arbetsboken ({lock}) är ingen vanlig fil, så Samsyn skriver inte i arbetsboken. Ta bort det som ligger där, eller öppna arbetsboken skrivskyddad.',
    NO_ACCESS: 'Samsyn får inte läsa filen. Kontrollera filens behörigheter, eller kopiera den till en mapp du äger.',
    FILE_EXISTS: 'Det finns redan en fil med det namnet. Välj ett annat namn, så skrivs ingenting över.',
    WORKBOOK_LOCKED:
      'Arbetsboken är redan öppen hos {user} på datorn {host} sedan {since}. Du kan öppna den skrivskyddad.',
    READ_ONLY:
      'Arbetsboken är öppen skrivskyddad, så ändringen sparades inte. Spara en kopia om du vill arbeta vidare i den.',
    NO_WORKBOOK: 'Ingen arbetsbok är öppen. Öppna eller skapa en arbetsbok först.',
    NOT_FOUND: 'Det du letade efter finns inte längre i arbetsboken. Det kan ha tagits bort; ladda om vyn.',
    IN_USE: 'Det går inte att ta bort eftersom det används i ett möte. Ta först bort det från mötets dagordning.',
    CASE_EXISTS:
      'Arbetsboken har redan ett fall med nyckeln ”{key}”. Öppna det befintliga fallet i stället, eller ge det nya en annan nyckel.',
    NOT_A_PACK: 'Filen är inte ett Samsyn-fallpaket. Välj en fil som slutar på .samsyn-cases.',
    PACK_INVALID: 'Fallpaketet är trasigt ({where}), så inget har importerats. Be avsändaren exportera paketet igen.',
    PACK_NEWER:
      'Fallpaketet är gjort i en nyare version av Samsyn (format {found}, den här versionen läser {supported}). Uppdatera Samsyn för att importera det.',
    NOT_A_PACKAGE: 'Filen är inte ett Samsyn-samtalspaket. Välj en fil som slutar på .samsyn-package.',
    PACKAGE_INVALID:
      'Samtalspaketet är trasigt ({where}), så inget har lagts till. Be den som skickade det att exportera det igen.',
    PACKAGE_NEWER:
      'Samtalspaketet är gjort i en nyare version av Samsyn (format {found}, den här versionen läser {supported}). Uppdatera Samsyn för att öppna det.',
    SAME_WORKBOOK: 'Det är den här arbetsboken. Välj arbetsböcker från andra enheter att hämta möten från.',
    SIGNED: 'Mötet är justerat och låst. Lägg till ett tillägg i stället för att ändra.',
    NOT_CLOSED: 'Mötet måste avslutas innan protokollet kan justeras. Avsluta mötet först.',
    NOT_SIGNED: 'Tillägg görs bara till justerade protokoll. Ändra direkt i mötet så länge det inte är justerat.',
    POLL_OVER_COUNT:
      'Handuppräckningen blir {total} röster, men bara {present} deltagare är närvarande. Räkna om, eller bocka för fler närvarande.',
    POLICY_TOO_LONG: 'Policyn får inte plats på en sida. Korta texten med ungefär {over} tecken.',
    AGREEMENT_EMPTY: 'Utkastet har inga punkter, så det finns inget att anta. Lägg till minst en punkt först.',
    SAVE_FAILED:
      'Ändringen kunde inte sparas ({reason}). Texten finns kvar på skärmen. Kontrollera att disken inte är full eller urkopplad, eller spara en kopia någon annanstans.',
    PAPER_NOT_SAVED:
      'PDF-filen kunde inte sparas ({reason}). En tidigare fil med samma namn är oförändrad. Välj en annan mapp, eller kontrollera att disken inte är full eller urkopplad.',
    INTERNAL:
      'Något gick oväntat fel. Inget har sparats av den här ändringen. Försök igen; hjälper inte det, starta om Samsyn.',
  },
  en: {
    INVALID_INPUT: '“{field}” could not be saved: {reason}',
    UNKNOWN_METHOD:
      'The app asked for something that does not exist. Restart Samsyn; if that does not help, contact whoever installed it.',
    FORBIDDEN: 'This window is not allowed to ask Samsyn for anything. Close it and use Samsyn’s own window.',
    FILE_NOT_FOUND: 'The file is no longer there. Check that the USB stick is plugged in, or find the file with Open.',
    NOT_A_FILE: 'You chose a folder, not a workbook. Choose a file whose name ends in .samsyn.',
    NOT_A_REGULAR_FILE:
      'What you chose is not an ordinary file (a device or a named pipe, for example), so Samsyn does not open it. Choose a file whose name ends in .samsyn.',
    PATH_INVALID:
      'The path holds a character no file name can have, so Samsyn does not touch it. Choose the file again with Open.',
    PATH_TOO_LONG:
      'The path, or a name in it, is too long (at most {max} bytes per name). Move the file to a shorter path or give it a shorter name.',
    EMPTY_FILE: 'The file is empty (0 bytes), so it holds no workbook. Choose another file or open a backup.',
    NOT_SQLITE: 'This file is not a Samsyn workbook. Choose a file whose name ends in .samsyn.',
    NOT_A_WORKBOOK: 'This file is a database, but not a Samsyn workbook. Choose a file whose name ends in .samsyn.',
    NEWER_FORMAT:
      'This workbook was saved by a newer version of Samsyn (format {found}; this version reads {supported}). Update Samsyn to open it. The file has not been changed.',
    DAMAGED:
      'This workbook is damaged and cannot be opened ({reason}). The file has not been changed. Open a backup, or ask for a fresh copy of the file.',
    UNEXPECTED_SCHEMA:
      'This workbook holds parts that Samsyn did not make ({what}), so it is not opened. Another program may have changed it. The file has not been changed. Open a backup, or ask for a fresh copy of the file.',
    NEEDS_RECOVERY:
      'This workbook was closed in the middle of a save, for example in a crash or when a USB stick was pulled out. Samsyn can restore it to its last saved state. The file has not been changed yet.',
    RECOVERY_FAILED:
      'The workbook could not be restored: what the interrupted save left behind does not belong with this file. The file is as it was, and a copy of it is in {copy}. Open a backup, or ask for a fresh copy of the file.',
    FOREIGN_JOURNAL:
      'Beside the workbook lies a file from an interrupted save ({journal}) that does not belong to this workbook, so Samsyn did not use it. The workbook has not been changed. Move that file elsewhere and open the workbook again.',
    LOCK_REFUSED:
      'The lock file beside the workbook ({lock}) is not an ordinary file, so Samsyn will not write to the workbook. Remove what is there, or open the workbook read-only.',
    NO_ACCESS: 'Samsyn is not allowed to read this file. Check the file’s permissions, or copy it to a folder you own.',
    FILE_EXISTS: 'A file with that name already exists. Choose another name, so nothing is overwritten.',
    WORKBOOK_LOCKED:
      'This workbook is already open for {user} on the computer {host} since {since}. You can open it read-only.',
    READ_ONLY:
      'The workbook is open read-only, so the change was not saved. Save a copy if you want to keep working in it.',
    NO_WORKBOOK: 'No workbook is open. Open or create a workbook first.',
    NOT_FOUND: 'What you were looking for is no longer in the workbook. It may have been removed; reload the view.',
    IN_USE: 'This cannot be removed because a meeting uses it. Take it off the meeting’s agenda first.',
    CASE_EXISTS:
      'The workbook already has a case with the key “{key}”. Open the existing case instead, or give the new one another key.',
    NOT_A_PACK: 'This file is not a Samsyn case pack. Choose a file whose name ends in .samsyn-cases.',
    PACK_INVALID: 'The case pack is broken ({where}), so nothing was imported. Ask the sender to export it again.',
    PACK_NEWER:
      'This case pack was made by a newer version of Samsyn (format {found}; this version reads {supported}). Update Samsyn to import it.',
    NOT_A_PACKAGE: 'This file is not a Samsyn conversation package. Choose a file whose name ends in .samsyn-package.',
    PACKAGE_INVALID:
      'The conversation package is broken ({where}), so nothing was added. Ask whoever sent it to export it again.',
    PACKAGE_NEWER:
      'This conversation package was made by a newer version of Samsyn (format {found}; this version reads {supported}). Update Samsyn to open it.',
    SAME_WORKBOOK: 'That is this workbook. Choose the workbooks of other units to collect meetings from.',
    SIGNED: 'The meeting is signed and locked. Add an addendum instead of changing it.',
    NOT_CLOSED: 'The meeting must be closed before its minutes can be signed. Close the meeting first.',
    NOT_SIGNED: 'Addenda are only for signed minutes. Until they are signed, change the meeting itself.',
    POLL_OVER_COUNT:
      'The show of hands adds up to {total}, but only {present} participants are present. Count again, or tick more people as present.',
    POLICY_TOO_LONG: 'The policy does not fit on one page. Cut about {over} characters.',
    AGREEMENT_EMPTY: 'The draft has no points, so there is nothing to adopt. Add at least one point first.',
    SAVE_FAILED:
      'The change could not be saved ({reason}). Your text is still on screen. Check that the disk is not full or unplugged, or save a copy elsewhere.',
    PAPER_NOT_SAVED:
      'The PDF could not be saved ({reason}). An earlier file of the same name is unchanged. Choose another folder, or check that the disk is not full or unplugged.',
    INTERNAL:
      'Something unexpected went wrong. This change was not saved. Try again; if that does not help, restart Samsyn.',
  },
});

// Why a save failed, in words: the core reports one of these as the SAVE_FAILED or PAPER_NOT_SAVED reason.
export const SAVE_FAILURE_REASONS = [
  'disk-full',
  'file-gone',
  'read-only',
  'busy',
  'io',
  'no-folder',
  'is-folder',
] as const;
const saveFailureWords = bilingual<Record<(typeof SAVE_FAILURE_REASONS)[number], string>>({
  sv: {
    'disk-full': 'disken är full',
    'file-gone': 'filen finns inte längre där den var',
    'read-only': 'disken går inte att skriva på',
    busy: 'filen används av ett annat program',
    io: 'disken svarade inte',
    'no-folder': 'mappen finns inte',
    'is-folder': 'en mapp har det namnet',
  },
  en: {
    'disk-full': 'the disk is full',
    'file-gone': 'the file is no longer where it was',
    'read-only': 'the disk cannot be written to',
    busy: 'another program is using the file',
    io: 'the disk did not answer',
    'no-folder': 'the folder does not exist',
    'is-folder': 'a folder has that name',
  },
});

// What was wrong with a value the contract refused: the INVALID_INPUT reason, from the problem zod found.
const problemWords = bilingual({
  sv: {
    too_long: 'högst {max} tecken är tillåtna.',
    too_big: 'värdet får vara högst {max}.',
    too_small: 'värdet måste vara minst {min}.',
    required: 'uppgiften saknas.',
    wrong_type: 'värdet har fel form.',
    unknown_field: 'uppgiften känns inte igen.',
    invalid: 'värdet är inte giltigt.',
  },
  en: {
    too_long: 'at most {max} characters are allowed.',
    too_big: 'the value may be at most {max}.',
    too_small: 'the value must be at least {min}.',
    required: 'it is missing.',
    wrong_type: 'the value has the wrong form.',
    unknown_field: 'it is not recognised.',
    invalid: 'the value is not valid.',
  },
});
type Problem = keyof (typeof problemWords)['sv'];

export function errorSentence(language: Language, code: ErrorCode, details?: ErrorDetails): string {
  return fill(errorSentences[language][code], localiseDetails(language, code, details));
}

// Where the app's sentence points to its own Open dialog, the command line says what to check instead.
const commandLineSentences = bilingual<Partial<Record<ErrorCode, string>>>({
  sv: {
    FILE_NOT_FOUND: 'Filen finns inte. Kontrollera namnet och mappen, och att USB-minnet sitter i.',
    PATH_INVALID:
      'Sökvägen innehåller ett tecken som inget filnamn kan ha, så Samsyn rör den inte. Kontrollera namnet.',
  },
  en: {
    FILE_NOT_FOUND: 'There is no such file. Check the name and the folder, and that the USB stick is plugged in.',
    PATH_INVALID: 'The path holds a character no file name can have, so Samsyn does not touch it. Check the name.',
  },
});

/** The sentence the command-line tool prints for an error. */
export function commandLineSentence(language: Language, code: ErrorCode, details?: ErrorDetails): string {
  const own = commandLineSentences[language][code];
  return own === undefined ? errorSentence(language, code, details) : fill(own, details);
}

/**
 * Puts the reason into words of the language: why a save failed (SAVE_FAILED, PAPER_NOT_SAVED), or what was
 * wrong with a refused value (INVALID_INPUT). Other details pass unchanged.
 */
export function localiseDetails(language: Language, code: ErrorCode, details?: ErrorDetails): ErrorDetails | undefined {
  if (code === 'INVALID_INPUT') {
    const words = problemWords[language];
    const problem = String(details?.problem ?? 'invalid');
    return { ...details, reason: fill(problem in words ? words[problem as Problem] : words.invalid, details) };
  }
  if ((code !== 'SAVE_FAILED' && code !== 'PAPER_NOT_SAVED') || typeof details?.reason !== 'string') return details;
  const words = saveFailureWords[language][details.reason as (typeof SAVE_FAILURE_REASONS)[number]];
  return { ...details, reason: words ?? saveFailureWords[language].io };
}

// What `verify` found changed in a signed meeting, in words.
const verificationWords = bilingual({
  sv: {
    'signature removed': 'justeringen har tagits bort',
    signature: 'vem som justerade eller när har ändrats',
    fingerprint: 'fingeravtrycket har ändrats',
    record: 'det som sparades vid justeringen har ändrats',
    meeting: 'mötets uppgifter (rubrik, datum, tid, plats, personer) har ändrats',
    participants: 'deltagarlistan har ändrats',
    actions: 'åtgärderna har ändrats',
    content: 'mötet har ändrats efter justeringen',
    item: 'punkt {number} på dagordningen har ändrats',
  },
  en: {
    'signature removed': 'the signature was removed',
    signature: 'who signed, or when, was changed',
    fingerprint: 'the fingerprint was changed',
    record: 'what was recorded at signing was changed',
    meeting: 'the meeting’s details (title, date, time, place, people) were changed',
    participants: 'the list of participants was changed',
    actions: 'the actions were changed',
    content: 'the meeting was changed after it was signed',
    item: 'agenda item {number} was changed',
  },
});

/** What `verify` found changed, in words. */
export function verificationSentence(language: Language, parts: VerificationPart[]): string {
  return parts
    .map((part) => {
      const item = part.match(/^item (\d+)$/);
      if (item) return fill(verificationWords[language].item, { number: item[1]! });
      return verificationWords[language][part as Exclude<VerificationPart, `item ${number}`>];
    })
    .join('; ');
}
