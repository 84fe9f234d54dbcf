import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { lazy } from '../../shared/lazy';

// The build bundles better-sqlite3's JavaScript with ours (Node loading its fifteen files
// one by one cost about a millisecond of each `samsyn info`), so it can no longer find its
// SQLite addon beside itself: the package's own lookup (lib/binding.js) finds it where the
// package is installed, app.asar.unpacked in a packaged app. Both the built chunks
// (out/main/chunks) and this source folder are three levels below the folder holding
// node_modules; resolving the package by name, the fallback, costs about a millisecond.
const sqliteAddon = lazy(() => {
  const lib = (pkg: string) => join(pkg, 'lib', 'binding.js');
  const near = lib(join(__dirname, '..', '..', '..', 'node_modules', 'better-sqlite3'));
  const from = createRequire(__filename);
  const binding = existsSync(near) ? near : lib(dirname(from.resolve('better-sqlite3/package.json')));
  return (from(binding) as { getBinding(): object }).getBinding();
});

/**
 * Every connection to a workbook goes through here. A workbook may come from
 * anyone, so nothing its schema names may run with the app's trust: functions in
 * views, triggers and defaults are limited to innocuous ones (`trusted_schema`
 * off), and no extension can be loaded (better-sqlite3 leaves the SQL function
 * `load_extension` off and runs in defensive mode; we never call its JS
 * `loadExtension`).
 */
export function openConnection(
  path: string,
  options: { readonly?: boolean; fileMustExist?: boolean } = {},
): Database.Database {
  // better-sqlite3 takes the addon itself as well as its path (lib/database.js); its types name only the path
  const db = new Database(path, { ...options, nativeBinding: sqliteAddon() as unknown as string });
  try {
    db.pragma('trusted_schema = OFF');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
