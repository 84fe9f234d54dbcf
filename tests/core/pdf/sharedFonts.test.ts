import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../electron/core/service';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../../helpers/files';
import { timeless } from '../../helpers/pdf';

const tempDir = useTempDir();

describe('fonts and shaped words shared between documents', () => {
  it('make the same PDF as a first render, byte for byte apart from the time it was made', async () => {
    const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
    const h = service.handlers;
    await h['example.create']({ path: join(tempDir(), 'Exempel.samsyn'), language: 'sv' });
    const [meeting] = await h['meetings.list']({});
    const render = async () =>
      Buffer.from(
        (
          await h['papers.render']({
            request: { kind: 'minutes', meetingId: meeting!.id, style: 'formal', paper: 'a4' },
          })
        ).base64,
        'base64',
      );
    const first = await render();
    await h['papers.render']({ request: { kind: 'policy', version: 'draft', paper: 'a4' } });
    const again = await render();
    expect(timeless(again)).toBe(timeless(first));
    service.shutdown();
  });
});
