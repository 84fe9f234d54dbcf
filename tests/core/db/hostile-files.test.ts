import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readHandle } from '../../../electron/core/db/handles';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { closeWorkbook, openWorkbook } from '../../../electron/core/db/workbook';
import { legacyFingerprint } from '../../../electron/core/fingerprint';
import { verifySignedMeetings } from '../../../electron/core/repos';
import { createDispatcher } from '../../../electron/core/dispatcher';
import { lockPathFor, workbookIdentity } from '../../../electron/core/lock';
import { createService } from '../../../electron/core/service';
import type { Handlers } from '../../../electron/core/service';
import type { ErrorCode } from '../../../electron/shared/errors';
import { errorSentence } from '../../../electron/shared/messages';
import { FONTS_DIR, LIBRARY_DIR, listDir, sha256, useTempDir } from '../../helpers/files';
import { interruptedWorkbook, newWorkbook } from '../../helpers/workbook';

// Files from elsewhere, built as an attacker would with SQL and the file system,
// opened through the service (as the app does) and the command-line tool.

const tempDir = useTempDir();
const BIN = fileURLToPath(new URL('../../../bin/samsyn.js', import.meta.url));

function samsyn(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function service() {
  const s = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  return { ...s, dispatch: createDispatcher(s.handlers as unknown as Handlers, () => undefined) };
}

/** A real workbook made by the app: a case, a closed and signed meeting with notes. */
async function goodWorkbook(dir: string, name = 'Kund.samsyn'): Promise<string> {
  const s = service();
  const h = s.handlers;
  const path = join(dir, name);
  await h['workbook.create']({ path, orgName: 'Kunden AB', sector: 'private', language: 'sv' });
  const { meeting } = await h['meetings.create']({ title: 'Möte om sociala medier', date: '2026-10-01' });
  const detail = await h['meetings.addStarterAgenda']({ id: meeting.id });
  await h['items.update']({
    id: detail.items[0]!.id,
    changes: { consensusNotes: 'Vi är överens.', stance: 'depends' },
  });
  await h['meetings.setStatus']({ id: meeting.id, status: 'closed' });
  await h['meetings.sign']({ id: meeting.id, signedBy: 'Åsa' });
  s.shutdown();
  return path;
}

/** Changes a closed workbook behind the app's back. */
function tamper(path: string, sql: string): void {
  const db = new Database(path);
  db.exec(sql);
  db.close();
}

function expectSentences(code: ErrorCode, details: Record<string, unknown> | undefined) {
  for (const language of ['sv', 'en'] as const) {
    const sentence = errorSentence(language, code, details as never);
    expect(sentence).toMatch(/\.$/);
    expect(sentence).not.toMatch(/\{\w+\}|Error|at .*\.ts/);
  }
}

const schemaCorpus: [string, string][] = [
  [
    'a trigger that deletes signed minutes on the user’s next edit',
    "CREATE TRIGGER wipe AFTER UPDATE ON agenda_items BEGIN DELETE FROM addenda; UPDATE meetings SET title = ''; END",
  ],
  ['a view', 'CREATE VIEW everything AS SELECT * FROM meetings'],
  ['a virtual table', 'CREATE VIRTUAL TABLE search USING fts5(text)'],
  ['an extra table', 'CREATE TABLE notes_of_mine (x)'],
  ['an extra index', 'CREATE INDEX by_title ON meetings(title)'],
  ['an extra column', 'ALTER TABLE meetings ADD COLUMN secret TEXT'],
  [
    'a table swapped for a view',
    `PRAGMA foreign_keys = OFF;
     CREATE TABLE plans_data AS SELECT * FROM channel_plans;
     DROP TABLE channel_plans;
     CREATE VIEW channel_plans AS SELECT * FROM plans_data;`,
  ],
  [
    'a column whose type and default were changed',
    `PRAGMA foreign_keys = OFF;
     CREATE TABLE cp AS SELECT * FROM channel_plans; DROP TABLE channel_plans;
     CREATE TABLE channel_plans (id INTEGER PRIMARY KEY, name BLOB, platform TEXT NOT NULL DEFAULT '',
       address TEXT NOT NULL DEFAULT '', purpose TEXT NOT NULL DEFAULT '', audience TEXT NOT NULL DEFAULT '',
       responsible TEXT NOT NULL DEFAULT '', answered_by TEXT NOT NULL DEFAULT '', response_time TEXT NOT NULL DEFAULT '',
       moderation TEXT NOT NULL DEFAULT '', archiving TEXT NOT NULL DEFAULT '', start_date TEXT, review_date TEXT,
       status TEXT NOT NULL DEFAULT 'planned', created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
     DROP TABLE cp;`,
  ],
];

describe('a workbook whose schema is not the one its format defines', () => {
  for (const [what, sql] of schemaCorpus) {
    it(`is refused untouched when it holds ${what}, by the app and by samsyn check`, async () => {
      const dir = tempDir();
      const path = await goodWorkbook(dir);
      tamper(path, sql);
      const before = sha256(path);
      const files = listDir(dir);

      const s = service();
      const opened = await s.dispatch('workbook.open', { path });
      expect(opened).toMatchObject({ ok: false, error: { code: 'UNEXPECTED_SCHEMA' } });
      if (!opened.ok) expectSentences('UNEXPECTED_SCHEMA', opened.error.details);
      const readOnly = await s.dispatch('workbook.open', { path, readOnly: true });
      expect(readOnly).toMatchObject({ ok: false, error: { code: 'UNEXPECTED_SCHEMA' } });
      s.shutdown();

      const check = samsyn('check', path);
      expect(check.code).toBe(1);
      expect(check.err).toMatch(/holds parts that Samsyn did not make/);
      expect(samsyn('collect', join(dir, 'central.samsyn'), path).code).not.toBe(0);

      expect(sha256(path)).toBe(before);
      expect(listDir(dir)).toEqual(files);
    });
  }

  it('is accepted when only the spelling of its SQL differs, as an older Samsyn may have written it', async () => {
    const path = await goodWorkbook(tempDir());
    const db = new Database(path);
    const version = db.pragma('schema_version', { simple: true }) as number;
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare(
      "UPDATE sqlite_schema SET sql = replace(replace(sql, '  ', ' '), 'TEXT', 'text') WHERE name = 'channel_plans'",
    ).run();
    db.pragma(`schema_version = ${version + 1}`);
    db.close();
    const wb = openWorkbook(path, { readOnly: true });
    closeWorkbook(wb);
    expect(samsyn('check', path).code).toBe(0);
  });

  it('is refused when collected into another workbook, which stays as it was', async () => {
    const dir = tempDir();
    const source = await goodWorkbook(dir, 'Enhet.samsyn');
    tamper(source, 'CREATE TRIGGER t AFTER INSERT ON meetings BEGIN DELETE FROM meetings; END');
    const central = await goodWorkbook(dir, 'Central.samsyn');
    const s = service();
    await s.handlers['workbook.open']({ path: central });
    const collected = await s.dispatch('collect.fromWorkbooks', { paths: [source] });
    expect(collected).toMatchObject({ ok: false, error: { code: 'UNEXPECTED_SCHEMA' } });
    expect(await s.handlers['collect.list']({})).toEqual([]);
    s.shutdown();
  });
});

describe('every connection to a workbook', () => {
  it('runs with trusted_schema off and cannot load an extension', async () => {
    const path = await goodWorkbook(tempDir());
    for (const readOnly of [false, true]) {
      const wb = openWorkbook(path, { readOnly });
      expect(wb.db.pragma('trusted_schema', { simple: true })).toBe(0);
      expect(() => wb.db.prepare("SELECT load_extension('/tmp/evil')").get()).toThrow(/not authorized/);
      closeWorkbook(wb);
    }
  });
});

describe('a workbook whose stored values are not what the app writes', () => {
  const valueCorpus: [string, string, RegExp][] = [
    ['adjusters that are not JSON', "UPDATE meetings SET adjusters = '{not json' WHERE id = 1", /meetings, row 1/],
    ['adjusters of the wrong shape', "UPDATE meetings SET adjusters = '[1, 2]' WHERE id = 1", /meetings, row 1/],
    ['a case whose content is not a case', `UPDATE cases SET content = '{"key": 1}' WHERE id = 1`, /cases, row 1/],
    // SQLite's quick_check skips CHECK constraints on a read-only connection: the values are checked when read
    [
      'a stance outside its list, written with the checks turned off',
      "PRAGMA ignore_check_constraints = ON; UPDATE agenda_items SET stance = 'whatever' WHERE id = 1",
      /agenda_items, row 1/,
    ],
  ];
  for (const [what, sql, where] of valueCorpus) {
    it(`says DAMAGED with the table and row, never INTERNAL, for ${what}; samsyn check finds it`, async () => {
      const dir = tempDir();
      const path = await goodWorkbook(dir);
      tamper(path, sql);
      const before = sha256(path);

      const s = service();
      const opened = await s.dispatch('workbook.open', { path, readOnly: true });
      expect(opened.ok).toBe(true);
      const home = await s.dispatch('workbook.home', {});
      const meeting = await s.dispatch('meetings.get', { id: 1 });
      const failure = [home, meeting].find((r) => !r.ok);
      expect(failure).toMatchObject({
        ok: false,
        error: { code: 'DAMAGED', details: { reason: expect.stringMatching(where) } },
      });
      s.shutdown();

      const check = samsyn('check', path);
      expect(check.code).toBe(1);
      expect(check.err).toMatch(where);
      expect(sha256(path)).toBe(before);
    });
  }

  it('refuses a cell far longer than the app writes before reading it, so printing never meets it', async () => {
    const path = await goodWorkbook(tempDir());
    tamper(path, "UPDATE agenda_items SET consensus_notes = printf('%.*c', 3000000, 'x') WHERE id = 1");
    const before = sha256(path);
    const s = service();
    const opened = await s.dispatch('workbook.open', { path, readOnly: true });
    expect(opened).toMatchObject({
      ok: false,
      error: { code: 'DAMAGED', details: { reason: 'agenda_items, row 1, too long' } },
    });
    s.shutdown();
    const minutes = samsyn('minutes', path, '-o', join(tempDir(), 'm.pdf'));
    expect(minutes.code).toBe(1);
    expect(sha256(path)).toBe(before);
  });
});

describe('lock files', () => {
  it('are never written through a symbolic link: a lock that links elsewhere is refused and the target untouched', async () => {
    const dir = tempDir();
    const path = await goodWorkbook(dir);
    const target = join(tempDir(), 'someone-elses-file.txt');
    writeFileSync(target, 'do not touch');
    symlinkSync(target, lockPathFor(path));
    for (const takeOverLock of [false, true]) {
      const s = service();
      expect(await s.dispatch('workbook.open', { path, takeOverLock })).toMatchObject({
        ok: false,
        error: { code: 'LOCK_REFUSED' },
      });
      s.shutdown();
    }
    expect(readFileSync(target, 'utf8')).toBe('do not touch');
  });

  it('are never created through a dangling link', async () => {
    const dir = tempDir();
    const path = await goodWorkbook(dir);
    const target = join(tempDir(), 'created-by-samsyn');
    symlinkSync(target, lockPathFor(path));
    const s = service();
    expect(await s.dispatch('workbook.open', { path, takeOverLock: true })).toMatchObject({ ok: false });
    s.shutdown();
    expect(existsSync(target)).toBe(false);
  });

  it('refuse a lock path that is a folder', async () => {
    const dir = tempDir();
    const path = await goodWorkbook(dir);
    mkdirSync(lockPathFor(path));
    const s = service();
    expect(await s.dispatch('workbook.open', { path })).toMatchObject({ ok: false, error: { code: 'LOCK_REFUSED' } });
    s.shutdown();
  });

  it('are shared by every path to one file: a symbolic link or a hard link cannot open it twice for writing', async () => {
    const dir = tempDir();
    const path = await goodWorkbook(dir);
    const viaSymlink = join(tempDir(), 'Genväg.samsyn');
    symlinkSync(path, viaSymlink);
    const viaHardLink = join(dir, 'Samma fil.samsyn');
    linkSync(path, viaHardLink);

    const first = service();
    expect((await first.dispatch('workbook.open', { path })).ok).toBe(true);
    for (const other of [viaSymlink, viaHardLink]) {
      const second = service();
      expect(await second.dispatch('workbook.open', { path: other })).toMatchObject({
        ok: false,
        error: { code: 'WORKBOOK_LOCKED' },
      });
      second.shutdown();
    }
    first.shutdown();
  });

  it('find a hard link held by another process on this computer', async () => {
    const dir = tempDir();
    const path = await goodWorkbook(dir);
    const viaHardLink = join(dir, 'Samma fil.samsyn');
    linkSync(path, viaHardLink);
    // another Samsyn (the parent process, which is alive) holds the file under its first name
    const { fileId } = workbookIdentity(path);
    const inodeLock = join(tmpdir(), `samsyn-locks-${process.getuid!()}`, `${fileId}.lock`);
    mkdirSync(join(tmpdir(), `samsyn-locks-${process.getuid!()}`), { recursive: true, mode: 0o700 });
    writeFileSync(inodeLock, JSON.stringify({ user: 'Karin', host: hostname(), pid: process.ppid, since: '' }));
    try {
      expect(() => openWorkbook(viaHardLink)).toThrow(expect.objectContaining({ code: 'WORKBOOK_LOCKED' }));
      expect(existsSync(lockPathFor(viaHardLink))).toBe(false);
    } finally {
      unlinkSync(inodeLock);
    }
  });
});

describe('recovering an interrupted save', () => {
  it('never rolls a journal that is not the workbook’s own into it', async () => {
    const dir = tempDir();
    const path = await goodWorkbook(dir);
    const stranger = interruptedWorkbook(tempDir(), 'Annan.samsyn');
    copyFileSync(`${stranger}-journal`, `${path}-journal`);
    const before = sha256(path);
    const s = service();
    const opened = await s.dispatch('workbook.open', { path, recover: true });
    expect(opened).toMatchObject({ ok: false, error: { code: 'FOREIGN_JOURNAL' } });
    if (!opened.ok) expectSentences('FOREIGN_JOURNAL', opened.error.details);
    s.shutdown();
    expect(sha256(path)).toBe(before);
    expect(existsSync(`${path}-journal`)).toBe(true);
  });

  it('copies the workbook and its journal aside first, and puts them back when the result does not pass the checks', () => {
    const dir = tempDir();
    const path = interruptedWorkbook(dir, 'Avbruten.samsyn');
    // a page the interrupted save never touched is damaged too: rolling back cannot make the file sound
    const fresh = newWorkbook(tempDir());
    const root = fresh.db
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'channel_plans'")
      .pluck()
      .get() as number;
    closeWorkbook(fresh);
    const bytes = readFileSync(path);
    bytes.fill(0x5a, (root - 1) * 4096, root * 4096);
    writeFileSync(path, bytes);
    const before = { workbook: sha256(path), journal: sha256(`${path}-journal`) };
    const backups = tempDir();

    expect(() => openWorkbook(path, { recover: true, backupDir: backups })).toThrow(
      expect.objectContaining({ code: 'RECOVERY_FAILED' }),
    );
    expect({ workbook: sha256(path), journal: sha256(`${path}-journal`) }).toEqual(before);
    const copies = listDir(backups);
    expect(copies).toEqual([expect.stringMatching(/before-recovery\.samsyn$/), expect.stringMatching(/\.journal$/)]);
    expect(sha256(join(backups, copies[0]!))).toBe(before.workbook);
  });

  it('keeps the copies when the recovery succeeds', () => {
    const dir = tempDir();
    const path = interruptedWorkbook(dir, 'Avbruten.samsyn');
    const before = sha256(path);
    const backups = tempDir();
    closeWorkbook(openWorkbook(path, { recover: true, backupDir: backups }));
    expect(existsSync(`${path}-journal`)).toBe(false);
    expect(sha256(join(backups, listDir(backups)[0]!))).toBe(before);
  });
});

describe('signatures', () => {
  it('verify catches a signature removed behind the app’s back and says so in words', async () => {
    const path = await goodWorkbook(tempDir());
    tamper(path, 'UPDATE meetings SET signed_at = NULL, signed_by = NULL, fingerprint = NULL');
    const result = samsyn('verify', path);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^CHANGED .*: the signature was removed$/m);
  });

  it('verify names what changed: an agenda item’s notes, or who signed', async () => {
    const path = await goodWorkbook(tempDir());
    tamper(path, "UPDATE agenda_items SET consensus_notes = 'Vi var inte alls överens.' WHERE id = 1");
    expect(samsyn('verify', path).out).toMatch(/: agenda item 1 was changed$/m);
    tamper(path, "UPDATE meetings SET signed_by = 'Någon annan'");
    expect(samsyn('verify', path).out).toMatch(/who signed, or when, was changed/);
  });

  it('verify does not flag an honestly signed meeting when a case it discussed is edited later in the app', async () => {
    const path = await goodWorkbook(tempDir());
    const s = service();
    const h = s.handlers;
    await h['workbook.open']({ path });
    const item = (await h['meetings.get']({ id: 1 })).items[0]!;
    const used = await h['cases.get']({ id: item.caseId });
    const { id, origin, edited, useCount, newerLibraryVersion, key, version, ...draft } = used;
    void [id, origin, edited, useCount, newerLibraryVersion, key, version];
    await h['cases.update']({
      id: used.id,
      content: { ...draft, sv: { ...draft.sv!, title: 'Ett nytt namn på fallet' } },
    });
    expect(await h['meetings.verify']({})).toEqual([expect.objectContaining({ matches: true, changed: [] })]);
    s.shutdown();
    expect(samsyn('verify', path).code).toBe(0);
  });
});

describe('meetings signed before format 4', () => {
  it('keep the fingerprint printed on their pages, verify after the upgrade, and a signature removed later is found', async () => {
    const path = await goodWorkbook(tempDir());
    // the same workbook as format 3 wrote it: no signature records and no procedure, the fingerprint of the meeting as it is
    const db = new Database(path);
    const printed = legacyFingerprint(readHandle(db), 1);
    db.exec(`DROP TABLE signatures; ALTER TABLE meetings DROP COLUMN procedure; PRAGMA user_version = 3;
      UPDATE meetings SET fingerprint = '${printed}'`);
    db.close();
    expect(samsyn('check', path).code).toBe(0);
    expect(samsyn('verify', path).code).toBe(0);

    const wb = openWorkbook(path);
    expect(wb.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(verifySignedMeetings(wb.db)).toEqual([expect.objectContaining({ matches: true })]);
    expect(wb.db.prepare('SELECT fingerprint FROM meetings').pluck().get()).toBe(printed);
    closeWorkbook(wb);

    tamper(path, 'UPDATE meetings SET signed_at = NULL, signed_by = NULL, fingerprint = NULL');
    expect(samsyn('verify', path).out).toMatch(/the signature was removed/);
  });
});

describe('bad paths', () => {
  const cases: [string, ErrorCode, (dir: string) => string][] = [
    ['a NUL byte', 'PATH_INVALID', (dir) => join(dir, 'Kund\0.samsyn')],
    ['a name longer than any disk allows', 'PATH_TOO_LONG', (dir) => join(dir, `${'å'.repeat(200)}.samsyn`)],
    [
      'a whole path longer than any disk allows',
      'PATH_TOO_LONG',
      (dir) => join(dir, ...Array.from({ length: 30 }, () => 'mapp'.repeat(50)), 'Kund.samsyn'),
    ],
    ['a folder', 'NOT_A_FILE', (dir) => dir],
    ['a device', 'NOT_A_REGULAR_FILE', () => '/dev/null'],
  ];
  for (const [what, code, make] of cases) {
    it(`refuse ${what} with ${code} and a sentence, in the app and in samsyn check`, async () => {
      const path = make(tempDir());
      const s = service();
      const opened = await s.dispatch('workbook.open', { path });
      expect(opened).toMatchObject({ ok: false, error: { code } });
      if (!opened.ok) expectSentences(code, opened.error.details);
      const created = await s.dispatch('workbook.create', { path, orgName: 'X', sector: 'private', language: 'sv' });
      expect(created.ok).toBe(false);
      s.shutdown();
      if (!path.includes('\0')) {
        const check = samsyn('check', path);
        expect(check.code).toBe(2);
        expect(check.err).toContain(errorSentence('en', code, { max: 255 }));
      }
    });
  }
});
