import Database from 'better-sqlite3';

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
  const db = new Database(path, options);
  try {
    db.pragma('trusted_schema = OFF');
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}
