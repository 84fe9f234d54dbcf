export interface Stats {
  runs: number;
  median: number;
  p95: number;
  p99: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const middle = sorted.length / 2;
  // Of an even number the mean of the two middle ones: of two samples, not the slower.
  const median = sorted.length % 2 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { runs: samples.length, median, p95: at(0.95), p99: at(0.99) };
}

/** Milliseconds per call of `work`, `runs` times, after `warmup` unmeasured calls. */
export async function measure(runs: number, work: () => unknown, warmup = Math.min(20, runs)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

export interface Plan {
  /** blocks of each variant, taken in turn */
  blocks: number;
  /** measured calls per block */
  runs: number;
  /** unmeasured calls of each variant before the first block */
  warmup?: number;
}

export interface Compared<K extends string> {
  stats: Record<K, Stats>;
  /** the median of each variant's per-block ratios to the first: drift between blocks cancels out */
  ratio: Record<K, number>;
  /** the lowest and highest ratio of one block's medians: how much the machine moved */
  spread: Record<K, [number, number]>;
}

/**
 * Measures several variants in alternating blocks (A B C, then C B A, …), so a
 * machine that gets busier or quieter during the run weighs on all of them alike.
 * The first variant is the baseline the others are divided by.
 */
export async function alternate<K extends string>(
  plan: Plan,
  variants: Record<K, () => unknown>,
): Promise<Compared<K>> {
  const keys = Object.keys(variants) as K[];
  const [base] = keys;
  for (const k of keys) for (let i = 0; i < (plan.warmup ?? 2); i++) await variants[k]();
  const samples = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const blockRatios = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let b = 0; b < plan.blocks; b++) {
    const medians = {} as Record<K, number>;
    for (const k of b % 2 === 0 ? keys : [...keys].reverse()) {
      const block = await measure(plan.runs, variants[k], 0);
      samples[k].push(...block);
      medians[k] = stats(block).median;
    }
    for (const k of keys) blockRatios[k].push(medians[k] / medians[base!]);
  }
  const all = Object.fromEntries(keys.map((k) => [k, stats(samples[k])])) as Record<K, Stats>;
  return {
    stats: all,
    ratio: Object.fromEntries(keys.map((k) => [k, stats(blockRatios[k]).median])) as Record<K, number>,
    spread: Object.fromEntries(
      keys.map((k) => [k, [Math.min(...blockRatios[k]), Math.max(...blockRatios[k])]]),
    ) as Record<K, [number, number]>,
  };
}
