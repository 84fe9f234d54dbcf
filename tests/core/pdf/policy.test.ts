import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitPolicy, renderPolicy, type PolicyContent } from '../../../electron/core/pdf/policy';
import { createService } from '../../../electron/core/service';
import { FONTS_DIR, LIBRARY_DIR, useTempDir } from '../../helpers/files';
import { readPdf } from '../../helpers/pdf';

const tempDir = useTempDir();

const POINT =
  'Vi frågar alltid innan vi lägger upp bilder på kollegor, barn eller föräldrar – och tar bort en bild direkt om någon ber om det. ';

function policy(points: number, pointLength = 180): PolicyContent {
  return {
    orgName: 'Björkbackens förskola',
    title: 'Så gör vi i sociala medier',
    intro:
      'Vi har pratat igenom exempel tillsammans. Det här är vad vi är överens om – för nu. ”Vi ses över det om ett år.”',
    points: Array.from({ length: points }, (_, i) => `${POINT.repeat(3).slice(0, pointLength - 12)} § ${i + 1}.`),
    version: 3,
    adoptedAt: '2026-06-03',
    reviewDate: '2027-06-01',
    contact: 'Åsa Lindqvist, förskolechef',
    language: 'sv',
  };
}

describe('the one-page policy', () => {
  it('keeps the largest type that fits and shrinks as the text grows, never below 9 pt', () => {
    const sizes = [1, 4, 8, 12, 15].map((n) => fitPolicy(policy(n), 'a4', FONTS_DIR));
    expect(sizes.every((s) => s.fits)).toBe(true);
    const fontSizes = sizes.map((s) => s.fontSize!);
    expect(fontSizes[0]).toBe(16);
    expect([...fontSizes].sort((a, b) => b - a)).toEqual(fontSizes);
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(9);
    expect(sizes.map((s) => s.usedPercent)).toEqual([...sizes.map((s) => s.usedPercent)].sort((a, b) => a - b));
  });

  it('is exactly one page at every length up to the limit, on A4 and on US Letter', async () => {
    for (const paper of ['a4', 'letter'] as const) {
      let n = 1;
      while (fitPolicy(policy(n + 1), paper, FONTS_DIR).fits) n++;
      for (const count of [1, Math.ceil(n / 2), n]) {
        const pdf = readPdf(await renderPolicy(policy(count), paper, FONTS_DIR), tempDir(), `${paper}-${count}.pdf`);
        expect(pdf.pages, `${paper} with ${count} points`).toBe(1);
        expect(pdf.pageSize).toContain(paper === 'a4' ? 'A4' : 'letter');
        expect(pdf.text).toContain(`§ ${count}.`);
      }
    }
  });

  it('refuses beyond the limit with POLICY_TOO_LONG and how much to cut', async () => {
    let n = 1;
    while (fitPolicy(policy(n), 'a4', FONTS_DIR).fits) n++;
    const report = fitPolicy(policy(n + 2), 'a4', FONTS_DIR);
    expect(report).toMatchObject({ fits: false, fontSize: null });
    expect(report.overChars).toBeGreaterThan(0);
    expect(report.usedPercent).toBeGreaterThan(100);
    await expect(renderPolicy(policy(n + 2), 'a4', FONTS_DIR)).rejects.toMatchObject({
      code: 'POLICY_TOO_LONG',
      details: { over: report.overChars },
    });
  });

  it('names the longest points when asked', () => {
    const content = policy(4);
    content.points[2] = `${content.points[2]} ${POINT.repeat(2)}`;
    expect(fitPolicy(content, 'a4', FONTS_DIR).longestPoints[0]).toBe(2);
  });

  it('embeds its fonts, keeps Swedish letters, quotes, dashes and § exact, and is tagged with title, author and language', async () => {
    const pdf = readPdf(await renderPolicy(policy(5), 'a4', FONTS_DIR), tempDir());
    expect(pdf.fonts.length).toBeGreaterThan(0);
    expect(pdf.fonts.every((f) => f.embedded)).toBe(true);
    expect(pdf.fonts.map((f) => f.name).join()).toMatch(/Noto/);
    for (const words of [
      'Så gör vi i sociala medier',
      '”Vi ses över det om ett år.”',
      '– och tar bort en bild',
      '§ 5.',
      'Version 3',
      'Antagen 3 juni 2026',
      'Ses över senast 1 juni 2027',
      'Kontaktperson: Åsa Lindqvist, förskolechef',
    ])
      expect(pdf.flat).toContain(words);
    expect(pdf.title).toBe('Så gör vi i sociala medier');
    expect(pdf.author).toBe('Björkbackens förskola');
    expect(pdf.tagged).toBe(true);
    expect(pdf.metadata).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(pdf.metadata).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  });
});

describe('the policy as a poster', () => {
  const words = (bbox: string) =>
    [...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (m) => ({ yMin: Number(m[2]), yMax: Number(m[4]), text: m[5]! }),
    );

  it('sets the example workbook’s adopted policy in type of at least 14 pt over three quarters of the page', async () => {
    const { service, h } = await exampleService();
    for (const paper of ['a4', 'letter'] as const) {
      const doc = await h['papers.render']({ request: { kind: 'policy', version: 1, paper } });
      const pdf = readPdf(Buffer.from(doc.base64, 'base64'), tempDir(), `poster-${paper}.pdf`);
      const height = Number(pdf.pageSize.match(/x ([\d.]+)/)![1]);
      const bbox = execFileSync('pdftotext', ['-bbox', pdf.path, '-'], { encoding: 'utf8' });
      const all = words(bbox);
      const footerTop = all.find((w) => w.text === 'Version')!.yMin;
      const body = all.filter((w) => w.yMax < footerTop);
      // Noto Serif's line box is 1.362 em, so a word's box height gives the type size
      const point = body.find((w) => w.text === 'visar')!;
      expect((point.yMax - point.yMin) / 1.362).toBeGreaterThanOrEqual(14);
      const span = Math.max(...body.map((w) => w.yMax)) - Math.min(...body.map((w) => w.yMin));
      expect(span / height).toBeGreaterThanOrEqual(0.75);
      expect(pdf.text).not.toContain('UTKAST');
      expect(pdf.flat).toMatch(/Antagen av Arbetsplatsträff om sociala medier den \d+ \w+ 2026, § \d+/);
    }
    service.shutdown();
  });

  it('marks a draft with a large diagonal UTKAST', async () => {
    const { service, h } = await exampleService();
    const adopted = await h['papers.render']({ request: { kind: 'policy', version: 1, paper: 'a4' } });
    await h['agreement.addPoint']({ text: 'En ny punkt i utkastet.' });
    const draft = await h['papers.render']({ request: { kind: 'policy', version: 'draft', paper: 'a4' } });
    // poppler leaves diagonal text out of pdftotext, so the mark is found as what it is: a large grey area
    const grey = (base64: string, name: string) => {
      const pdf = readPdf(Buffer.from(base64, 'base64'), tempDir(), name);
      const pgm = execFileSync('pdftoppm', ['-r', '20', '-gray', pdf.path]);
      const header = pgm
        .subarray(0, 20)
        .toString('latin1')
        .match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!;
      const pixels = pgm.subarray(header[0].length);
      return pixels.filter((v) => v >= 215 && v <= 240).length / pixels.length;
    };
    expect(grey(draft.base64, 'draft.pdf') - grey(adopted.base64, 'adopted.pdf')).toBeGreaterThan(0.03);
    service.shutdown();
  });
});

async function exampleService() {
  const service = createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });
  await service.handlers['example.create']({
    path: join(tempDir(), `Exempel-${Math.random()}.samsyn`),
    language: 'sv',
  });
  return { service, h: service.handlers };
}
