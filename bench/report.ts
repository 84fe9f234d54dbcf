import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Compared, Stats } from './stats';

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

/** A single measured value (a size, a peak) as stats. */
export const single = (value: number): Stats => ({ runs: 1, median: value, p95: value, p99: value });

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
