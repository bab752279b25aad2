/**
 * `npm run scan -- <url> [--max-pages N] [--as-of YYYY-MM-DD] [--json]`: scans one site without
 * the web app. The crawl is live; `--as-of` judges freshness and year-based items as of that day
 * (WIB), so a labelled set or a meeting's assessment can be re-judged later (default: today).
 * With --json prints exactly one JSON document on stdout (the contract in PRODUCT.md); logs go
 * to stderr. Without it, a readable Indonesian table.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { CHECKLIST_SEED } from "@/db/seed/checklist";
import { OFFICIAL_DOMAIN } from "@/db/seed/opd";
import { crawlSite } from "@/lib/crawler";
import { AppError } from "@/lib/errors";
import { formatScore, noonWib } from "@/lib/format";
import { defaultItemSpecs } from "@/lib/scan/checklist";
import { judge } from "@/lib/scan/score";
import { evidenceSourceCode } from "@/lib/checks/types";
import { zoneLabel } from "@/lib/zones";
import { runCli } from "./run";

const Args = z.object({
  url: z.string().url({ message: "Alamat situs harus berupa URL lengkap, mis. https://disdukcapil.kuansing.go.id/" }),
  maxPages: z.coerce.number().int().min(1, { message: "--max-pages minimal 1" }).max(2000, { message: "--max-pages paling banyak 2000" }),
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "--as-of harus berbentuk YYYY-MM-DD, mis. 2026-12-01" })
    .refine((s) => !Number.isNaN(noonWib(s).getTime()) && noonWib(s).toISOString().slice(0, 10) === s, { message: "--as-of bukan tanggal yang sah" })
    .optional(),
});

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "max-pages": { type: "string", default: "60" }, "as-of": { type: "string" }, json: { type: "boolean", default: false } },
  });
  const parsed = Args.safeParse({ url: positionals[0], maxPages: values["max-pages"], asOf: values["as-of"] });
  if (!parsed.success) {
    throw new AppError("invalid_input", `${parsed.error.issues[0].message}\nPemakaian: npm run scan -- <url> [--max-pages N] [--as-of YYYY-MM-DD] [--json]`);
  }
  const { url, maxPages, asOf } = parsed.data;
  const started = asOf ? noonWib(asOf) : new Date();
  console.error(`Memindai ${url} (paling banyak ${maxPages} halaman) ...`);
  const artifacts = await crawlSite({
    startUrl: url,
    maxPages,
    screenshotDir: null,
    ocr: { enabled: true },
    onProgress: (p) => {
      if (p.currentUrl) console.error(`  [${p.phase}] ${p.pagesVisited} halaman · ${p.currentUrl}`);
    },
  });
  const items = defaultItemSpecs();
  const host = new URL(url).hostname;
  const j = judge(artifacts, items, {
    opd: { name: host, shortName: host, websiteUrl: url, services: [] },
    officialDomain: process.env.PATUH_OFFICIAL_DOMAIN ?? OFFICIAL_DOMAIN,
    now: started,
    preset: "ombudsman2021",
  });
  const doc = {
    url,
    pagesVisited: artifacts.site.pagesVisited,
    score: j.score.score,
    zone: j.score.zone?.id ?? null,
    items: j.results.map((r) => ({
      code: r.code,
      status: r.status,
      level: r.status === "scored" ? r.level : null,
      reason: r.reason,
      evidence: r.evidence.map((e) => ({ url: e.url, excerpt: e.excerpt, source: evidenceSourceCode(e.source) })),
    })),
  };
  if (values.json) {
    process.stdout.write(JSON.stringify(doc) + "\n");
  } else {
    printTable(doc, j.score.undecidedWeight);
  }
  if (!artifacts.site.reachable) {
    console.error(`Situs tidak dapat dijangkau (${artifacts.site.errorClass}).`);
    return 1;
  }
});

const STATUS_TEXT = { scored: "dinilai", review: "perlu diperiksa", error: "galat" } as const;

function printTable(doc: { url: string; pagesVisited: number; score: number | null; zone: string | null; items: { code: string; status: keyof typeof STATUS_TEXT; level: number | null; evidence: { url: string }[] }[] }, undecided: number) {
  const titles = new Map(CHECKLIST_SEED.map((i) => [i.code, i.title]));
  const out: string[] = [];
  out.push(`Situs            : ${doc.url}`);
  out.push(`Halaman dikunjungi: ${doc.pagesVisited}`);
  out.push(`Nilai indikasi   : ${formatScore(doc.score)} (zona ${zoneLabel(doc.zone).label})`);
  out.push(`Bobot belum diputuskan: ${formatScore(undecided)}`);
  out.push("");
  out.push("Kode   Tingkat  Status           Butir");
  for (const i of doc.items) {
    const level = i.level == null ? "-" : String(i.level);
    out.push(`${i.code.padEnd(6)} ${level.padEnd(8)} ${STATUS_TEXT[i.status].padEnd(16)} ${titles.get(i.code) ?? ""}`);
    if (i.evidence[0]) out.push(`${"".padEnd(32)}bukti: ${i.evidence[0].url}`);
  }
  out.push("");
  out.push("Nilai ini indikasi kepatuhan publikasi daring, bukan nilai resmi Ombudsman RI.");
  process.stdout.write(out.join("\n") + "\n");
}
