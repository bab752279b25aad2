/**
 * Test support for lib/admin: a completed scan with hand-built artifacts, stored and scored the
 * way the scan pipeline stores them, so re-scoring works on it without a browser.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { opd, scans, settings } from "@/db/schema";
import type { PageArtifact, ScanArtifacts } from "@/lib/artifacts/types";
import { insertArtifacts } from "@/lib/scan/artifacts-store";
import { activeChecklist } from "@/lib/scan/checklist";
import { judge, writeJudgement } from "@/lib/scan/score";

function page(url: string, title: string, mainText: string, depth: number): PageArtifact {
  return {
    url,
    finalUrl: url,
    status: 200,
    redirectChain: [],
    depth,
    discoveredVia: depth === 0 ? "start" : "link",
    contentType: "text/html",
    title,
    lang: "id",
    metaViewport: "width=device-width, initial-scale=1",
    headings: [{ level: 1, text: title }],
    mainText,
    chromeText: "Beranda Profil Layanan Pengaduan PPID Kontak",
    revealed: [],
    links: [],
    images: [],
    forms: [],
    embeds: [],
    dates: [],
    mobileOverflow: depth === 0 ? false : null,
    axe: null,
    screenshotPath: null,
    loadMs: 120,
    errorClass: null,
    errorMessage: null,
  };
}

/** A small OPD site: home, a service page with requirements and procedure, a maklumat page. */
export function sampleArtifacts(base: string): ScanArtifacts {
  const host = new URL(base).hostname;
  const pages = [
    page(base, "Beranda Disdukcapil", "Selamat datang di situs resmi Dinas Kependudukan dan Pencatatan Sipil.", 0),
    page(
      `${base}layanan/ktp-el`,
      "Layanan KTP-el",
      "Persyaratan: 1. Fotokopi Kartu Keluarga 2. Surat pengantar. Prosedur: 1. Datang 2. Rekam 3. Ambil. Jangka waktu penyelesaian 3 hari kerja. Biaya: tidak dipungut biaya.",
      1,
    ),
    page(`${base}maklumat`, "Maklumat Pelayanan", "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan dan siap menerima sanksi.", 1),
  ];
  pages[0].links = pages.slice(1).map((p) => ({ href: p.url, text: p.title, region: "nav" as const, internal: true }));
  return {
    site: {
      startUrl: base,
      host,
      reachable: true,
      errorClass: null,
      robots: { url: `${base}robots.txt`, status: 404, found: false, ignored: false, excerpt: "", sitemaps: [] },
      sitemap: { found: false, sources: [], urlCount: 0 },
      tls: { https: base.startsWith("https:"), httpRedirectsToHttps: null, certificateValid: null },
      linkChecks: [],
      skipped: [],
      failures: [],
      pagesVisited: pages.length,
      durationMs: 900,
      userAgent: "Patuh test",
      startedAt: new Date("2026-05-01T03:00:00Z").toISOString(),
    },
    pages,
    documents: [],
  };
}

/** Stores a completed scan of `opdId` scored under the active checklist; returns its id. */
export function storeCompletedScan(db: Db, opdId: number, artifacts: ScanArtifacts): number {
  const checklist = activeChecklist(db);
  const startedAt = new Date("2026-05-01T03:00:00Z");
  const scanId = db.insert(scans).values({ opdId, trigger: "manual", status: "running", startedAt }).returning({ id: scans.id }).get().id;
  // The same inputs the scan pipeline (and re-scoring) takes: the OPD row and the settings.
  const o = db.select().from(opd).where(eq(opd.id, opdId)).get();
  if (!o) throw new Error(`no OPD ${opdId}`);
  const set = db.select().from(settings).get();
  const j = judge(artifacts, checklist.items, {
    opd: { name: o.name, shortName: o.shortName, websiteUrl: o.websiteUrl, services: o.services },
    officialDomain: set?.officialDomain ?? "",
    now: startedAt,
    preset: set?.zonePreset ?? "ombudsman2021",
  });
  db.transaction((tx) => {
    insertArtifacts(tx, scanId, artifacts, startedAt);
    writeJudgement(tx, scanId, checklist.versionId, j);
    tx.update(scans)
      .set({ status: "completed", checklistVersionId: checklist.versionId, finishedAt: startedAt, site: artifacts.site as unknown as Record<string, unknown>, pagesVisited: artifacts.pages.length })
      .where(eq(scans.id, scanId))
      .run();
  });
  return scanId;
}
