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
