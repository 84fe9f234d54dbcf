import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stats, type Compared, type Stats } from './stats';

/** One line of bench-results.json; `id` stays the same from run to run, so results can be followed over time. */
export interface Row {
  id: string;
  case: string;
  unit: 'ms' | 'KB' | 'MB';
  samsyn: Stats;
  baseline?: { name: string; stats: Stats };
  /** samsyn's median over the baseline's */
  ratio?: number;
  /** the lowest and highest ratio of one alternating block */
  spread?: [number, number];
  target: string;
  holds: boolean;
  /** what the target means for the person using Samsyn, in one line */
  meaning: string;
  note?: string;
}

/** A row's measured part: one variant of an `alternate` run against its first, the baseline. */
export function against<K extends string>(result: Compared<K>, ours: K, baselineName: string) {
  const base = Object.keys(result.stats)[0] as K;
  return {
    samsyn: result.stats[ours],
    baseline: { name: baselineName, stats: result.stats[base] },
    ratio: result.ratio[ours],
    spread: result.spread[ours],
  };
}

/** A row's measured part from samples taken in pairs, each of Samsyn's beside one of the baseline's. */
export function paired(ours: number[], base: number[], baselineName: string) {
  const ratios = ours.map((o, i) => o / base[i]!);
  return {
    samsyn: stats(ours),
    baseline: { name: baselineName, stats: stats(base) },
    ratio: stats(ratios).median,
    spread: [Math.min(...ratios), Math.max(...ratios)] as [number, number],
  };
}

/** A single measured value (a size, a peak) as stats. */
export const single = (value: number): Stats => ({ runs: 1, median: value, p95: value, p99: value });

/** What a row measured: Samsyn's numbers and, where there is one, the baseline's and the ratio between them. */
export type Measured = Pick<Row, 'samsyn' | 'baseline' | 'ratio' | 'spread'>;

/** A target as the table states it and as it is checked, side by side so that the two cannot drift apart. */
export interface Target {
  says: string;
  holds: (measured: Measured) => boolean;
}

/** Samsyn's median over the baseline's at most `limit`, written as the table shows it ('1.0'). */
export const ratioAtMost = (limit: string): Target => ({
  says: `ratio ≤ ${limit}`,
  holds: (m) => m.ratio !== undefined && m.ratio <= Number(limit),
});

/** Samsyn's median under `limit` of `unit`, of which each is `perUnit` of the row's own unit (1 s is 1000 ms). */
export const medianUnder = (limit: number, unit: string, perUnit = 1): Target => ({
  says: `< ${limit} ${unit}`,
  holds: (m) => m.samsyn.median < limit * perUnit,
});

/** No target: the row is there to be read and followed over time. */
export const REPORT: Target = { says: 'report', holds: () => true };

export const both = (first: Target, second: Target): Target => ({
  says: `${first.says}, ${second.says}`,
  holds: (m) => first.holds(m) && second.holds(m),
});

/** A row whose target is checked against what it measured. */
export function row(measured: Omit<Row, 'target' | 'holds'> & { target: Target }): Row {
  const { target, meaning, note, ...rest } = measured;
  return { ...rest, target: target.says, holds: target.holds(measured), meaning, note };
}

export interface Machine {
  cpus: number;
  /** the 1-minute load average at the start and the end of the run */
  load: [number, number];
}

export function writeReport(root: string, rows: Row[], machine: Machine): string {
  const when = new Date().toISOString();
  writeFileSync(
    join(root, 'bench-results.json'),
    `${JSON.stringify({ when, node: process.version, machine, rows }, null, 2)}\n`,
  );
  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
  const lines = [
    '| id | case | median | p95 | baseline median | ratio | spread | target | holds |',
    '| --- | --- | ---: | ---: | --- | ---: | ---: | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.id} | ${r.case}${r.note ? ` (${r.note})` : ''} | ${fmt(r.samsyn.median)} ${r.unit} | ${fmt(r.samsyn.p95)} | ${r.baseline ? `${fmt(r.baseline.stats.median)} (${r.baseline.name})` : '–'} | ${r.ratio === undefined ? '–' : r.ratio.toFixed(2)} | ${r.spread ? `${r.spread[0].toFixed(2)}–${r.spread[1].toFixed(2)}` : '–'} | ${r.target} | ${r.holds ? 'yes' : 'NO'} |`,
    ),
  ];
  const text = `${when}, Node ${process.version}, ${machine.cpus} cores, load ${machine.load[0].toFixed(1)} → ${machine.load[1].toFixed(1)}.\n\n${lines.join('\n')}\n`;
  writeFileSync(join(root, 'bench-results.md'), text);
  return text;
}
