// Checks a packed app folder (electron-builder's linux-unpacked, win-unpacked…):
// what app.asar holds and lacks, where the native module and resources are, and the
// fuses. Returns sentences, one per problem; an empty list is a sound layout.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import asar from '@electron/asar';
import { createRequire } from 'node:module';
import { resourcePaths } from '../electron/core/paths.ts';

const require = createRequire(import.meta.url);
const { getCurrentFuseWire, FuseV1Options } = require('@electron/fuses');
const { FuseState } = require('@electron/fuses/dist/constants');

/** What app.asar must hold for the app to start and print. */
export const REQUIRED = [
  'out/main/index.js',
  'out/main/cli.js',
  'out/preload/index.js',
  'out/renderer/index.html',
  'package.json',
  // the bundled SQLite module finds its addon through it (core/db/connection.ts)
  'node_modules/better-sqlite3/lib/binding.js',
  // the hyphenation the PDFs use (core/pdf/lines.ts); the other languages' patterns are left out
  'node_modules/hyphen/patterns/sv.js',
  'node_modules/hyphen/patterns/en-gb.js',
];
const FORBIDDEN = [
  [/(^|\/)(tests?|__tests__)\//, 'a test folder'],
  [/(?<!\.d)\.(ts|mts|cts|vue)$/, 'a source file'],
  [/^(electron|renderer|bench|scripts|resources)\//, 'a project source folder'],
];

export function checkPackagedApp({ appDir, nativeModule, devDependencies }) {
  const problems = [];
  const resources = join(appDir, 'resources');
  const archive = join(resources, 'app.asar');
  if (!existsSync(archive)) return { problems: [`There is no app.asar at ${archive}.`], asarBytes: 0, files: 0 };

  asar.uncacheAll();
  const files = asar.listPackage(archive, {}).map((f) => f.split(sep).join('/').replace(/^\//, ''));
  for (const file of REQUIRED) if (!files.includes(file)) problems.push(`app.asar lacks ${file}.`);
  for (const [pattern, what] of FORBIDDEN) {
    const found = files.find((f) => pattern.test(f) && !f.startsWith('node_modules/'));
    if (found) problems.push(`app.asar holds ${what}: ${found}.`);
  }
  const maps = files.filter((f) => f.endsWith('.map'));
  if (maps.length) problems.push(`app.asar holds ${maps.length} source maps, e.g. ${maps[0]}.`);
  for (const name of devDependencies) {
    if (files.some((f) => f.startsWith(`node_modules/${name}/`)))
      problems.push(`app.asar holds the development dependency ${name}.`);
  }

  const native = `node_modules/better-sqlite3/prebuilds/${nativeModule}`;
  let unpacked = false;
  try {
    unpacked = asar.statFile(archive, native).unpacked === true;
  } catch {
    unpacked = false;
  }
  if (!unpacked || !existsSync(join(resources, 'app.asar.unpacked', native)))
    problems.push(`The native SQLite module is not unpacked beside app.asar (${native}).`);

  const { libraryDir, fontsDir } = resourcePaths({ packaged: true, resourcesPath: resources, projectRoot: '/nowhere' });
  const count = (dir, ext) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).length : 0);
  if (count(libraryDir, '.json') === 0) problems.push(`The case library is not where the app looks: ${libraryDir}.`);
  if (count(fontsDir, '.ttf') === 0) problems.push(`The fonts are not where the app looks: ${fontsDir}.`);
  return { problems, asarBytes: statSync(archive).size, files: files.length };
}

/**
 * Runs the packed code's `samsyn check` under Node on a workbook `samsyn` (the project's
 * own build, `bin`) writes: app.asar taken apart, its unpacked files put back, so the
 * bundled SQLite module has to find its addon in the package's layout.
 */
export function checkPackedCommandLine(appDir, bin) {
  const dir = mkdtempSync(join(tmpdir(), 'samsyn-packed-'));
  try {
    asar.extractAll(join(appDir, 'resources', 'app.asar'), join(dir, 'app'));
    const workbook = join(dir, 'example.samsyn');
    const run = (...args) =>
      spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    const made = run(bin, 'example', workbook);
    if (made.status !== 0) return [`samsyn example could not write a workbook: ${made.stderr.trim()}`];
    const checked = run(join(dir, 'app', 'out', 'main', 'cli.js'), 'check', workbook);
    return checked.status === 0 ? [] : [`The packed samsyn check failed: ${(checked.stderr || checked.stdout).trim()}`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function checkFuses(binary) {
  const wire = await getCurrentFuseWire(binary);
  const want = {
    RunAsNode: FuseState.DISABLE,
    EnableNodeOptionsEnvironmentVariable: FuseState.DISABLE,
    EnableNodeCliInspectArguments: FuseState.DISABLE,
    EnableEmbeddedAsarIntegrityValidation: FuseState.ENABLE,
    OnlyLoadAppFromAsar: FuseState.ENABLE,
  };
  return Object.entries(want)
    .filter(([name, state]) => wire[FuseV1Options[name]] !== state)
    .map(([name]) => `The fuse ${name} is not set in ${binary}.`);
}

export function devDependencyNames(projectRoot) {
  return Object.keys(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).devDependencies ?? {});
}
