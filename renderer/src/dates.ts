// The one home of dates on screen: one style per language, e.g. "17 september 2026"
// and "17 September 2026", with the time after it where a moment is shown.

const formatLocale = (locale: string) => (locale === 'sv' ? 'sv-SE' : 'en-GB');

/** Today in the machine's own time zone, as the contract's YYYY-MM-DD. */
export function localToday(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

type Style = 'day' | 'moment';
const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'long' },
  moment: { dateStyle: 'long', timeStyle: 'short' },
};
// Making a formatter costs about a tenth of a millisecond and a list formats hundreds
// of dates, so each locale and style gets one, made when first needed.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, style: Style): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(formatLocale(locale), STYLES[style]);
    formatters.set(key, made);
  }
  return made;
}

/** A calendar date (YYYY-MM-DD, or the start of a timestamp) as the screens write it. */
export function formatDay(date: string | null, locale: string): string {
  if (!date) return '';
  const parsed = new Date(`${date.slice(0, 10)}T12:00:00`);
  if (Number.isNaN(parsed.getTime())) return date;
  return formatter(locale, 'day').format(parsed);
}

/** A moment (ISO timestamp): the same date style, then the time. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(locale, 'moment').format(date);
}
