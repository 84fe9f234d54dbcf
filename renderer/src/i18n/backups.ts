// Texts of the backups screen and the recovery prompt; Swedish first, English mirrors every key.
export const sv = {
  title: 'Säkerhetskopior',
  lead: 'Samsyn sparar en kopia av arbetsboken när ett möte avslutas och innan en arbetsbok uppgraderas till ett nyare format. De tio senaste sparas för varje arbetsbok. En kopia återställs som en ny fil, så att inget skrivs över.',
  empty: 'Inga säkerhetskopior ännu. De skapas när ett möte avslutas.',
  back: 'Till start',
  restore: 'Återställ som ny fil…',
  restored: 'återställd',
  reason: { closed: 'när ett möte avslutades', migration: 'före uppgradering' },
  open: 'Säkerhetskopior…',
  recoverTitle: 'Arbetsboken stängdes mitt i en sparning',
  recover: 'Återställ och öppna',
  saveCopy: 'Spara en kopia…',
};

export const en: typeof sv = {
  title: 'Backups',
  lead: 'Samsyn keeps a copy of the workbook when a meeting closes and before a workbook is upgraded to a newer format. The last ten are kept for each workbook. A copy is restored as a new file, so nothing is overwritten.',
  empty: 'No backups yet. They are made when a meeting closes.',
  back: 'Back to start',
  restore: 'Restore as a new file…',
  restored: 'restored',
  reason: { closed: 'when a meeting closed', migration: 'before an upgrade' },
  open: 'Backups…',
  recoverTitle: 'The workbook was closed in the middle of a save',
  recover: 'Restore and open',
  saveCopy: 'Save a copy…',
};
