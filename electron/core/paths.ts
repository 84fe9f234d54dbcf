import { join } from 'node:path';

export interface ResourcePaths {
  /** the built-in case library, one JSON file per case */
  libraryDir: string;
  /** the fonts the PDFs embed */
  fontsDir: string;
}

export interface Installation {
  /** true in an installed or portable build (Electron's app.isPackaged) */
  packaged: boolean;
  /** the packaged app's resources folder (Electron's process.resourcesPath) */
  resourcesPath?: string;
  /** the project folder when running from source: the one holding package.json */
  projectRoot: string;
}

/**
 * Where the case library and fonts are: beside app.asar in a packaged build (copied
 * there as extra resources, so they are plain files), under resources/ when running
 * from source, in the tests and on the command line.
 */
export function resourcePaths(where: Installation): ResourcePaths {
  const base = where.packaged && where.resourcesPath ? where.resourcesPath : join(where.projectRoot, 'resources');
  return { libraryDir: join(base, 'cases'), fontsDir: join(base, 'fonts') };
}

/** This process's installation, as Electron defines app.isPackaged; plain Node is never packaged. */
export function currentInstallation(projectRoot: string): Installation {
  const electronProcess = process as NodeJS.Process & { resourcesPath?: string; defaultApp?: boolean };
  const { resourcesPath } = electronProcess;
  return { packaged: typeof resourcesPath === 'string' && !electronProcess.defaultApp, resourcesPath, projectRoot };
}
