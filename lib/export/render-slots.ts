/**
 * Turns for PDF renders: a few at a time, the rest wait in a bounded queue, and each user has
 * at most a bounded number running or waiting, so one user (or a script with their cookie)
 * cannot queue a hundred packs and hold Chromium for everyone else.
 */
import { AppError } from "@/lib/errors";

export type RenderSlotLimits = { concurrent: number; perOwner: number; maxWaiting: number };

export class RenderSlots {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly perOwner = new Map<string, number>();

  constructor(private readonly limits: RenderSlotLimits) {}

  /** Runs `fn` in its turn; refuses with 429 when `owner` has too many or the queue is full. */
  async run<T>(owner: string, fn: () => Promise<T>): Promise<T> {
    if ((this.perOwner.get(owner) ?? 0) >= this.limits.perOwner) {
      throw new AppError("too_many_requests", "Paket rapat Anda masih dicetak. Tunggu sampai unduhan itu selesai, lalu coba lagi.");
    }
    const mustWait = this.running >= this.limits.concurrent;
    if (mustWait && this.waiting.length >= this.limits.maxWaiting) {
      throw new AppError("too_many_requests", "Antrean cetak PDF sedang penuh. Coba lagi beberapa menit lagi.");
    }
    this.perOwner.set(owner, (this.perOwner.get(owner) ?? 0) + 1);
    try {
      if (mustWait) await new Promise<void>((resolve) => this.waiting.push(resolve));
      this.running++;
      try {
        return await fn();
      } finally {
        this.running--;
        this.waiting.shift()?.();
      }
    } finally {
      const n = (this.perOwner.get(owner) ?? 1) - 1;
      if (n > 0) this.perOwner.set(owner, n);
      else this.perOwner.delete(owner);
    }
  }
}
