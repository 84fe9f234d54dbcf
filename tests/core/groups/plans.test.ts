import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/files';
import { serviceWithWorkbook } from '../../helpers/service';
import { readPdf } from '../../helpers/pdf';

const tempDir = useTempDir();

async function workbookWithAgreement() {
  const { service } = await serviceWithWorkbook(tempDir, { name: 'Kommun.samsyn', orgName: 'Älvstads kommun' });
  const h = service.handlers;
  await h['agreement.updateDraft']({ title: 'Så gör vi', contact: 'Åsa Öberg, kommunikatör' });
  await h['agreement.addPoint']({ text: 'Vi svarar på frågor inom en arbetsdag.' });
  await h['agreement.addPoint']({ text: 'Vi tar bort hatiska kommentarer och sparar en kopia.' });
  await h['agreement.addPoint']({ text: 'Vi är oss själva.' });
  await h['agreement.adopt']({ meetingId: null, paper: 'a4' });
  return { service, h };
}

describe('channel plans', () => {
  it('start from the agreement with its answering and moderation points as defaults', async () => {
    const { h, service } = await workbookWithAgreement();
    const plan = await h['plans.createFromAgreement']({ name: 'Biblioteket på Instagram' });
    expect(plan).toMatchObject({
      name: 'Biblioteket på Instagram',
      status: 'planned',
      responseTime: 'Vi svarar på frågor inom en arbetsdag.',
      moderation: 'Vi tar bort hatiska kommentarer och sparar en kopia.',
      responsible: 'Åsa Öberg, kommunikatör',
    });
    service.shutdown();
  });

  it('are listed when due for review, and print as one page each and as a register', async () => {
    const { h, service } = await workbookWithAgreement();
    const a = await h['plans.create']({
      name: 'Kommunens Facebooksida',
      platform: 'Facebook',
      reviewDate: '2026-01-15',
      status: 'active',
      purpose: 'Nyheter och frågor från invånare.',
    });
    await h['plans.create']({
      name: 'Fritidsgårdens konto',
      platform: 'Instagram',
      reviewDate: '2030-01-01',
      status: 'planned',
    });
    await h['plans.create']({ name: 'Gamla bloggen', reviewDate: '2020-01-01', status: 'closed' });
    expect((await h['plans.due']({ today: '2026-02-01' })).map((p) => p.id)).toEqual([a.id]);

    const plan = await h['papers.render']({ request: { kind: 'plan', planId: a.id, paper: 'a4' } });
    const planPdf = readPdf(Buffer.from(plan.base64, 'base64'), tempDir(), 'plan.pdf');
    expect(planPdf.pages).toBe(1);
    expect(planPdf.text).toContain('Kanalplan: Kommunens Facebooksida');
    const register = await h['papers.render']({ request: { kind: 'register', paper: 'a4' } });
    const text = readPdf(Buffer.from(register.base64, 'base64'), tempDir(), 'register.pdf').flat;
    for (const name of ['Kommunens Facebooksida', 'Fritidsgårdens konto', 'Gamla bloggen'])
      expect(text).toContain(name);
    expect(text).toContain('Register över våra kanaler');
    service.shutdown();
  });

  it('refuse an emptied name and keep the plan as it was', async () => {
    const { h, service } = await workbookWithAgreement();
    const plan = await h['plans.create']({ name: 'Konto' });
    const { createDispatcher } = await import('../../../electron/core/dispatcher');
    const dispatch = createDispatcher(service.handlers as never);
    expect(await dispatch('plans.update', { id: plan.id, changes: { name: '   ' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect((await h['plans.get']({ id: plan.id })).name).toBe('Konto');
    service.shutdown();
  });
});

describe('reading an agreement for a channel plan', () => {
  it('takes whole words only: “what” is not about hate, “inom organisationen” is not a response time', async () => {
    const { planDefaultsFromAgreement } = await import('../../../electron/core/handlers/groupHandlers');
    const { service } = await serviceWithWorkbook(tempDir, { orgName: 'X', sector: 'private' });
    const h = service.handlers;
    for (const text of [
      'We say what we think in our chat.',
      'Vi delar gärna nyheter inom organisationen.',
      'We answer within two working days.',
      'We remove hateful comments.',
    ]) {
      await h['agreement.addPoint']({ text });
    }
    expect(planDefaultsFromAgreement(service.current()!.db)).toEqual({
      responseTime: 'We answer within two working days.',
      moderation: 'We remove hateful comments.',
    });
    service.shutdown();
  });
});
