import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../renderer/src/api';
import { createAutosave, type DraftValue } from '../../renderer/src/autosave';

/** the window's localStorage: the journal must outlive the engine, as it outlives a reload */
class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
}

/** waits for a condition; the limit only ends a test that hangs */
const UNTIL = { timeout: 300_000 };

type Sent = { target: number; changes: Record<string, DraftValue> };

/** a workbook that answers when told to, so a test can see what is in flight */
function slowWorkbook() {
  const sent: Sent[] = [];
  const waiting: { resolve: () => void; reject: (err: unknown) => void }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const send = (target: number, changes: Record<string, DraftValue>) => {
    sent.push({ target, changes });
    mostInFlight = Math.max(mostInFlight, ++inFlight);
    return new Promise<void>((resolve, reject) => waiting.push({ resolve, reject })).finally(() => inFlight--);
  };
  const answer = async (err?: unknown) => {
    await vi.waitUntil(() => waiting.length > 0, UNTIL);
    const next = waiting.shift()!;
    if (err) next.reject(err);
    else next.resolve();
  };
  return { send, sent, answer, mostInFlight: () => mostInFlight };
}

/** the engine saving to a slow workbook */
function onSlowWorkbook() {
  const workbook = slowWorkbook();
  return { workbook, autosave: createAutosave<number>({ journal: () => 'x', send: workbook.send }) };
}

const refused = (code: 'NOT_FOUND' | 'SAVE_FAILED') => new ApiError({ code, message: code, details: {} });

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('localStorage', new MemoryStorage());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the autosave engine', () => {
  it('journals every keystroke and saves it after a reload that came before the save', async () => {
    const before = createAutosave<number>({ journal: () => 'plan|A.samsyn', send: () => new Promise(() => {}) });
    before.edit(7, 'name', 'Skolans Instagram');
    const sent: Sent[] = [];
    const after = createAutosave<number>({
      journal: () => 'plan|A.samsyn',
      send: async (target, changes) => void sent.push({ target, changes }),
    });
    await after.replay();
    expect(sent).toEqual([{ target: 7, changes: { name: 'Skolans Instagram' } }]);
    expect(after.state.value).toBe('saved');
    const again = createAutosave<number>({ journal: () => 'plan|A.samsyn', send: async () => {} });
    await again.replay();
    expect(again.drafts.size).toBe(0);
  });

  it('keeps the journal of one workbook apart from another', async () => {
    createAutosave<number>({ journal: () => 'plan|A.samsyn', send: () => new Promise(() => {}) }).edit(1, 'name', 'A');
    const other = createAutosave<number>({ journal: () => 'plan|B.samsyn', send: async () => {} });
    await other.replay();
    expect(other.drafts.size).toBe(0);
  });

  it('has one write in flight at a time, and a keystroke during it stays unsaved until the next', async () => {
    const { workbook, autosave } = onSlowWorkbook();
    autosave.edit(1, 'name', 'Sam');
    const first = autosave.flush();
    autosave.edit(1, 'name', 'Samsyn');
    const second = autosave.flush();
    await workbook.answer();
    await first;
    expect(autosave.value(1, 'name', '')).toBe('Samsyn');
    expect(autosave.state.value).toBe('saving');
    await workbook.answer();
    await second;
    expect(workbook.mostInFlight()).toBe(1);
    expect(workbook.sent.map((s) => s.changes.name)).toEqual(['Sam', 'Samsyn']);
    expect(autosave.state.value).toBe('saved');
    expect(autosave.drafts.size).toBe(0);
  });

  it('keeps a failed edit on screen and tries again, but lets go of one that can never be saved', async () => {
    const { workbook, autosave } = onSlowWorkbook();
    autosave.edit(1, 'name', 'Kvar');
    const failing = autosave.flush();
    await workbook.answer(refused('SAVE_FAILED'));
    await failing;
    expect(autosave.state.value).toBe('error');
    expect(autosave.value(1, 'name', '')).toBe('Kvar');
    await vi.advanceTimersToNextTimerAsync();
    await workbook.answer(refused('NOT_FOUND'));
    await vi.waitUntil(() => autosave.drafts.size === 0, UNTIL);
    expect(autosave.state.value).toBe('error');
    expect((autosave.error.value as ApiError).error.code).toBe('NOT_FOUND');
    expect(workbook.sent).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds back an edit that is not ready, on screen and in the journal', async () => {
    const sent: Sent[] = [];
    const autosave = createAutosave<number>({
      journal: () => 'x',
      send: async (target, changes) => void sent.push({ target, changes }),
      ready: (d) => String(d.value).trim() !== '',
    });
    autosave.edit(3, 'text', '   ');
    autosave.edit(4, 'text', 'Vi svarar inom en dag');
    await autosave.flush();
    expect(sent).toEqual([{ target: 4, changes: { text: 'Vi svarar inom en dag' } }]);
    expect(autosave.value(3, 'text', 'stored')).toBe('   ');
    expect(autosave.state.value).toBe('saved');
  });
});
