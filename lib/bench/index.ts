/**
 * `npm run bench`: the five benchmarks of the README, each with its target, printed as a table
 * and written as JSON to bench-output/bench.json. Not a test: numbers from a noisy 2-core
 * machine are reported, not asserted.
 *
 *   npm run bench -- [--only crawl,regency,rescore,dashboard,ocr] [--requests 200] [--skip-20k]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runCli } from "@/lib/cli/run";
import { mb } from "./stats";

type Row = { section: string; measure: string; value: string; target: string; met: boolean | null };

const GB = 1024 ** 3;

runCli(async () => {
  const { values } = parseArgs({
    options: {
      only: { type: "string", default: "crawl,regency,rescore,dashboard,ocr" },
      requests: { type: "string", default: "200" },
      "skip-20k": { type: "boolean", default: false },
    },
  });
  process.env.ALLOW_PRIVATE_NETWORK = "1";
  process.env.BETTER_AUTH_SECRET ??= "bench-secret-not-for-production-0123456789";
  const only = new Set(values.only!.split(","));
  const requests = Number(values.requests);
  const rows: Row[] = [];
  const json: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGb: Math.round(os.totalmem() / GB), node: process.version },
    startedAt: new Date().toISOString(),
  };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "patuh-bench-"));
  // Written after every section, so a long run that is stopped still leaves what it measured.
  const save = () => {
    fs.mkdirSync("bench-output", { recursive: true });
    fs.writeFileSync(path.join("bench-output", "bench.json"), JSON.stringify({ ...json, rows }, null, 2));
  };

  if (only.has("crawl")) {
    console.error("[bench] 1/4 crawl throughput (300-page local site) ...");
    const { benchCrawl } = await import("./crawl");
    const c = await benchCrawl();
    json.crawl = c;
    save();
    const ratio = c.patuh.pagesPerSecond / c.sequentialPlaywright.pagesPerSecond;
    rows.push(
      { section: "1 crawl", measure: "Patuh pages/s", value: c.patuh.pagesPerSecond.toFixed(1), target: "", met: null },
      { section: "1 crawl", measure: "sequential Playwright pages/s", value: c.sequentialPlaywright.pagesPerSecond.toFixed(1), target: "", met: null },
      { section: "1 crawl", measure: "plain HTTP fetch pages/s", value: c.plainHttp.pagesPerSecond.toFixed(1), target: "", met: null },
      { section: "1 crawl", measure: "ratio Patuh / sequential Playwright", value: `${ratio.toFixed(2)}x`, target: ">= 3x", met: ratio >= 3 },
      { section: "1 crawl", measure: "peak memory, process tree (PSS)", value: `${mb(c.patuh.peakPssBytes)} MB`, target: "< 1024 MB", met: c.patuh.peakPssBytes < GB },
    );
  }
  if (only.has("regency") || only.has("rescore")) {
    console.error("[bench] 2/4 whole regency (9 demo OPD by the worker) + re-scoring them ...");
    const { benchRegency } = await import("./regency");
    const r = await benchRegency();
    json.regency = r;
    save();
    rows.push(
      { section: "2 regency", measure: "9 OPD, enqueue to last result", value: `${(r.wallMs / 1000).toFixed(1)} s`, target: "< 60 s", met: r.wallMs < 60_000 },
      { section: "2 regency", measure: "peak memory, process tree (PSS)", value: `${mb(r.peakPssBytes)} MB`, target: "", met: null },
      { section: "3 rescore", measure: `9 OPD, weight change (${r.rescore.weightChange.scans} scans)`, value: `${r.rescore.weightChange.ms} ms`, target: "", met: null },
      { section: "3 rescore", measure: `9 OPD, keyword change (${r.rescore.keywordChange.scans} scans)`, value: `${r.rescore.keywordChange.ms} ms`, target: "", met: null },
    );
  }
  // Each synthetic size is generated once; re-scoring works on a copy, the dashboard on the original.
  const generated = new Map<number, string>();
  const synthetic = async (opdCount: number): Promise<string> => {
    const have = generated.get(opdCount);
    if (have) return have;
    const { generateSynthetic } = await import("./synth");
    console.error(`[bench]   generating ${opdCount} OPD x 24 scans x 44 items ...`);
    const file = path.join(tmp, `synthetic-${opdCount}.db`);
    const gen = generateSynthetic({ file, opdCount, scansPerOpd: 24 });
    gen.db.$client.close();
    (json.generated ??= {} as Record<string, unknown>);
    (json.generated as Record<string, unknown>)[opdCount] = { ms: Math.round(gen.ms), mb: mb(gen.bytes) };
    console.error(`[bench]   generated in ${(gen.ms / 1000).toFixed(1)} s (${mb(gen.bytes)} MB)`);
    generated.set(opdCount, file);
    return file;
  };

  if (only.has("rescore")) {
    console.error("[bench] 3/4 re-scoring a synthetic 2,000 OPD x 24 scans ...");
    const { openDb } = await import("@/db");
    const { benchRescore } = await import("./rescore");
    const copy = path.join(tmp, "rescore.db");
    fs.copyFileSync(await synthetic(2000), copy);
    const db = openDb(copy);
    const r = benchRescore(db);
    db.$client.close();
    fs.rmSync(copy, { force: true });
    json.rescore = r;
    save();
    rows.push(
      { section: "3 rescore", measure: `2,000 x 24, weight change (${r.weightChange.scans} scans)`, value: `${(r.weightChange.ms / 1000).toFixed(1)} s`, target: "< 10 s", met: r.weightChange.ms < 10_000 },
      { section: "3 rescore", measure: `2,000 x 24, keyword change (${r.keywordChange.scans} scans)`, value: `${(r.keywordChange.ms / 1000).toFixed(1)} s`, target: "< 10 s", met: r.keywordChange.ms < 10_000 },
    );
  }
  if (only.has("dashboard")) {
    const { benchDashboard } = await import("./dashboard");
    const { ensureNextBuild } = await import("@/lib/cli/next-build");
    ensureNextBuild();
    const sizes = values["skip-20k"] ? [2000] : [2000, 20000];
    const results = [];
    for (const n of sizes) {
      console.error(`[bench] 4/4 dashboard at ${n} OPD x 24 scans x 44 items (${requests} requests per page) ...`);
      const d = await benchDashboard({ file: await synthetic(n), opdCount: n, requests, port: 3300 });
      // The 20,000-OPD file is 5.7 GB: gone as soon as it is measured.
      fs.rmSync(generated.get(n)!, { force: true });
      generated.delete(n);
      results.push(d);
      json.dashboard = results;
      save();
      for (const t of d.timings) {
        rows.push({
          section: "4 dashboard",
          measure: `${n} OPD (${d.dbMb} MB db) ${t.path} p50 / p95`,
          value: `${t.p50} / ${t.p95} ms`,
          target: n === 2000 ? "p95 < 200 ms" : "report",
          met: n === 2000 ? t.p95 < 200 && t.status === 200 : null,
        });
      }
    }
    json.dashboard = results;
  }
  if (only.has("ocr")) {
    console.error("[bench] 5/5 reading an image-heavy site (40 posters, 20 photos, 10 icons) ...");
    const { benchOcr } = await import("./ocr");
    const o = await benchOcr();
    json.ocr = o;
    save();
    const scanRows = (name: string, s: typeof o.first, limitMs: number) => [
      { section: "5 ocr", measure: `${name}: wall time`, value: `${(s.ms / 1000).toFixed(1)} s`, target: `< ${limitMs / 1000} s`, met: s.ms < limitMs },
      { section: "5 ocr", measure: `${name}: posters read / ${o.posters}`, value: String(s.postersRead), target: `${o.posters}`, met: s.postersRead === o.posters },
      { section: "5 ocr", measure: `${name}: images OCR'd / from cache`, value: `${s.ocrd} / ${s.cached}`, target: "", met: null },
    ];
    rows.push(
      ...scanRows("first scan", o.first, 90_000),
      { section: "5 ocr", measure: `first scan: photos skipped by pre-pass / ${o.photos}`, value: `${o.first.photosSkippedByPrepass} (OCR'd ${o.first.photosOcrd})`, target: `${o.photos}`, met: o.first.photosSkippedByPrepass === o.photos },
      { section: "5 ocr", measure: `first scan: icons OCR'd / ${o.icons}`, value: String(o.first.iconsOcrd), target: "0", met: o.first.iconsOcrd === 0 },
      ...scanRows("re-scan (text cache)", o.rescan, 20_000),
    );
    if (o.first.postersUnread.length) console.error(`[bench]   posters not read: ${o.first.postersUnread.join(", ")}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });

  save();
  const w = [12, 52, 18, 14];
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(w[i] ?? 6)).join(" | ") + " |";
  console.log(line(["section", "measure", "value", "target", "met"]));
  console.log(line(w.map((n) => "-".repeat(n)).concat(["---"])));
  for (const r of rows) console.log(line([r.section, r.measure, r.value, r.target, r.met == null ? "" : r.met ? "yes" : "NO"]));
  console.log(`\nmachine: ${os.cpus().length} cores (${os.cpus()[0]?.model}), ${Math.round(os.totalmem() / GB)} GiB, Node ${process.version}; JSON in bench-output/bench.json`);
});
