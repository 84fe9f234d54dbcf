import type { LocationQuery, LocationQueryValue } from 'vue-router';
import type { MaterialRequest } from '@shared/contract/material';
import type { Paper } from '@shared/paperTypes';
import type { Language } from '@shared/types';

export const one = (value: LocationQueryValue | LocationQueryValue[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) ?? '';

/**
 * The conversation material an address asks for: `from=cases&keys=a,b`,
 * `from=meeting&meeting=3` or `from=package&path=…`, with `edition` and `booklet`.
 * Null when the address makes no sense.
 */
export function materialRequestFrom(
  q: LocationQuery,
  paper: Paper,
  workbookLanguage: Language,
  text: { title: string; introduction: string },
): MaterialRequest | null {
  const from = one(q.from);
  const source: MaterialRequest['source'] | null =
    from === 'cases' && one(q.keys)
      ? { from, keys: one(q.keys).split(',').filter(Boolean) }
      : from === 'meeting' && /^\d+$/.test(one(q.meeting)) && Number(one(q.meeting)) > 0
        ? { from, meetingId: Number(one(q.meeting)) }
        : from === 'package' && one(q.path)
          ? { from, path: one(q.path) }
          : null;
  if (!source) return null;
  const language = one(q.language);
  return {
    kind: 'material',
    source,
    edition: one(q.edition) === 'facilitator' ? 'facilitator' : 'group',
    booklet: one(q.booklet) === '1',
    language: language === 'en' || language === 'sv' ? language : workbookLanguage,
    paper,
    ...(text.title ? { title: text.title } : {}),
    ...(text.introduction ? { introduction: text.introduction } : {}),
  };
}

/** The address of the paper view for a material from `source`. */
export function materialQuery(source: MaterialRequest['source']): Record<string, string> {
  switch (source.from) {
    case 'cases':
      return { kind: 'material', from: 'cases', keys: source.keys.join(',') };
    case 'meeting':
      return { kind: 'material', from: 'meeting', meeting: String(source.meetingId) };
    case 'package':
      return { kind: 'material', from: 'package', path: source.path };
  }
}
