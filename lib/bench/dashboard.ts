/**
 * Dashboard at scale: a synthetic database served by `next start`, the summary page, the OPD
 * list and one OPD page each requested N times by a signed-in admin; p50 and p95. Then the
 * summary right after a change, when nothing is remembered.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import fs from "node:fs";
import { openDb } from "@/db";
import { median, mb, percentile } from "./stats";

const PASSWORD = "bench-admin-sandi-1";

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url, { redirect: "manual" });
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function signIn(base: string): Promise<string> {
  const r = await fetch(`${base}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: base },
    body: JSON.stringify({ username: "bench", password: PASSWORD }),
  });
  if (!r.ok) throw new Error(`sign-in failed: ${r.status} ${await r.text()}`);
  return r.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

export type PageTiming = { path: string; p50: number; p95: number; status: number };

/** Requests of the summary measured right after a commit, when its aggregate is computed afresh. */
const COLD_REQUESTS = 20;

async function timed(url: string, cookie: string): Promise<{ ms: number; status: number }> {
  const t = performance.now();
  const r = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await r.arrayBuffer();
  return { ms: performance.now() - t, status: r.status };
}

/** `file` is a synthetic database (lib/bench/synth.ts) of `opdCount` OPD; a bench admin is added to it. */
export async function benchDashboard(opts: { file: string; opdCount: number; requests: number; port: number }) {
  const db = openDb(opts.file);
  const { createUser } = await import("@/lib/auth/users");
  await createUser(db, { username: "bench", name: "Bench", role: "admin", opdId: null, password: PASSWORD, mustChangePassword: false }, { id: null, name: "bench" });
  const slug = db.$client.prepare("select slug from opd order by id limit 1 offset 10").get() as { slug: string };

  const base = `http://127.0.0.1:${opts.port}`;
  const server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(opts.port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PATUH_DB: opts.file, PATUH_WORKER: "0", PATUH_BASE_URL: base, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    await waitFor(`${base}/masuk`, 60_000);
    const cookie = await signIn(base);
    const timings: PageTiming[] = [];
    for (const p of ["/ringkasan", "/opd", `/opd/${slug.slug}`]) {
      const ms: number[] = [];
      let status = 0;
      const first = await fetch(base + p, { headers: { cookie }, redirect: "manual" });
      if (first.status !== 200) throw new Error(`${p} answered ${first.status} (${first.headers.get("location")}), not the page`);
      for (let i = 0; i < opts.requests + 5; i++) {
        const r = await timed(base + p, cookie);
        status = r.status;
        if (i >= 5) ms.push(r.ms); // 5 warm-up requests are not counted
      }
      timings.push({ path: p, p50: Math.round(median(ms)), p95: Math.round(percentile(ms, 95)), status });
    }
    // The summary's aggregate is remembered until the data changes (lib/results/memo.ts); this is
    // the request right after a scan or verdict lands: a commit by another connection first.
    const cold: number[] = [];
    let coldStatus = 0;
    const regency = (db.$client.prepare("select regency_name as n from settings").get() as { n: string }).n;
    for (let i = 0; i < COLD_REQUESTS; i++) {
      // A real change (a no-op update commits nothing, so nothing would be recomputed).
      db.$client.prepare("update settings set regency_name = ?").run(i % 2 ? regency : `${regency} `);
      const r = await timed(`${base}/ringkasan`, cookie);
      coldStatus = r.status;
      cold.push(r.ms);
    }
    timings.push({ path: "/ringkasan (after a change)", p50: Math.round(median(cold)), p95: Math.round(percentile(cold, 95)), status: coldStatus });
    return { opdCount: opts.opdCount, dbMb: mb(fs.statSync(opts.file).size), timings };
  } finally {
    server.kill("SIGTERM");
    db.$client.close();
  }
}
