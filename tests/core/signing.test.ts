import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/files';
import { serviceWithWorkbook } from '../helpers/service';
import { readPdf } from '../helpers/pdf';

const tempDir = useTempDir();

async function closedMeeting() {
  const { service, path } = await serviceWithWorkbook(tempDir, { orgName: 'Åkerö kommun' });
  const h = service.handlers;
  const created = await h['meetings.create']({
    title: 'Möte om sociala medier',
    date: '2026-10-01',
    facilitator: 'Örjan',
  });
  const id = created.meeting.id;
  const detail = await h['meetings.addStarterAgenda']({ id });
  await h['items.update']({
    id: detail.items[0]!.id,
    changes: { consensusNotes: 'Vi är överens.', stance: 'acceptable' },
  });
  return { service, h, id, path, itemId: detail.items[0]!.id };
}

describe('signing a meeting', () => {
  it('needs the meeting closed first', async () => {
    const { h, id, service } = await closedMeeting();
    expect(() => h['meetings.sign']({ id, signedBy: 'Örjan' })).toThrow(
      expect.objectContaining({ code: 'NOT_CLOSED' }),
    );
    service.shutdown();
  });

  it('records who and when, locks every change, and prints the fingerprint on every page', async () => {
    const { h, id, itemId, service } = await closedMeeting();
    await h['meetings.setStatus']({ id, status: 'closed' });
    const signed = await h['meetings.sign']({ id, signedBy: 'Örjan Ek' });
    expect(signed.meeting).toMatchObject({
      signedBy: 'Örjan Ek',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const refused = expect.objectContaining({ code: 'SIGNED' });
    expect(() => h['items.update']({ id: itemId, changes: { consensusNotes: 'Ändrat i efterhand' } })).toThrow(refused);
    expect(() => h['meetings.update']({ id, changes: { title: 'Nytt namn' } })).toThrow(refused);
    expect(() => h['participants.add']({ meetingId: id, name: 'Sent påkommen' })).toThrow(refused);
    expect(() => h['actions.add']({ meetingId: id, what: 'Något nytt' })).toThrow(refused);
    expect(() => h['meetings.setStatus']({ id, status: 'running' })).toThrow(refused);
    expect(() => h['meetings.sign']({ id, signedBy: 'Någon annan' })).toThrow(refused);

    const doc = await h['papers.render']({ request: { kind: 'minutes', meetingId: id, style: 'formal', paper: 'a4' } });
    const pdf = readPdf(Buffer.from(doc.base64, 'base64'), tempDir());
    for (let n = 1; n <= pdf.pages; n++)
      expect(pdf.pageText(n)).toContain(`Fingeravtryck ${signed.meeting.fingerprint}`);
    service.shutdown();
  });

  it('shows and prints each case as it was signed, even after the case is edited', async () => {
    const { h, id, service } = await closedMeeting();
    await h['meetings.setStatus']({ id, status: 'closed' });
    await h['meetings.sign']({ id, signedBy: 'Örjan' });
    const detail = await h['meetings.get']({ id });
    const signedTitle = detail.items[0]!.caseText.sv!.title;
    const {
      id: caseId,
      origin,
      edited,
      useCount,
      newerLibraryVersion,
      key,
      version,
      ...draft
    } = await h['cases.get']({
      id: detail.items[0]!.caseId,
    });
    void [origin, edited, useCount, newerLibraryVersion, key, version];
    await h['cases.update']({
      id: caseId,
      content: { ...draft, sv: { ...draft.sv!, title: 'Ett nytt namn på fallet' } },
    });

    expect((await h['meetings.get']({ id })).items[0]!.caseText.sv!.title).toBe(signedTitle);
    const doc = await h['papers.render']({ request: { kind: 'minutes', meetingId: id, style: 'formal', paper: 'a4' } });
    const text = readPdf(Buffer.from(doc.base64, 'base64'), tempDir()).flat;
    expect(text).toContain(signedTitle);
    expect(text).not.toContain('Ett nytt namn på fallet');
    service.shutdown();
  });

  it('takes addenda afterwards without changing the signed fingerprint', async () => {
    const { h, id, service } = await closedMeeting();
    await h['meetings.setStatus']({ id, status: 'closed' });
    const signed = await h['meetings.sign']({ id, signedBy: 'Örjan' });
    const after = await h['meetings.addAddendum']({ id, text: 'Rättelse: mötet började 13.15, inte 13.00.' });
    expect(after.addenda.map((a) => a.text)).toEqual(['Rättelse: mötet började 13.15, inte 13.00.']);
    expect(after.meeting.fingerprint).toBe(signed.meeting.fingerprint);
    expect(await h['meetings.verify']({})).toEqual([expect.objectContaining({ meetingId: id, matches: true })]);
    const doc = await h['papers.render']({ request: { kind: 'minutes', meetingId: id, style: 'formal', paper: 'a4' } });
    expect(readPdf(Buffer.from(doc.base64, 'base64'), tempDir()).text).toContain('Rättelse: mötet började 13.15');
    service.shutdown();
  });

  it('lets verification catch a signed meeting changed behind the app’s back', async () => {
    const { h, id, path, itemId, service } = await closedMeeting();
    await h['meetings.setStatus']({ id, status: 'closed' });
    await h['meetings.sign']({ id, signedBy: 'Örjan' });
    await h['workbook.close']({});
    const db = new Database(path);
    db.prepare("UPDATE agenda_items SET consensus_notes = 'Vi var inte alls överens.' WHERE id = ?").run(itemId);
    db.close();
    await h['workbook.open']({ path });
    expect(await h['meetings.verify']({})).toEqual([expect.objectContaining({ meetingId: id, matches: false })]);
    service.shutdown();
  });

  it('records the procedure only when it is not the standard one, and catches a change to it', async () => {
    const { h, id, path, service } = await closedMeeting();
    const own = await h['meetings.create']({ title: 'Möte med egna paragrafer', date: '2026-10-08' });
    await h['meetings.addStarterAgenda']({ id: own.meeting.id });
    const opening = 'Anna hälsade välkommen och öppnade mötet.';
    await h['meetings.update']({
      id: own.meeting.id,
      changes: { procedure: { ...own.meeting.procedure, opening } },
    });
    for (const meetingId of [id, own.meeting.id]) {
      await h['meetings.setStatus']({ id: meetingId, status: 'closed' });
      await h['meetings.sign']({ id: meetingId, signedBy: 'Örjan' });
    }
    await h['workbook.close']({});
    const db = new Database(path);
    const snapshots = db.prepare('SELECT meeting_id AS id, snapshot FROM signatures ORDER BY meeting_id').all() as {
      id: number;
      snapshot: string;
    }[];
    const procedures = snapshots.map((s) => (JSON.parse(s.snapshot) as { meeting: { procedure?: unknown } }).meeting);
    // a meeting signed before format 5 had no procedure in its snapshot, and one with the standard has none either
    expect(procedures[0]).not.toHaveProperty('procedure');
    expect(procedures[1]).toHaveProperty('procedure.opening', opening);
    db.prepare("UPDATE meetings SET procedure = '' WHERE id = ?").run(own.meeting.id);
    db.close();
    await h['workbook.open']({ path });
    expect(await h['meetings.verify']({})).toEqual([
      expect.objectContaining({ meetingId: id, matches: true }),
      expect.objectContaining({ meetingId: own.meeting.id, matches: false, changed: ['meeting'] }),
    ]);
    service.shutdown();
  });
});
