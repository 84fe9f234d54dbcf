import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../electron/shared/caseLists';
import { useTempDir } from '../../helpers/files';
import { serviceWithWorkbook } from '../../helpers/service';

const tempDir = useTempDir();

describe('theme coverage in the library listing', () => {
  it('lists every theme as not yet discussed in a new workbook', async () => {
    const { handlers: h } = (await serviceWithWorkbook(tempDir)).service;
    const { coverage } = await h['library.list']({});
    expect(coverage.map((c) => c.theme)).toEqual([...THEMES]);
    expect(coverage.every((c) => c.discussedIn === 0 && c.plannedIn === 0)).toBe(true);
  });

  it('counts a theme as discussed once a meeting leaves a trace on a case with it, and as planned before', async () => {
    const { handlers: h } = (await serviceWithWorkbook(tempDir)).service;
    const chat = await h['cases.useFromLibrary']({ key: 'deepfake-in-the-chat' }); // AI, criticism, tone
    const address = await h['cases.useFromLibrary']({ key: 'address-in-the-group' }); // threats, photos, public sector
    const first = await h['meetings.create']({ title: 'Första', date: '2026-10-01' });
    const second = await h['meetings.create']({ title: 'Andra', date: '2026-11-01' });
    await h['items.add']({ meetingId: first.meeting.id, caseId: chat.id });
    const withAddress = await h['items.add']({ meetingId: first.meeting.id, caseId: address.id });
    await h['items.add']({ meetingId: second.meeting.id, caseId: chat.id });

    const before = Object.fromEntries((await h['library.list']({})).coverage.map((c) => [c.theme, c]));
    expect(before['ai-and-manipulated-media']).toEqual({
      theme: 'ai-and-manipulated-media',
      discussedIn: 0,
      plannedIn: 2,
    });

    const addressItem = withAddress.items.find((i) => i.caseId === address.id)!;
    await h['items.update']({ id: addressItem.id, changes: { stance: 'not_acceptable' } });
    await h['meetings.setStatus']({ id: first.meeting.id, status: 'closed' });

    const after = Object.fromEntries((await h['library.list']({})).coverage.map((c) => [c.theme, c]));
    expect(after['threats-and-exposure']).toMatchObject({ discussedIn: 1, plannedIn: 0 });
    // the deepfake case stayed undiscussed in the closed meeting and is still on the second one's agenda
    expect(after['ai-and-manipulated-media']).toMatchObject({ discussedIn: 0, plannedIn: 1 });
    expect(after['good-use']).toMatchObject({ discussedIn: 0, plannedIn: 0 });
  });
});
