/**
 * `npm run accuracy [-- --json] [--set seen|blind] [--site NAME ...] [--crawl-cache DIR]`: crawls the labelled fixture
 * sites, judges them with the real checks as of the labels' reference day and prints agreement
 * with the auditor's labels per trap class and overall for each set; for the seen set also per
 * site and every disagreement. The blind set's items are never printed (its labels stay unseen by
 * the detector author). Exit code 1 when a set misses its target (seen 100%, blind 95%, and no
 * false pass in either).
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { CHECKLIST_SEED } from "@/db/seed/checklist";
import { TARGET_AGREEMENT, type Comparison, type Tally } from "@/lib/accuracy/compare";
import { TRAP_KINDS } from "@/lib/accuracy/labels";
import { runAccuracy, type AccuracyReport, type SetReport } from "@/lib/accuracy/run";
import { AppError } from "@/lib/errors";
import { runCli } from "./run";

const pct = new Intl.NumberFormat("id-ID", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });

const OUTCOME_TEXT: Record<Comparison["outcome"], string> = {
  agree: "sepakat",
  false_pass: "LOLOS PALSU",
  false_fail: "GAGAL PALSU",
  overrated: "terlalu tinggi",
  underrated: "terlalu rendah",
  review_on_a_item: "review pada butir A",
  missed_review: "seharusnya review",
  error: "galat",
};

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
}

function tallyTable(title: string, rows: [string, Tally, string?][]): string[] {
  const widths = [Math.max(26, ...rows.map(([n]) => n.length)), 7, 7, 8, 12, 11, 8];
  const out = [title, row(["", "dinilai", "sepakat", "kesepak.", "lolos palsu", "gagal palsu", ""], widths)];
  for (const [name, t, extra] of rows) {
    out.push(row([name, String(t.judged), String(t.agreed), t.judged ? pct.format(t.agreement) : "–", String(t.falsePasses), String(t.falseFails), extra ?? ""], widths));
  }
  return out;
}

function level(v: number | "review" | null, status?: string): string {
  if (status === "review" || v === "review") return "review";
  if (status === "error") return "galat";
  return String(v);
}

function printSet(r: SetReport, titles: Map<string, string>, out: string[]): void {
  const blind = r.set === "blind";
  out.push(`== Set ${blind ? "BUTA (ditulis dan dilabeli tanpa membaca pendeteksi)" : "TERLIHAT (regresi)"}: ${r.sites.length} situs, ${r.overall.judged} butir dinilai ==`, "");
  // The detector author sees only the blind set's totals per trap class, never its items or sites.
  if (!blind) {
    out.push(
      ...tallyTable(
        "Per situs",
        r.sites.map((s) => [s.site, r.perSite[s.site] ?? { judged: 0, agreed: 0, agreement: 0, falsePasses: 0, falseFails: 0 }, s.error ? "GALAT" : `${s.pagesVisited} hlm`]),
      ),
      "",
    );
  } else {
    const failed = r.sites.filter((s) => s.error).length;
    out.push(`Situs: ${r.sites.length}, gagal dipindai: ${failed}`, "");
  }
  out.push(...tallyTable("Per jenis jebakan", TRAP_KINDS.map((k) => [k, r.perTrap[k]] as [string, Tally])), "");
  out.push(...tallyTable("Keseluruhan", [["semua butir dinilai", r.overall]]), "");
  if (!blind) {
    for (const s of r.sites.filter((x) => x.error)) out.push(`Galat situs ${s.site}: ${s.error}`);
    if (r.disagreements.length) {
      out.push(`Ketidaksepakatan (${r.disagreements.length}):`);
      for (const d of r.disagreements) {
        const traps = d.traps.length ? ` [${d.traps.join(", ")}]` : "";
        out.push(`- ${d.site} ${d.code} (${titles.get(d.code) ?? ""}, mode ${d.mode})${traps}: label ${level(d.expected)}, pemindai ${level(d.actual.level, d.actual.status)} -> ${OUTCOME_TEXT[d.outcome]}`);
        out.push(`    auditor : ${d.why}`);
        out.push(`    pemindai: ${d.scannerReason}`);
        if (d.scannerEvidence) out.push(`    bukti   : ${d.scannerEvidence.url} "${d.scannerEvidence.excerpt.replace(/\s+/g, " ").slice(0, 140)}"`);
      }
      out.push("");
    }
  }
  const target = pct.format(TARGET_AGREEMENT[r.set]);
  out.push(
    `${r.met ? "TERCAPAI" : "TIDAK TERCAPAI"} (target: kesepakatan >= ${target} dan 0 lolos palsu): kesepakatan ${pct.format(r.overall.agreement)}, lolos palsu ${r.overall.falsePasses}.`,
    "",
  );
}

function printReport(r: AccuracyReport): void {
  const titles = new Map(CHECKLIST_SEED.map((i) => [i.code, i.title]));
  const out: string[] = [`Akurasi pemindai pada set berlabel (tanggal acuan ${r.referenceDate})`, ""];
  for (const set of r.sets) printSet(set, titles, out);
  out.push(r.met ? "SEMUA TARGET TERCAPAI." : "ADA TARGET YANG TIDAK TERCAPAI.");
  process.stdout.write(out.join("\n") + "\n");
}

/** The JSON report without the blind set's per-item rows (they stay with their author). */
function publicReport(r: AccuracyReport): unknown {
  return {
    ...r,
    sets: r.sets.map((s) => (s.set === "blind" ? { ...s, perSite: undefined, sites: s.sites.map(() => ({})), comparisons: undefined, disagreements: undefined } : s)),
  };
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      site: { type: "string", multiple: true },
      set: { type: "string", multiple: true },
      "crawl-cache": { type: "string" },
    },
  });
  const sets = (values.set ?? []).map((s) => {
    if (s !== "seen" && s !== "blind") throw new AppError("invalid_input", `--set harus "seen" atau "blind", bukan "${s}"`);
    return s;
  });
  const cacheDir = values["crawl-cache"];
  if (cacheDir) fs.mkdirSync(cacheDir, { recursive: true });
  const report = await runAccuracy({ sets, sites: values.site, crawlCacheDir: cacheDir, onProgress: (m) => console.error(m) });
  if (values.json) process.stdout.write(JSON.stringify(publicReport(report)) + "\n");
  else printReport(report);
  return report.met ? 0 : 1;
});
