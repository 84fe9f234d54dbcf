import { describe, expect, it } from 'vitest';
import { GUIDE_CHAPTERS, GUIDE_SCREENS, guideIn, HELP_FOR_SCREEN } from '../../electron/shared/guide';
import { MATERIAL_DEFAULTS } from '../../electron/shared/material';

const shape = (language: 'sv' | 'en') =>
  guideIn(language).chapters.map((c) => [c.id, c.sections.map((s) => [s.id, s.screen, s.consider?.length ?? 0])]);

describe('the guide', () => {
  it('has the same chapters and sections, in the same order, in Swedish and English', () => {
    expect(shape('en')).toEqual(shape('sv'));
    expect(guideIn('sv').chapters.map((c) => c.id)).toEqual([...GUIDE_CHAPTERS]);
  });

  it('has unique section ids within each chapter, and no empty text', () => {
    for (const language of ['sv', 'en'] as const) {
      for (const chapter of guideIn(language).chapters) {
        const ids = chapter.sections.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        const texts = [chapter.title, chapter.lead, ...chapter.sections.flatMap((s) => [s.title, ...s.paragraphs])];
        for (const text of texts) expect(text.trim().length).toBeGreaterThan(2);
      }
    }
  });

  it('opens every screen’s help at a chapter and section that exist', () => {
    const guide = guideIn('sv');
    for (const screen of GUIDE_SCREENS) {
      const help = HELP_FOR_SCREEN[screen];
      const chapter = guide.chapters.find((c) => c.id === help.chapter);
      expect(chapter, screen).toBeDefined();
      if (help.section)
        expect(
          chapter!.sections.map((s) => s.id),
          screen,
        ).toContain(help.section);
    }
  });

  it('uses only current legal terms', () => {
    for (const language of ['sv', 'en'] as const) {
      const all = JSON.stringify(guideIn(language)) + MATERIAL_DEFAULTS[language].introduction;
      expect(all).not.toMatch(/saklig grund|PUL\b|personuppgiftslagen|AFS 2015:4|victimisation/i);
    }
  });
});
