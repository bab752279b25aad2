/**
 * Generates a synthetic database at province/national scale for the benchmarks: N OPD x S scans
 * x 44 items, with small artifacts (so re-scoring has something to read), scan scores and
 * frozen meetings. Deterministic (seeded), written with prepared statements in one transaction
 * per OPD batch.
 */
import fs from "node:fs";
import { openDb, type Db } from "@/db";
import { seedDatabase } from "@/db/seed";
import { activeChecklist } from "@/lib/scan/checklist";
import { scoreFromTotals, zoneFor } from "@/lib/scoring";
import type { PageArtifact, SiteArtifact } from "@/lib/artifacts/types";

export type SynthOptions = { file: string; opdCount: number; scansPerOpd: number; meetings?: number };

/** Mulberry32: small, fast, deterministic. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPD_BATCH = 200;
const DAY = 86_400_000;

function siteArtifact(url: string, startedAt: Date): SiteArtifact {
  return {
    startUrl: url,
    host: new URL(url).host,
    reachable: true,
    errorClass: null,
    robots: { url: url + "robots.txt", status: 200, found: true, ignored: false, excerpt: "User-agent: *", sitemaps: [] },
    sitemap: { found: false, sources: [], urlCount: 0 },
    tls: { https: true, httpRedirectsToHttps: true, certificateValid: true },
    linkChecks: [],
    skipped: [],
    failures: [],
    pagesVisited: 2,
    durationMs: 9000,
    userAgent: "PatuhBot/synthetic",
    startedAt: startedAt.toISOString(),
  };
}

function pageArtifact(url: string, depth: number, text: string): PageArtifact {
  return {
    url, finalUrl: url, status: 200, redirectChain: [], depth, discoveredVia: depth ? "link" : "start",
    contentType: "text/html", title: depth ? "Maklumat Pelayanan" : "Beranda", lang: "id",
    metaViewport: "width=device-width, initial-scale=1", headings: [{ level: 1, text: depth ? "Maklumat Pelayanan" : "Selamat datang" }],
    mainText: text, chromeText: "Beranda Profil Layanan Pengaduan PPID Kontak Jl. Perintis Kemerdekaan No. 1 Teluk Kuantan",
    revealed: [], links: [], images: [], forms: [], embeds: [], dates: [], mobileOverflow: depth ? null : false, axe: null,
    screenshotPath: null, loadMs: 300, errorClass: null, errorMessage: null,
  };
}

export function generateSynthetic(opts: SynthOptions): { db: Db; ms: number; bytes: number } {
  const t0 = performance.now();
  for (const f of [opts.file, `${opts.file}-wal`, `${opts.file}-shm`]) fs.rmSync(f, { force: true });
  const db = openDb(opts.file);
  // A throwaway file: no journal while millions of rows go in (WAL wrote everything twice).
  db.$client.pragma("journal_mode = OFF");
  db.$client.pragma("synchronous = OFF");
  seedDatabase(db);
  const { versionId, items } = activeChecklist(db);
  const c = db.$client;
  const insOpd = c.prepare("insert into opd (slug, name, short_name, website_url, services) values (?, ?, ?, ?, '[]')");
  const insScan = c.prepare(
    "insert into scans (opd_id, trigger, status, queued_at, started_at, finished_at, checklist_version_id, pages_visited, site) values (?, 'schedule', 'completed', ?, ?, ?, ?, 2, ?)",
  );
  const insPage = c.prepare("insert into pages (scan_id, url, final_url, http_status, depth, artifact, fetched_at) values (?, ?, ?, 200, ?, ?, ?)");
  const insResult = c.prepare(
    "insert into item_results (scan_id, checklist_version_id, code, status, level, evidence, reason) values (?, ?, ?, ?, ?, ?, ?)",
  );
  const insScore = c.prepare(
    "insert into scan_scores (scan_id, checklist_version_id, score, zone, decided_weight, undecided_weight, earned_weight) values (?, ?, ?, ?, ?, ?, ?)",
  );
  const existing = (c.prepare("select count(*) as n from opd").get() as { n: number }).n;
  const rand = rng(42);
  const now = Date.now();
  const firstScanAt = now - opts.scansPerOpd * 30 * DAY;

  const batch = c.transaction((from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const n = existing + k + 1;
      const url = `https://opd${n}.kab${Math.floor(n / 40)}.go.id/`;
      const opdId = Number(insOpd.run(`opd-${n}`, `Dinas Sintetis ${n}`, `OPD-${n}`, url).lastInsertRowid);
      const quality = rand();
      for (let s = 0; s < opts.scansPerOpd; s++) {
        const at = new Date(firstScanAt + s * 30 * DAY);
        const scanId = Number(insScan.run(opdId, at.getTime(), at.getTime(), at.getTime() + 9000, versionId, JSON.stringify(siteArtifact(url, at))).lastInsertRowid);
        const progress = s / opts.scansPerOpd;
        insPage.run(scanId, url, url, 0, JSON.stringify(pageArtifact(url, 0, "Selamat datang di situs resmi dinas.")), at.getTime());
        insPage.run(scanId, url + "maklumat", url + "maklumat", 1, JSON.stringify(pageArtifact(url + "maklumat", 1, "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan dan bersedia menerima sanksi.")), at.getTime());
        const results = items.map((item) => {
          const r = rand();
          const status = r < 0.04 ? "review" : r < 0.05 ? "error" : "scored";
          const level = status === "scored" ? Math.min(3, Math.floor(rand() * 2 + quality * 2 + progress)) : null;
          return { code: item.code, weight: item.weight, status: status as "scored" | "review" | "error", level };
        });
        for (const r of results) {
          const evidence = r.level ? JSON.stringify([{ url: url + "maklumat", excerpt: "Dengan ini kami menyatakan sanggup ..." }]) : "[]";
          insResult.run(scanId, versionId, r.code, r.status, r.level, evidence, "Sintetis.");
        }
        let earned = 0;
        let decided = 0;
        let undecided = 0;
        for (const r of results) {
          if (r.level === null) undecided += r.weight;
          else (decided += r.weight), (earned += (r.weight * r.level) / 3);
        }
        const sc = scoreFromTotals(earned, decided, undecided, "ombudsman2021");
        insScore.run(scanId, versionId, sc.score, sc.score == null ? null : zoneFor(sc.score, "ombudsman2021").id, sc.decidedWeight, sc.undecidedWeight, sc.earnedWeight);
      }
    }
  });
  for (let from = 0; from < opts.opdCount; from += OPD_BATCH) batch(from, Math.min(opts.opdCount, from + OPD_BATCH));

  // Frozen meetings, one every three months of history, each a snapshot of scores at that time.
  const meetings = opts.meetings ?? Math.min(8, Math.floor(opts.scansPerOpd / 3));
  const insMeeting = c.prepare("insert into meetings (title, held_on, place, frozen_at, frozen_by, checklist_version_id, zone_preset) values (?, ?, 'Ruang Rapat', ?, 'synthetic', ?, 'ombudsman2021')");
  const snapshot = c.prepare(`
    insert into meeting_opd (meeting_id, opd_id, scan_id, score, zone, decided_weight, undecided_weight)
    select ?, s.opd_id, s.id, ss.score, ss.zone, ss.decided_weight, ss.undecided_weight
    from scans s join scan_scores ss on ss.scan_id = s.id
    where s.id in (select max(id) from scans where status = 'completed' and finished_at <= ? group by opd_id)`);
  c.transaction(() => {
    for (let m = 1; m <= meetings; m++) {
      const at = firstScanAt + m * 3 * 30 * DAY + DAY;
      const id = Number(insMeeting.run(`Rapat Evaluasi ${m}`, new Date(at).toISOString().slice(0, 10), at, versionId).lastInsertRowid);
      snapshot.run(id, at);
    }
  })();
  // Back to how the app runs it, so what is measured on this connection afterwards is real.
  c.pragma("journal_mode = WAL");
  c.pragma("synchronous = NORMAL");
  c.exec("analyze");
  return { db, ms: performance.now() - t0, bytes: fs.statSync(opts.file).size };
}
