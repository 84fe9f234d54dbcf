import { useTexts } from './i18n';
import type { ErrorDetails } from '@shared/errors';
import { localiseDetails } from '@shared/messages';
import { ApiError } from './api';
import { formatDateTime } from './dates';

/** Turns any failure into the translated sentence for the user; never a stack trace. */
export function useErrorText() {
  const { t, locale } = useTexts();
  return (err: unknown): string => {
    if (!(err instanceof ApiError)) return t('errors.INTERNAL');
    const { code, details = {} } = err.error;
    const values: ErrorDetails = { ...localiseDetails(locale.value === 'en' ? 'en' : 'sv', code, details) };
    if (typeof details.since === 'string') values.since = formatDateTime(details.since, locale.value);
    return t(`errors.${code}`, values as Record<string, unknown>);
  };
}
