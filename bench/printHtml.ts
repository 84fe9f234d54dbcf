import type { MeetingDetail } from '../electron/shared/meetingTypes';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The same minutes laid out as HTML, for Chromium to print: the baseline Electron's printToPDF would give. */
export function minutesHtml(orgName: string, detail: MeetingDetail): string {
  const m = detail.meeting;
  const items = detail.items
    .map((item, i) => {
      const text = item.caseText.sv ?? item.caseText.en;
      return `<section><h2>§ ${i + 1} ${escape(text?.title ?? '')}</h2>
        <p><b>Hållning:</b> ${item.stance ?? ''}</p>
        <p><b>Handuppräckning:</b> ${item.poll.agree ?? 0} håller med, ${item.poll.disagree ?? 0} håller inte med, ${item.poll.unsure ?? 0} osäkra</p>
        <p><b>Samsyn:</b> ${escape(item.consensusNotes)}</p>
        <p><b>Avvikande meningar:</b> ${escape(item.dissent)}</p>
        <p><b>Förslag:</b> ${escape(item.proposedPoint)}</p></section>`;
    })
    .join('');
  const actions = detail.actions
    .map((a) => `<tr><td>${escape(a.what)}</td><td>${escape(a.who)}</td><td>${a.dueDate ?? ''}</td></tr>`)
    .join('');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
    body { font-family: 'Noto Serif', serif; font-size: 10.5pt; margin: 0; } h1 { font-family: sans-serif; font-size: 19pt; }
    h2 { font-family: sans-serif; font-size: 13pt; break-after: avoid; } table { width: 100%; border-collapse: collapse; }
    td { border-bottom: 1px solid #999; padding: 4px; } @page { size: A4; margin: 22mm; }
  </style></head><body><p>${escape(orgName)}</p><h1>Protokoll: ${escape(m.title)}</h1>
  <p>Datum: ${m.date} · Tid: ${m.startTime} · Plats: ${escape(m.place)}</p>
  <p>Närvarande: ${detail.participants.map((p) => escape(p.name)).join(', ')}</p>${items}
  <h2>Åtgärder</h2><table>${actions}</table></body></html>`;
}

/** The policy laid out as one HTML page, for Chromium to print. */
export function policyHtml(content: { orgName: string; title: string; intro: string; points: string[] }): string {
  const points = content.points.map((p) => `<li>${escape(p)}</li>`).join('');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
    body { font-family: 'Noto Serif', serif; font-size: 10pt; margin: 0; } h1 { font-family: sans-serif; font-size: 20pt; }
    li { margin-bottom: 4pt; } @page { size: A4; margin: 18mm; }
  </style></head><body><p>${escape(content.orgName)}</p><h1>${escape(content.title)}</h1>
  <p>${escape(content.intro)}</p><ol>${points}</ol></body></html>`;
}
