import { closeWorkbook, openWorkbook, type Workbook } from '../core/db/workbook';
import { workbookCounts } from '../core/repos/counts';

// The commands that only read a workbook. They load no PDF or font library and no zod
// (stored values are checked by their shapes), so `samsyn info` and `samsyn check`
// start about as fast as Node.

export type Print = (line: string) => void;

export function withWorkbook<T>(file: string, use: (wb: Workbook) => T, thorough = false): T {
  const wb = openWorkbook(file, { readOnly: true, thorough });
  try {
    return use(wb);
  } finally {
    closeWorkbook(wb);
  }
}

export function info(file: string, out: Print): number {
  const counts = withWorkbook(file, (wb) => workbookCounts(wb.db));
  out(`Organisation:   ${counts.orgName}`);
  out(`Sector:         ${counts.sector}`);
  out(`Language:       ${counts.language}`);
  out(`Format version: ${counts.formatVersion}`);
  out(`Cases:          ${counts.cases}`);
  out(`Meetings:       ${counts.meetings}`);
  out(`Agenda items:   ${counts.items}`);
  out(`Actions:        ${counts.actions} (${counts.openActions} open)`);
  out(`Agreement:      ${counts.adoptedVersions} adopted version(s)`);
  return 0;
}

export function check(file: string, out: Print): number {
  withWorkbook(file, () => undefined, true);
  out(`${file}: ok`);
  return 0;
}
