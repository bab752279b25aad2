/** The PDF render queue is bounded per user and overall (issue 16, item 7). */
import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { RenderSlots } from "./render-slots";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("RenderSlots", () => {
  it("runs one render at a time, refuses a user's second request while their first waits or runs, and bounds the queue", async () => {
    const slots = new RenderSlots({ concurrent: 1, perOwner: 1, maxWaiting: 2 });
    const first = deferred();
    const order: string[] = [];
    const a = slots.run("a", async () => {
      order.push("a");
      await first.promise;
    });
    const b = slots.run("b", async () => void order.push("b"));
    // a is running: its second request is refused at once with 429.
    const again = await slots.run("a", async () => void order.push("a2")).catch((e: unknown) => e);
    expect(isAppError(again) && again.status).toBe(429);
    const c = slots.run("c", async () => void order.push("c"));
    // b and c wait: the queue is full.
    const d = await slots.run("d", async () => void order.push("d")).catch((e: unknown) => e);
    expect(isAppError(d) && d.status).toBe(429);
    first.resolve();
    await Promise.all([a, b, c]);
    expect(order).toEqual(["a", "b", "c"]);
    // Done: a may ask again.
    await slots.run("a", async () => void order.push("a3"));
    expect(order.at(-1)).toBe("a3");
  });

  it("frees the slot when a render throws", async () => {
    const slots = new RenderSlots({ concurrent: 1, perOwner: 1, maxWaiting: 2 });
    await expect(slots.run("a", async () => Promise.reject(new Error("crash")))).rejects.toThrow("crash");
    await expect(slots.run("a", async () => "ok")).resolves.toBe("ok");
  });
});
