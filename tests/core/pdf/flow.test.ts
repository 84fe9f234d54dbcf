import { describe, expect, it } from 'vitest';
import { createDocument, finish } from '../../../electron/core/pdf/document';
import { Flow } from '../../../electron/core/pdf/flow';
import { FONTS_DIR, useTempDir } from '../../helpers/files';
import { readPdf } from '../../helpers/pdf';

const tempDir = useTempDir();

/** A paragraph of about `lines` lines whose every word can be told from the filler's. */
const marked = (lines: number) => Array.from({ length: lines * 11 }, (_, i) => `ord${i}`).join(' ');

describe('a paragraph running on to the next page', () => {
  it('leaves neither its first nor its last line alone on a page, wherever the page ends', async () => {
    for (const size of [3, 4, 6]) {
      const doc = createDocument({
        fontsDir: FONTS_DIR,
        paper: 'a4',
        title: 'Flöde',
        author: 'Samsyn',
        subject: 'Flöde',
        language: 'sv',
        margins: { top: 60, bottom: 60, left: 60, right: 60 },
      });
      const root = doc.struct('Document');
      doc.addStructure(root);
      const flow = new Flow(doc, root, 60, doc.page.width - 120, 'sv');
      // one paragraph after filler of every height, a point at a time, so every split is tried
      for (let filler = 600; filler <= 730; filler += 4) {
        if (doc.y > 60) doc.addPage();
        doc.y += filler;
        flow.paragraph(marked(size));
      }
      root.end();
      const pdf = readPdf(await finish(doc), tempDir(), `flow-${size}.pdf`);
      pdf.text.split('\f').forEach((page, i) => {
        const lines = page.split('\n').filter((l) => /ord\d/.test(l)).length;
        expect(lines, `${size} lines, page ${i + 1}`).not.toBe(1);
      });
    }
  });
});
