/** Small statistics for the benchmarks: percentiles by nearest rank, medians. Memory: lib/crawler/testing/proc-memory.ts. */

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values: number[]) => percentile(values, 50);

export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
