import { join } from 'node:path';
import { createWorkbook, type WritableWorkbook } from '../../electron/core/db/workbook';

/** A real workbook file in `dir`, opened for writing. */
export function newWorkbook(dir: string, name = 'Acme.samsyn'): WritableWorkbook {
  return createWorkbook(join(dir, name), { orgName: 'Björkbackens förskola', sector: 'public', language: 'sv' });
}
