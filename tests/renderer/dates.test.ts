import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay } from '../../renderer/src/dates';

describe('dates on screen', () => {
  it('writes a date one way per language, and a moment as that date with the time', () => {
    expect(formatDay('2026-09-17', 'sv')).toBe('17 september 2026');
    expect(formatDay('2026-09-17', 'en')).toBe('17 September 2026');
    const moment = new Date(2026, 8, 17, 14, 5).toISOString();
    expect(formatDateTime(moment, 'sv')).toBe('17 september 2026 kl. 14:05');
    expect(formatDateTime(moment, 'en')).toBe('17 September 2026 at 14:05');
  });

  it('keeps what it cannot read as it is, and writes nothing for no date', () => {
    expect(formatDay('sometime', 'sv')).toBe('sometime');
    expect(formatDay(null, 'sv')).toBe('');
    expect(formatDateTime('not a time', 'en')).toBe('not a time');
  });

  it('gives the same words in a long list as for one date, switching language in between', () => {
    const days = Array.from({ length: 500 }, (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')}`);
    const sv = days.map((d) => formatDay(d, 'sv'));
    expect(formatDay('2026-01-05', 'en')).toBe('5 January 2026');
    expect(sv[4]).toBe('5 januari 2026');
    expect(new Set(sv).size).toBe(28);
  });
});
