/**
 * The scanner's command-line contract (PRODUCT.md): `npm run scan -- <url> --json` prints exactly
 * one JSON document on stdout, every code of the checklist once, logs on stderr. Run as a real
 * child process against a real demo site.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { CHECKLIST_SEED } from "@/db/seed/checklist";
import { startDemoSites, type DemoSites } from "@/lib/demo/site-server";

const Evidence = z.object({ url: z.string().url(), excerpt: z.string(), source: z.enum(["page", "revealed", "dialog", "pdf", "ocr", "embedded"]) }).strict();
/** One Indonesian sentence: starts with a capital, ends with a full stop, no English status words. */
const Reason = z.string().regex(/^[A-Z0-9"(].{10,}[.)]$/s).refine((s) => !/\b(found|not found|missing|error)\b/i.test(s), "English in reason");
const Item = z.discriminatedUnion("status", [
  z.object({ code: z.string(), status: z.literal("scored"), level: z.number().int().min(0).max(3), reason: Reason, evidence: z.array(Evidence) }).strict(),
  z.object({ code: z.string(), status: z.enum(["review", "error"]), level: z.null(), reason: Reason, evidence: z.array(Evidence) }).strict(),
]);
const ScanOutput = z
  .object({
    url: z.string().url(),
    pagesVisited: z.number().int().nonnegative(),
    score: z.number().min(0).max(100).nullable(),
    zone: z.string().nullable(),
    items: z.array(Item),
  })
  .strict();

function runScan(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join("lib", "cli", "scan.ts"), ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

let sites: DemoSites;
beforeAll(async () => {
  sites = await startDemoSites({ version: "before", only: ["bapenda"] });
});
afterAll(() => sites?.close());

describe("npm run scan", () => {
  it("prints exactly one JSON document with every checklist code once", { timeout: 180_000 }, async () => {
    const url = sites.sites[0].url;
    const r = await runScan([url, "--max-pages", "15", "--json"], { ALLOW_PRIVATE_NETWORK: "1", PATUH_DB: "/nonexistent/never-opened.db" });
    expect(r.code, r.stderr).toBe(0);
    const doc = ScanOutput.parse(JSON.parse(r.stdout));
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(doc.url).toBe(url);
    expect(doc.pagesVisited).toBeGreaterThan(1);
    expect(doc.items.map((i) => i.code).sort()).toEqual(CHECKLIST_SEED.map((i) => i.code).sort());
    // Bapenda's demo site is poor: empty shells and a soft 404 must not pass the maklumat.
    expect(doc.items.find((i) => i.code === "KP-01")?.level ?? 0).toBe(0);
    expect(doc.zone).toBe("merah");
  });

  it("judges freshness as of --as-of: the same live site, five years on, has no recent news", { timeout: 180_000 }, async () => {
    const url = sites.sites[0].url;
    const later = new Date(Date.now() + 5 * 365 * 86_400_000).toISOString().slice(0, 10);
    const [now, then] = await Promise.all([
      runScan([url, "--max-pages", "15", "--json"], { ALLOW_PRIVATE_NETWORK: "1" }),
      runScan([url, "--max-pages", "15", "--json", "--as-of", later], { ALLOW_PRIVATE_NETWORK: "1" }),
    ]);
    const wq04 = (r: { stdout: string }) => ScanOutput.parse(JSON.parse(r.stdout)).items.find((i) => i.code === "WQ-04")!;
    expect(wq04(now).level).toBeGreaterThan(0);
    expect(wq04(then).level).toBe(0);
    expect(wq04(then).reason).toMatch(/hari/);
  });

  it("refuses a loopback target unless ALLOW_PRIVATE_NETWORK=1, with one Indonesian line", { timeout: 60_000 }, async () => {
    const r = await runScan([sites.sites[0].url, "--json"], { ALLOW_PRIVATE_NETWORK: "0" });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^Galat: .+/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("explains bad arguments in Indonesian", async () => {
    const r = await runScan(["bukan-url"], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/URL lengkap/);
    for (const bad of ["2026-13-01", "1-2-2026", "2026-02-30"]) {
      const d = await runScan(["https://contoh.go.id/", "--as-of", bad], {});
      expect(d.code, bad).toBe(1);
      expect(d.stderr, bad).toMatch(/--as-of/);
    }
  });
});
