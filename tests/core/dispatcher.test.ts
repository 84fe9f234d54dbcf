import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatcher';
import { createService } from '../../electron/core/service';
import { AppError } from '../../electron/core/errors';
import { METHOD_NAMES } from '../../electron/shared/contract';
import type { Handlers } from '../../electron/core/service';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../helpers/files';

const tempDir = useTempDir();

function dispatcherWith(overrides: Partial<Handlers> = {}, log: (m: string, e: unknown) => void = () => {}) {
  const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  const shell = {
    'app.setLanguage': () => null,
    'dialog.pickNewWorkbook': () => null,
    'dialog.pickWorkbook': () => null,
    'dialog.pickCopyPath': () => null,
    'dialog.pickPackToImport': () => null,
    'dialog.pickPackExportPath': () => null,
    'projector.open': () => null,
    'dialog.pickPdfPath': () => null,
    'dialog.pickWorkbooks': () => [],
    'dialog.pickPackage': () => null,
    'dialog.pickPackageSavePath': () => null,
    'shell.openPdf': () => null,
    'projector.toggleFullscreen': () => null,
  };
  return { service, dispatch: createDispatcher({ ...service.handlers, ...shell, ...overrides } as Handlers, log) };
}

describe('the dispatcher', () => {
  it('refuses a method the contract does not declare', async () => {
    const { dispatch } = dispatcherWith();
    for (const name of ['workbook.delete', '__proto__', 'constructor', 42, null]) {
      const result = await dispatch(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('refuses a payload that does not match the schema, naming the field and the problem', async () => {
    const { dispatch } = dispatcherWith();
    const tooLong = await dispatch('workbook.create', {
      path: '/tmp/x.samsyn',
      orgName: 'x'.repeat(500),
      sector: 'public',
      language: 'sv',
    });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { field: 'orgName', problem: 'too_long', max: 120 } },
    });
    const missing = await dispatch('workbook.create', { path: '/tmp/x.samsyn', sector: 'public', language: 'sv' });
    expect(missing).toMatchObject({ ok: false, error: { details: { field: 'orgName', problem: 'required' } } });
    const extra = await dispatch('workbook.close', { evil: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { problem: 'unknown_field' } } });
    const wrongEnum = await dispatch('workbook.create', {
      path: '/tmp/x.samsyn',
      orgName: 'A',
      sector: 'military',
      language: 'sv',
    });
    expect(wrongEnum).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { field: 'sector' } } });
  });

  it('answers ok with the value for a valid call', async () => {
    const { dispatch, service } = dispatcherWith();
    const path = join(tempDir(), 'Acme.samsyn');
    const created = await dispatch('workbook.create', { path, orgName: '  Acme  ', sector: 'private', language: 'en' });
    expect(created).toMatchObject({ ok: true, value: { orgName: 'Acme', path, readOnly: false } });
    expect(await dispatch('workbook.close', undefined)).toEqual({ ok: true, value: null });
    service.shutdown();
  });

  it('passes a refusal from the core on with its code and sentence', async () => {
    const { dispatch } = dispatcherWith();
    const result = await dispatch('workbook.home', {});
    expect(result).toEqual({ ok: false, error: { code: 'NO_WORKBOOK', message: new AppError('NO_WORKBOOK').message } });
  });

  it('hides an unexpected failure behind INTERNAL, with no stack trace in the answer', async () => {
    const logged: string[] = [];
    const { dispatch } = dispatcherWith(
      {
        'recent.list': () => {
          throw new TypeError('cannot read x of undefined');
        },
      },
      (message) => logged.push(message),
    );
    const result = await dispatch('recent.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/TypeError|undefined|\.ts/);
    expect(logged).toEqual(['samsyn: recent.list failed']);
  });

  it('reports a disk that refuses to write as SAVE_FAILED', async () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const { dispatch } = dispatcherWith({
      'workbook.rename': () => {
        throw full;
      },
    });
    expect(await dispatch('workbook.rename', { orgName: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'SAVE_FAILED', details: { reason: 'disk-full', sqlite: 'SQLITE_FULL' } },
    });
  });

  it('has a handler for every method in the contract', () => {
    const { service } = dispatcherWith();
    const shellNames = METHOD_NAMES.filter((m) => /^(dialog|app|projector|shell)\./.test(m));
    expect(Object.keys(service.handlers).sort()).toEqual(METHOD_NAMES.filter((m) => !shellNames.includes(m)).sort());
  });
});

describe('the sentence for a failed save', () => {
  it('says why in the user’s language, not in SQLite’s words', async () => {
    const { errorSentence } = await import('../../electron/shared/messages');
    expect(errorSentence('sv', 'SAVE_FAILED', { reason: 'disk-full' })).toContain('(disken är full)');
    expect(errorSentence('en', 'SAVE_FAILED', { reason: 'file-gone' })).toContain(
      '(the file is no longer where it was)',
    );
    expect(errorSentence('sv', 'SAVE_FAILED', { reason: 'SQLITE_WHATEVER' })).toContain('(disken svarade inte)');
  });
});
