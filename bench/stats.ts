export interface Stats {
  runs: number;
  median: number;
  p95: number;
  p99: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { runs: samples.length, median: at(0.5), p95: at(0.95), p99: at(0.99) };
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
