import type { Translate } from '../../i18n';
import type { VersionKey } from '../../stores/agreement';

/** How a version is named on screen: "the draft" or "version n". */
export const versionLabel = (t: Translate, key: VersionKey) =>
  key === 'draft' ? t('papers.history.draft') : t('papers.history.version', { n: key });
