/** Small timing helpers shared by the crawler's phases. */
import { CrawlError } from "./errors";

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, Math.max(0, ms)));
}

/** Rejects with a timeout CrawlError when `p` takes longer than `ms` (the work itself goes on). */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CrawlError("timeout", `${what}: waktu habis (${Math.round(ms)} ms)`)), Math.max(1, ms));
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}
