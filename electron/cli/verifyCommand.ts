import { verifySignedMeetings } from '../core/repos/signing';
import { verificationSentence } from '../shared/messages';
import type { Language } from '../shared/types';
import { withWorkbook, type Print } from './workbookCommands';

// Apart from info and check: only verify needs the hashing library.

export function verify(file: string, out: Print, language: Language): number {
  const results = withWorkbook(file, (wb) => verifySignedMeetings(wb.db));
  if (results.length === 0) out(`${file}: no signed meetings`);
  for (const r of results) {
    const what = r.matches ? '' : `: ${verificationSentence(language, r.changed)}`;
    out(`${r.matches ? 'ok      ' : 'CHANGED '} ${r.date}  ${r.title} (meeting ${r.meetingId})${what}`);
  }
  return results.every((r) => r.matches) ? 0 : 1;
}
