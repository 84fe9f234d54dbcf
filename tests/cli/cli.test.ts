import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { closeWorkbook } from '../../electron/core/db/workbook';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { METHOD_NAMES } from '../../electron/shared/contract';
import { addAction, createMeeting, insertCase } from '../../electron/core/repos';
import { sha256, useTempDir } from '../helpers/files';
import { newWorkbook } from '../helpers/workbook';
import { sampleCase } from '../helpers/cases';

const BIN = fileURLToPath(new URL('../../bin/samsyn.js', import.meta.url));
const tempDir = useTempDir();

function samsyn(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function goodWorkbook(dir: string): string {
  const wb = newWorkbook(dir);
  insertCase(wb.db, sampleCase(), 'library');
  const meeting = createMeeting(wb.db, { title: 'Möte', date: '2026-05-05' });
  addAction(wb.db, meeting, { what: 'Skriva en plan' });
  closeWorkbook(wb);
  return wb.path;
}

describe('samsyn info', () => {
  it('prints the organisation, the format version and the counts', () => {
    const path = goodWorkbook(tempDir());
    const before = sha256(path);
    const { code, out } = samsyn('info', path);
    expect(code).toBe(0);
    expect(out).toMatch(/Organisation:\s+Björkbackens förskola/);
    expect(out).toMatch(new RegExp(`Format version:\\s+${LATEST_VERSION}`));
    expect(out).toMatch(/Cases:\s+1/);
    expect(out).toMatch(/Meetings:\s+1/);
    expect(out).toMatch(/Actions:\s+1 \(1 open\)/);
    expect(sha256(path)).toBe(before);
  });
});

describe('samsyn check', () => {
  it('exits 0 for a sound workbook', () => {
    const { code, out } = samsyn('check', goodWorkbook(tempDir()));
    expect(code).toBe(0);
    expect(out).toMatch(/: ok\n$/);
  });

  it('exits 1 with a one-line reason for a damaged workbook', () => {
    const dir = tempDir();
    const path = goodWorkbook(dir);
    const db = new Database(path);
    db.pragma('foreign_keys = OFF');
    db.prepare("INSERT INTO participants (meeting_id, position, name) VALUES (999, 0, 'Spöke')").run();
    db.close();
    const { code, err } = samsyn('check', path);
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('damaged');
  });

  it('exits 2 with a one-line reason for files that are not Samsyn workbooks', () => {
    const dir = tempDir();
    const text = join(dir, 'notes.samsyn');
    writeFileSync(text, 'just text');
    const empty = join(dir, 'empty.samsyn');
    writeFileSync(empty, '');
    const foreign = join(dir, 'music.db');
    new Database(foreign).exec('CREATE TABLE t (x)');
    const newer = goodWorkbook(tempDir());
    const db = new Database(newer);
    db.pragma('user_version = 7');
    db.close();
    const folder = join(dir, 'folder.samsyn');
    mkdirSync(folder);
    for (const [path, words] of [
      [text, 'not a Samsyn workbook'],
      [empty, 'empty'],
      [foreign, 'database, but not a Samsyn workbook'],
      [newer, 'newer version'],
      [folder, 'folder'],
      [join(dir, 'missing.samsyn'), 'There is no such file. Check the name and the folder'],
    ] as const) {
      const { code, err } = samsyn('check', path);
      expect(code, path).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toContain(words);
      // a terminal has no Open dialog to point to
      expect(err).not.toMatch(/\bOpen\b/);
    }
  });

  it('explains its usage and exits 2 when called wrongly', () => {
    const { code, err } = samsyn('frobnicate');
    expect(code).toBe(2);
    expect(err).toContain('samsyn check FILE');
  });
});

describe('starting the command-line tool', () => {
  // What a command loads is what its start costs: pdfkit and fontkit take longer to
  // load than `info` and `check` take to run.
  const CLI = fileURLToPath(new URL('../../out/main/cli.js', import.meta.url));
  const loaded = (...args: string[]) => {
    const script = `require(${JSON.stringify(CLI)}).run(${JSON.stringify(args)}, () => {}, () => {}).then(() =>
      console.log(JSON.stringify(Object.keys(require.cache))))`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    return JSON.parse(result.stdout) as string[];
  };
  const heavy = (modules: string[]) => modules.filter((m) => /node_modules\/(pdfkit|fontkit)\//.test(m));
  // Node's own modules a command loads besides those every start loads
  const builtinsLoaded = (...args: string[]) => {
    const script = `const before = new Set(process.moduleLoadList);
      require(${JSON.stringify(CLI)}).run(${JSON.stringify(args)}, () => {}, () => {}).then(() =>
        console.log(JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))))`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    return JSON.parse(result.stdout) as string[];
  };

  it('info and check load neither the PDF library nor its font engine', () => {
    const path = goodWorkbook(tempDir());
    expect(heavy(loaded('info', path))).toEqual([]);
    expect(heavy(loaded('check', path))).toEqual([]);
  });

  it('info and check do not load node:crypto, which only the checked-files memory and signatures use', () => {
    const path = goodWorkbook(tempDir());
    expect(builtinsLoaded('verify', path)).toContain('NativeModule crypto');
    expect(builtinsLoaded('info', path)).not.toContain('NativeModule crypto');
    expect(builtinsLoaded('check', path)).not.toContain('NativeModule crypto');
  });

  it('a PDF command loads the PDF library when it runs', () => {
    const path = goodWorkbook(tempDir());
    expect(heavy(loaded('plans', path, '-o', join(tempDir(), 'plans.pdf')))).not.toEqual([]);
  });

  // The contract's schemas take longer to build than info takes to run, and zod longer
  // to load: info and check read stored values by their shapes (electron/core/db/shapes.ts).
  const holdingTheContract = (files: string[]) =>
    files.filter((file) => {
      const code = readFileSync(file, 'utf8');
      return METHOD_NAMES.some((name) => code.includes(`"${name}"`));
    });

  it('info and check load none of the contract between the app’s windows and its core', () => {
    const path = goodWorkbook(tempDir());
    const built = (files: string[]) => files.filter((f) => f.includes(join('out', 'main')));
    expect(holdingTheContract([fileURLToPath(new URL('../../out/main/index.js', import.meta.url))])).toHaveLength(1);
    for (const command of ['info', 'check']) {
      const files = built(loaded(command, path));
      expect(files.length, command).toBeGreaterThan(1);
      expect(holdingTheContract(files), command).toEqual([]);
    }
  });

  it('info and check load no zod', () => {
    const path = goodWorkbook(tempDir());
    const holdingZod = (files: string[]) => files.filter((file) => readFileSync(file, 'utf8').includes('$ZodObject'));
    expect(holdingZod([fileURLToPath(new URL('../../out/main/index.js', import.meta.url))])).toEqual([]);
    expect(holdingZod(loaded('plans', path, '-o', join(tempDir(), 'plans.pdf')))).not.toEqual([]);
    expect(holdingZod(loaded('info', path))).toEqual([]);
    expect(holdingZod(loaded('check', path))).toEqual([]);
  });

  it('finds the SQLite addon when its build is not where the project keeps it', () => {
    // the built chunks look for node_modules three folders up; from here it is four
    const copy = join(fileURLToPath(new URL('../../test-output/', import.meta.url)), 'moved-build', 'out', 'main');
    rmSync(copy, { recursive: true, force: true });
    cpSync(fileURLToPath(new URL('../../out/main', import.meta.url)), copy, { recursive: true });
    const path = goodWorkbook(tempDir());
    const script = `require(${JSON.stringify(join(copy, 'cli.js'))}).run(['check', ${JSON.stringify(path)}], console.log, console.error)`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/: ok\n$/);
    rmSync(copy, { recursive: true, force: true });
  });

  it('prints the same and exits the same when the compile cache cannot be written', () => {
    const good = goodWorkbook(tempDir());
    const damaged = goodWorkbook(tempDir());
    const db = new Database(damaged);
    db.prepare(`UPDATE cases SET content = '{"key": 1}'`).run();
    db.close();
    // Node keeps the cache in the temporary folder; a file in its place cannot hold one.
    const notAFolder = join(tempDir(), 'not-a-folder');
    writeFileSync(notAFolder, '');
    const { NODE_COMPILE_CACHE: _, ...env } = process.env;
    const run = (extra: Record<string, string>, ...args: string[]) => {
      const result = spawnSync(process.execPath, [BIN, ...args], {
        encoding: 'utf8',
        env: { ...env, LANG: 'C', ...extra },
      });
      return { code: result.status, out: result.stdout, err: result.stderr };
    };
    for (const args of [
      ['info', good],
      ['check', good],
      ['check', damaged],
    ]) {
      const usual = run({}, ...args);
      expect(run({ TMPDIR: notAFolder }, ...args), args.join(' ')).toEqual(usual);
    }
    expect(run({}, 'check', damaged).code).toBe(1);
  });
});

describe('npx samsyn', () => {
  it('runs the same tool from the package', () => {
    const result = spawnSync('npx', ['--no-install', 'samsyn', 'check', goodWorkbook(tempDir())], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(': ok');
  });
});

describe('samsyn cases --json', () => {
  it('prints the counts the library is held to, and each case with its kind, heat, themes and titles', () => {
    const { code, out } = samsyn('cases', '--json');
    expect(code).toBe(0);
    const { counts, cases } = JSON.parse(out) as {
      counts: { cases: number; posts: number; heated: number; byTheme: Record<string, number> };
      cases: {
        key: string;
        version: number;
        themes: string[];
        kind: string;
        heated: boolean;
        title: { sv: string; en: string };
      }[];
    };
    expect(counts.cases).toBe(cases.length);
    expect(counts.posts).toBe(cases.filter((c) => c.kind === 'post').length);
    expect(counts.heated).toBe(cases.filter((c) => c.heated).length);
    expect(counts.byTheme['threats-and-exposure']).toBeGreaterThanOrEqual(2);
    const rant = cases.find((c) => c.key === 'late-night-rant')!;
    expect(rant).toMatchObject({ kind: 'post', heated: true, themes: expect.arrayContaining(['criticism-of-people']) });
    expect(cases.find((c) => c.key === 'post-or-report')).toMatchObject({ kind: 'situation', heated: false });
    expect(rant.title.sv).not.toBe(rant.title.en);
  });
});

describe('samsyn example, minutes, policy and verify', () => {
  it('write an example workbook and print its minutes and policy as PDFs', () => {
    const dir = tempDir();
    const file = join(dir, 'Exempel.samsyn');
    expect(samsyn('example', file).code).toBe(0);
    expect(samsyn('example', file)).toMatchObject({ code: 2 });
    expect(samsyn('info', file).out).toMatch(/Meetings:\s+1/);

    const minutes = join(dir, 'protokoll.pdf');
    expect(samsyn('minutes', file, '--meeting', 'latest', '--style', 'formal', '-o', minutes).code).toBe(0);
    const policy = join(dir, 'policy.pdf');
    expect(samsyn('policy', file, '--version', 'latest', '--paper', 'letter', '-o', policy).code).toBe(0);
    const text = (pdf: string) => spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text(minutes)).toContain('Protokoll nr 1/2026');
    expect(text(policy)).toContain('Så gör vi i sociala medier');
    expect(spawnSync('pdfinfo', [policy], { encoding: 'utf8' }).stdout).toMatch(/Pages:\s+1\n[\s\S]*letter/);

    expect(samsyn('minutes', file, '--style', 'fancy', '-o', minutes)).toMatchObject({
      code: 2,
      err: expect.stringContaining('--style must be one of'),
    });
    expect(samsyn('policy', file, '--version', '9', '-o', policy)).toMatchObject({ code: 2 });
  });

  it('say in words, naming the -o file, when the PDF cannot be saved there', () => {
    const file = join(tempDir(), 'Exempel.samsyn');
    samsyn('example', file);
    const nowhere = join(tempDir(), 'gone', 'policy.pdf');
    expect(samsyn('policy', file, '-o', nowhere)).toEqual({
      code: 2,
      out: '',
      err: `${nowhere}: The PDF could not be saved (the folder does not exist). An earlier file of the same name is unchanged. Choose another folder, or check that the disk is not full or unplugged.\n`,
    });
  });

  it('verify says which signed meetings still match, and fails when one was changed behind the app’s back', () => {
    const file = join(tempDir(), 'Exempel.samsyn');
    samsyn('example', file);
    const ok = samsyn('verify', file);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^ok\s+2026-09-17\s+Arbetsplatsträff om sociala medier/m);
    const db = new Database(file);
    db.prepare("UPDATE agenda_items SET consensus_notes = 'Ändrat i smyg' WHERE id = 1").run();
    db.close();
    const changed = samsyn('verify', file);
    expect(changed.code).toBe(1);
    expect(changed.out).toMatch(/^CHANGED\s+2026-09-17/m);
  });
});

describe('samsyn collect, compare and plans', () => {
  it('collect the example into a central workbook once, and print the summary and the register', () => {
    const dir = tempDir();
    const source = join(dir, 'Enhet.samsyn');
    const central = join(dir, 'Central.samsyn');
    samsyn('example', source);
    samsyn('example', central, '--language', 'en');
    const before = sha256(source);
    const first = samsyn('collect', central, source);
    expect(first.code).toBe(0);
    expect(first.out).toContain('collected 1 meeting(s); 0 already collected');
    expect(samsyn('collect', central, source).out).toContain('collected 0 meeting(s); 1 already collected');
    expect(sha256(source)).toBe(before);
    const summary = join(dir, 'summary.pdf');
    expect(samsyn('compare', central, '-o', summary).code).toBe(0);
    expect(spawnSync('pdftotext', [summary, '-'], { encoding: 'utf8' }).stdout).toContain('Björkbackens förskola');
    const register = join(dir, 'register.pdf');
    expect(samsyn('plans', central, '-o', register).code).toBe(0);
    expect(spawnSync('pdftotext', [register, '-'], { encoding: 'utf8' }).stdout).toContain('Register of our channels');
  });
});
