import { join } from 'node:path';
import { createService, type Service } from '../../electron/core/service';
import type { Language, Sector } from '../../electron/shared/types';
import { FONTS_DIR, LIBRARY_DIR } from './files';

export interface NewWorkbook {
  /** the folder the workbook is made in; a fresh temporary one if not given */
  dir?: string;
  name?: string;
  orgName?: string;
  sector?: Sector;
  language?: Language;
  clock?: () => number;
  /** the case library; the shipped one if not given */
  libraryDir?: string;
}

/** A service of its own (fresh user-data folder) with the shipped library and fonts. */
export function newService(tempDir: () => string, clock?: () => number, libraryDir = LIBRARY_DIR): Service {
  return createService({ userDataDir: tempDir(), libraryDir, fontsDir: FONTS_DIR, clock });
}

/** A service with a new workbook open for writing; answers the service and the workbook's path. */
export async function serviceWithWorkbook(
  tempDir: () => string,
  {
    dir = tempDir(),
    name = 'A.samsyn',
    orgName = name,
    sector = 'public',
    language = 'sv',
    clock,
    libraryDir,
  }: NewWorkbook = {},
): Promise<{ service: Service; path: string }> {
  const service = newService(tempDir, clock, libraryDir);
  const path = join(dir, name);
  await service.handlers['workbook.create']({ path, orgName, sector, language });
  return { service, path };
}
