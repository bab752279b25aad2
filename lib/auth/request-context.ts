/**
 * Where the current request's headers come from. Inside Next (pages, server actions) that is
 * `headers()`; a route handler wrapped by `routeHandler` and a test (lib/auth/testing.ts) run
 * their code inside `runWithHeaders`, so the same `currentUser()` / `authorize()` work there.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { headers as nextHeaders } from "next/headers";

const store = new AsyncLocalStorage<Headers>();

export function runWithHeaders<T>(headers: Headers, fn: () => Promise<T>): Promise<T> {
  return store.run(headers, fn);
}

export async function requestHeaders(): Promise<Headers> {
  const h = store.getStore();
  if (h) return h;
  return new Headers(await nextHeaders());
}

/**
 * The client's address for rate limits and the audit log: the last X-Forwarded-For hop (the one
 * added by the nearest proxy; Next sets it from the socket when there is none), else X-Real-IP.
 * Deploy behind a reverse proxy that sets X-Forwarded-For, or clients can choose their address.
 */
export function clientIp(h: Headers): string | null {
  const xff = h.get("x-forwarded-for");
  if (xff) {
    const hops = xff.split(",").map((s) => s.trim()).filter(Boolean);
    if (hops.length) return hops[hops.length - 1];
  }
  return h.get("x-real-ip")?.trim() || null;
}
