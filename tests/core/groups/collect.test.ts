import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createService } from '../../../electron/core/service';
import { lockPathFor } from '../../../electron/core/lock';
import type { Stance } from '../../../electron/shared/types';
import { FONTS_DIR, LIBRARY_DIR, sha256, useTempDir } from '../../helpers/files';
import { readPdf } from '../../helpers/pdf';

const tempDir = useTempDir();
const serviceIn = () => createService({ userDataDir: tempDir(), libraryDir: LIBRARY_DIR, fontsDir: FONTS_DIR });

const UNITS: { name: string; stance: Stance; notes: string; poll: [number, number, number] }[] = [
  {
    name: 'Enhet Åkern',
    stance: 'not_acceptable',
    notes: 'Åkern: vi tar det med personen, aldrig i flödet.',
    poll: [1, 5, 0],
  },
  {
    name: 'Enhet Älvdalen',
    stance: 'depends',
    notes: 'Älvdalen: det beror på tonen – och på vem som läser.',
    poll: [3, 2, 1],
  },
  {
    name: 'Enhet Öjebyn',
    stance: 'acceptable',
    notes: 'Öjebyn: kritik är okej så länge ingen hängs ut.',
    poll: [4, 1, 1],
  },
];

async function setUp() {
  const dir = tempDir();
  const central = serviceIn();
  const centralPath = join(dir, 'Centralt.samsyn');
  await central.handlers['workbook.create']({
    path: centralPath,
    orgName: 'Kommunal avdelning 5',
    sector: 'public',
    language: 'sv',
  });
  const meeting = await central.handlers['meetings.create']({ title: 'Samtal i varje enhet', date: '2026-09-01' });
  await central.handlers['meetings.addStarterAgenda']({ id: meeting.meeting.id });
  const packagePath = join(dir, 'samtal.samsyn-package');
  await central.handlers['packages.export']({
    meetingId: meeting.meeting.id,
    instruction: 'Läs fallen högt och låt alla komma till tals.',
    path: packagePath,
  });

  const units: string[] = [];
  for (const [index, unit] of UNITS.entries()) {
    const service = serviceIn();
    const path = join(dir, `${unit.name}.samsyn`);
    await service.handlers['packages.createWorkbook']({
      packagePath,
      workbookPath: path,
      orgName: unit.name,
      sector: 'public',
      language: 'sv',
      date: `2026-09-1${index}`,
    });
    const [m] = await service.handlers['meetings.list']({});
    const detail = await service.handlers['meetings.get']({ id: m!.id });
    for (let p = 0; p < 6; p++) {
      const d = await service.handlers['participants.add']({ meetingId: m!.id, name: `Person ${p}` });
      await service.handlers['participants.setPresent']({ id: d.participants.at(-1)!.id, present: true });
    }
    const first = detail.items[0]!;
    await service.handlers['items.update']({
      id: first.id,
      changes: {
        stance: unit.stance,
        consensusNotes: unit.notes,
        proposedPoint: `${unit.name} föreslår: vi pratar först.`,
      },
    });
    const [agree, disagree, unsure] = unit.poll;
    await service.handlers['items.setPoll']({ id: first.id, agree, disagree, unsure });
    await service.handlers['meetings.setStatus']({ id: m!.id, status: 'closed' });
    service.shutdown();
    units.push(path);
  }
  return {
    central,
    centralPath,
    units,
    packagePath,
    firstKey: (await central.handlers['meetings.get']({ id: meeting.meeting.id })).items[0]!.caseKey,
  };
}

describe('collecting and comparing many groups', () => {
  it('collects three units made from one package, each once, without touching the sources, even one locked by a live user', async () => {
    const { central, units, firstKey } = await setUp();
    // the third unit is open on a colleague's laptop right now
    const alive = spawnSync(process.execPath, ['-e', 'console.log(process.ppid)'], { encoding: 'utf8' });
    writeFileSync(
      lockPathFor(units[2]!),
      JSON.stringify({
        user: 'kollega',
        host: `${hostname()}-annan`,
        pid: Number(alive.stdout),
        since: new Date().toISOString(),
      }),
    );
    const before = units.map((u) => sha256(u));

    const first = await central.handlers['collect.fromWorkbooks']({ paths: units });
    expect(first).toMatchObject({ added: 3, alreadyCollected: 0, skippedOpen: 0 });
    const again = await central.handlers['collect.fromWorkbooks']({ paths: [units[1]!] });
    expect(again).toMatchObject({ added: 0, alreadyCollected: 1 });
    expect(units.map((u) => sha256(u))).toEqual(before);

    const comparison = await central.handlers['compare.get']({});
    expect(comparison.groups.map((g) => g.unit)).toEqual(UNITS.map((u) => u.name));
    const row = comparison.rows.find((r) => r.caseKey === firstKey)!;
    expect(row.cells.map((c) => c?.stance)).toEqual(UNITS.map((u) => u.stance));
    expect(row.disagreement).toBeGreaterThan(0.5);
    expect(comparison.rows[0]!.caseKey).toBe(firstKey);
    expect((await central.handlers['collect.list']({})).length).toBe(3);
    central.shutdown();
  });

  it('prints a summary with every group’s stance and notes, Swedish letters intact', async () => {
    const { central, units } = await setUp();
    await central.handlers['collect.fromWorkbooks']({ paths: units });
    const doc = await central.handlers['papers.render']({ request: { kind: 'summary', paper: 'a4' } });
    const text = readPdf(Buffer.from(doc.base64, 'base64'), tempDir()).flat;
    for (const unit of UNITS) {
      expect(text).toContain(unit.name);
      expect(text).toContain(unit.notes);
    }
    expect(text).toContain('Hållning: inte okej');
    expect(text).toContain('Hållning: det beror på');
    expect(text).toContain('Handuppräckning: 3 håller med, 2 håller inte med, 1 osäker');
    central.shutdown();
  });

  it('carries a point into the agreement editor as a candidate citing the groups', async () => {
    const { central, units, firstKey } = await setUp();
    await central.handlers['collect.fromWorkbooks']({ paths: units });
    await central.handlers['compare.carryPoint']({
      caseKey: firstKey,
      text: 'Vi pratar med personen först.',
      groups: ['Enhet Åkern', 'Enhet Öjebyn'],
    });
    const state = await central.handlers['agreement.get']({});
    const candidate = state.candidates.find((c) => c.carried);
    expect(candidate).toMatchObject({
      text: 'Vi pratar med personen först.',
      carried: { groups: ['Enhet Åkern', 'Enhet Öjebyn'] },
    });
    await central.handlers['compare.carryPoint']({
      caseKey: firstKey,
      text: 'Vi pratar med personen först.',
      groups: ['Enhet Älvdalen'],
    });
    const merged = (await central.handlers['agreement.get']({})).candidates.filter((c) => c.carried);
    expect(merged.map((c) => c.carried!.groups)).toEqual([['Enhet Åkern', 'Enhet Öjebyn', 'Enhet Älvdalen']]);
    const after = await central.handlers['agreement.addPoint']({
      text: candidate!.text,
      caseId: candidate!.caseId || null,
    });
    expect(after.candidates.some((c) => c.carried)).toBe(false);
    central.shutdown();
  });

  it('refuses a broken or foreign package with a sentence and creates nothing', async () => {
    const dir = tempDir();
    const service = serviceIn();
    const broken = join(dir, 'trasigt.samsyn-package');
    writeFileSync(
      broken,
      JSON.stringify({
        format: 'samsyn-package',
        formatVersion: 1,
        source: 'x',
        title: 't',
        instruction: '',
        agenda: [{ key: 'saknas', timeboxMinutes: 10 }],
        cases: [{ key: 'x' }],
      }),
    );
    const foreign = join(dir, 'annat.samsyn-package');
    writeFileSync(foreign, '{"hello": 1}');
    const target = join(dir, 'Ny.samsyn');
    const input = {
      workbookPath: target,
      orgName: 'Ny',
      sector: 'public' as const,
      language: 'sv' as const,
      date: '2026-01-01',
    };
    expect(() => service.handlers['packages.createWorkbook']({ packagePath: broken, ...input })).toThrow(
      expect.objectContaining({ code: 'PACKAGE_INVALID' }),
    );
    expect(() => service.handlers['packages.createWorkbook']({ packagePath: foreign, ...input })).toThrow(
      expect.objectContaining({ code: 'NOT_A_PACKAGE' }),
    );
    const { existsSync } = await import('node:fs');
    expect(existsSync(target)).toBe(false);
    service.shutdown();
  });
});
