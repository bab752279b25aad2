/**
 * The start URL: is it allowed at all (else the caller gets an AppError), does it answer (else
 * the scan fails with the class), and where does it lead. An OPD site that moved
 * (http://dinas.lama.go.id -> https://dinas.kab.go.id) is scanned where it now lives.
 */
import type { ErrorClass } from "@/lib/artifacts/types";
import { AppError } from "@/lib/errors";
import { backoffMs, classifyError, classifyStatus, errorMessage, isTransient } from "./errors";
import { safeFetch } from "./http-fetch";
import { checkTarget, type TargetPolicy } from "./target-policy";
import { sleep } from "./time";
import { parseUrl } from "./url";

/** The home page gets more chances than other pages: without it there is no scan. */
const START_ATTEMPTS = 3;
const START_MAX_BYTES = 5 * 1024 * 1024;

export type StartOutcome =
  | { ok: true; finalUrl: URL; status: number }
  | { ok: false; errorClass: ErrorClass; message: string };

/** Throws AppError("blocked_target") for a start URL that is invalid or refused by the policy. */
export async function assertStartAllowed(startUrl: string, allowPrivateNetwork: boolean): Promise<URL> {
  const u = parseUrl(startUrl.trim());
  if (!u || (u.protocol !== "http:" && u.protocol !== "https:")) {
    throw new AppError("blocked_target", `Alamat situs "${startUrl.slice(0, 200)}" tidak sah: gunakan alamat lengkap http:// atau https://.`);
  }
  const d = await checkTarget(u, { allowPrivateNetwork });
  if (!d.allowed && d.errorClass === "blocked_target") throw new AppError("blocked_target", d.message);
  return u;
}

/** Fetches the start URL (following redirects under the policy), retrying transient failures. */
export async function resolveStart(
  start: URL,
  policy: TargetPolicy,
  userAgent: string,
  timeoutMs: number,
  deadline: number,
  signal?: AbortSignal,
): Promise<StartOutcome> {
  // Out of time before the home page could even be asked: that is the scan's time limit.
  let last: { errorClass: ErrorClass; message: string } = {
    errorClass: "timeout",
    message: "Batas waktu pindaian habis sebelum halaman depan menjawab.",
  };
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    signal?.throwIfAborted();
    const left = deadline - Date.now();
    if (left <= 500) break;
    try {
      const res = await safeFetch(start.toString(), {
        policy,
        origin: "start",
        userAgent,
        timeoutMs: Math.min(timeoutMs, left),
        maxBytes: START_MAX_BYTES,
        signal,
        readBody: () => false,
      });
      const cls = classifyStatus(res.status);
      if (!cls) return { ok: true, finalUrl: new URL(res.url), status: res.status };
      last = { errorClass: cls, message: `Halaman depan menjawab HTTP ${res.status}` };
    } catch (e) {
      signal?.throwIfAborted();
      last = { errorClass: classifyError(e), message: errorMessage(e) };
    }
    if (!isTransient(last.errorClass) || attempt === START_ATTEMPTS) break;
    await sleep(Math.min(backoffMs(attempt), deadline - Date.now() - 500));
  }
  return { ok: false, ...last };
}
