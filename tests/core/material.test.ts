import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/dispatcher';
import { guideIn } from '../../electron/shared/guide';
import type { PdfDocument } from '../../electron/shared/paperTypes';
import { useTempDir } from '../helpers/files';
import { newService } from '../helpers/service';
import { readPdf } from '../helpers/pdf';

const tempDir = useTempDir();
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

function service() {
  const s = newService(tempDir);
  const dispatch = createDispatcher(s.handlers as never, () => undefined);
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code}`);
    return result.value as T;
  };
  return { s, dispatch, call };
}

const material = (source: unknown, extra: Record<string, unknown> = {}) => ({
  request: { kind: 'material', source, edition: 'group', booklet: false, language: 'sv', paper: 'a4', ...extra },
});

describe('the conversation material as a paper', () => {
  it('prints a meeting’s agenda in its order, under the meeting’s title, with the workbook’s own copy of a case', async () => {
    const { s, call } = service();
    await call('workbook.create', {
      path: join(tempDir(), 'A.samsyn'),
      orgName: 'Alfa',
      sector: 'public',
      language: 'sv',
    });
    const first = await call<{ id: number; sv: { title: string } }>('cases.useFromLibrary', { key: 'monday-irony' });
    const second = await call<{ id: number }>('cases.useFromLibrary', { key: 'a-day-at-the-library' });
    const meeting = await call<{ meeting: { id: number } }>('meetings.create', {
      title: 'Samtal i enhet 3',
      date: '2026-05-05',
    });
    await call('items.add', { meetingId: meeting.meeting.id, caseId: second.id });
    await call('items.add', { meetingId: meeting.meeting.id, caseId: first.id });

    const doc = await call<PdfDocument>('papers.render', material({ from: 'meeting', meetingId: meeting.meeting.id }));
    const pdf = readPdf(Buffer.from(doc.base64, 'base64'), tempDir());
    expect(doc.pages).toBe(pdf.pages);
    expect(pdf.title).toBe('Samtal i enhet 3');
    const text = flat(pdf.text);
    expect(text.indexOf('En dag på biblioteket')).toBeLessThan(text.indexOf(first.sv.title));
    expect(text).toContain('Alfa'.toLocaleUpperCase('sv'));

    const {
      id: _id,
      key: _key,
      version: _version,
      origin: _o,
      edited: _e,
      useCount: _u,
      newerLibraryVersion: _n,
      ...content
    } = await call<Record<string, never> & { sv: { title: string } }>('cases.get', { id: first.id });
    await call('cases.update', {
      id: first.id,
      content: { ...content, sv: { ...content.sv, title: 'Vår egen måndag' } },
    });
    const byKey = await call<PdfDocument>(
      'papers.render',
      material({ from: 'cases', keys: ['monday-irony', 'late-night-rant'] }),
    );
    const both = flat(readPdf(Buffer.from(byKey.base64, 'base64'), tempDir()).text);
    expect(both).toContain('Vår egen måndag');
    expect(both).toContain('Ett ilsket inlägg mitt i natten');
    s.shutdown();
  });

  it('uses the title and introduction the user wrote, and the same cases from a conversation package', async () => {
    const { s, call } = service();
    const dir = tempDir();
    await call('workbook.create', { path: join(dir, 'A.samsyn'), orgName: 'Alfa', sector: 'private', language: 'en' });
    const c = await call<{ id: number }>('cases.useFromLibrary', { key: 'late-night-rant' });
    const meeting = await call<{ meeting: { id: number } }>('meetings.create', {
      title: 'Unit talks',
      date: '2026-05-05',
    });
    await call('items.add', { meetingId: meeting.meeting.id, caseId: c.id });
    const path = join(dir, 'talks.samsyn-package');
    await call('packages.export', { meetingId: meeting.meeting.id, instruction: 'Hold it before June.', path });

    const doc = await call<PdfDocument>(
      'papers.render',
      material(
        { from: 'package', path },
        { language: 'en', title: 'Talking about posts', introduction: 'First.\n\nSecond paragraph.' },
      ),
    );
    const pdf = readPdf(Buffer.from(doc.base64, 'base64'), dir, 'p.pdf');
    expect(pdf.title).toBe('Talking about posts');
    expect(flat(pdf.pageText(2))).toMatch(/First\. Second paragraph\./);
    expect(doc.fileName).toBe('Conversation material.pdf');
    s.shutdown();
  });

  it('refuses a case the workbook and the library do not have, and a request without its source', async () => {
    const { s, call, dispatch } = service();
    await call('workbook.create', {
      path: join(tempDir(), 'A.samsyn'),
      orgName: 'Alfa',
      sector: 'private',
      language: 'sv',
    });
    const missing = await dispatch('papers.render', material({ from: 'cases', keys: ['no-such-case'] }));
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const bad = await dispatch('papers.render', material({ from: 'cases', keys: [] }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    s.shutdown();
  });
});

describe('the guide as a paper', () => {
  it('prints without a workbook open, in the language asked for', async () => {
    const { call } = service();
    for (const language of ['sv', 'en'] as const) {
      const doc = await call<PdfDocument>('papers.render', { request: { kind: 'guide', language, paper: 'a4' } });
      const pdf = readPdf(Buffer.from(doc.base64, 'base64'), tempDir());
      expect(pdf.title).toBe(guideIn(language).title);
      expect(doc.fileName).toBe(`${guideIn(language).title}.pdf`);
      for (const chapter of guideIn(language).chapters) expect(pdf.text).toContain(chapter.title);
    }
  });
});
