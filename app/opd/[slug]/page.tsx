import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/server";
import { can } from "@/lib/auth/policy";
import { getOpdBySlug } from "@/lib/data/opd";
import { getOpdDetail } from "@/lib/data/opd-detail";
import { z } from "zod";
import { formatDateAxis, formatDateTime, formatDuration, formatScore, formatTime } from "@/lib/format";
import { TrendChart } from "../../_components/charts";
import { LiveRefresh } from "../../_components/live-refresh";
import { Term, TermExplanation } from "../../_components/term";
import { ZoneBadge } from "../../_components/zone-badge";
import { ItemCard } from "./item-card";
import { RescanPanel } from "./rescan";
import { ServiceMatrix } from "./service-matrix";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const o = getOpdBySlug((await params).slug);
  return { title: o?.shortName ?? "OPD" };
}

/** The confirmation of a verdict just set or withdrawn (the address says which, see ./actions.ts). */
const Confirmation = z.object({ putusan: z.enum(["disimpan", "ditarik"]), butir: z.string().regex(/^[A-Z]{2}-\d{2}$/) });

export default async function OpdPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await params;
  const o = getOpdBySlug(slug);
  if (!o) notFound();
  const user = await requirePageUser("read", { opdId: o.id });
  const d = getOpdDetail(slug)!;
  const canScan = can(user, "scan:request", { opdId: o.id });
  const canVerdict = can(user, "verdict:write", { opdId: o.id });
  const items = d.results?.items ?? [];
  // A standing verdict takes its item out of both lists into its own group, where it stays
  // visible with both levels and can be withdrawn.
  const manual = items.filter((i) => i.verdict && !i.verdictLapsed);
  const toFix = items
    .filter((i) => !manual.includes(i) && (i.status !== "scored" || (i.level ?? 0) < 2))
    .sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code));
  const done = items.filter((i) => !toFix.includes(i) && !manual.includes(i));
  const trend = d.history.map((h) => ({
    label: h.finishedAt ? formatDateAxis(h.finishedAt) : "",
    sublabel: h.finishedAt ? formatTime(h.finishedAt) : "",
    value: h.score,
  }));
  const confirmation = Confirmation.safeParse(await searchParams);
  const confirmed = confirmation.success ? items.find((i) => i.code === confirmation.data.butir) : undefined;
  const own = user.role === "opd";

  return (
    <>
      <nav className="small muted no-print" aria-label="Lokasi halaman">
        {own ? <a href="/ringkasan">Ringkasan</a> : <a href="/opd">Daftar OPD</a>} / {own ? "OPD Saya" : o.shortName}
      </nav>
      <h1>{o.name}</h1>
      <p className="lead">
        <a href={o.websiteUrl} target="_blank" rel="noreferrer noopener">
          {o.websiteUrl}
        </a>
        {d.scan?.finishedAt ? <> · pindaian terakhir {formatDateTime(d.scan.finishedAt)}</> : null}
      </p>

      {d.lastFailed && (!d.scan || d.lastFailed.id > d.scan.id) ? (
        <p className="form-error" role="alert">
          Pindaian terakhir gagal ({d.lastFailed.errorClass}): {d.lastFailed.errorMessage ?? "situs tidak dapat dijangkau"}.{" "}
          {d.scan ? "Hasil yang ditampilkan berasal dari pindaian lengkap sebelumnya." : null}
        </p>
      ) : null}

      {!d.results ? (
        <p className="empty">Situs OPD ini belum pernah dipindai sampai selesai. {canScan ? "Tekan “Pindai ulang” untuk memulai." : ""}</p>
      ) : (
        <section className="grid grid-4" aria-label="Nilai">
          <div className="card" data-testid="opd-score">
            <div className="stat-label">Nilai indikasi</div>
            <div className="stat">{formatScore(d.results.score.score)}</div>
            <ZoneBadge zone={d.results.score.zone?.id ?? null} />
          </div>
          <div className="card">
            <div className="stat-label">Butir perlu perbaikan</div>
            <div className="stat">{toFix.length}</div>
            <div className="small muted">dari {items.length} butir</div>
          </div>
          <div className="card">
            <div className="stat-label">
              <Term name="undecided" />
            </div>
            <div className="stat">{formatScore(d.results.score.undecidedWeight)}</div>
            <TermExplanation name="undecided" />
          </div>
          <div className="card">
            <div className="stat-label">Halaman dikunjungi</div>
            <div className="stat">{d.scan?.pagesVisited ?? 0}</div>
            <div className="small muted">{d.scan?.pagesFailed ?? 0} gagal</div>
          </div>
        </section>
      )}

      {confirmation.success && confirmed ? (
        <p className="confirmation" role="status" id="konfirmasi" data-testid="verdict-confirmation">
          {confirmation.data.putusan === "disimpan" ? (
            <>
              Putusan manual untuk <a href={`#t-${confirmed.code}`}>{confirmed.code}</a> disimpan: tingkat {confirmed.level ?? "–"} (pemindai:{" "}
              {confirmed.scannerStatus === "scored" ? `tingkat ${confirmed.scannerLevel}` : "belum dapat memutuskan"}). Butir ini kini ada di kelompok
              “Diputuskan manual”.
            </>
          ) : (
            <>
              Putusan manual untuk <a href={`#t-${confirmed.code}`}>{confirmed.code}</a> ditarik; tingkat dari pemindai berlaku lagi.
            </>
          )}
        </p>
      ) : null}

      <LiveRefresh active={d.openScan != null} message="Pindaian OPD ini sedang berjalan; hasil baru tampil sendiri setelah selesai." />
      {canScan ? <RescanPanel slug={o.slug} initialScanId={d.openScan?.id ?? null} /> : null}

      {trend.length > 0 ? (
        <section aria-labelledby="tren">
          <h2 id="tren">Tren nilai</h2>
          <TrendChart
            data={trend}
            xTitle="Tanggal dan jam pindaian (WIB)"
            title="Nilai tiap pindaian lengkap, dari yang terlama sampai terbaru (pita: zona merah di bawah 51, kuning 51-81, hijau mulai 81)."
          />
          {d.meetingPoints.length ? (
            <p className="small">
              Nilai pada rapat:{" "}
              {d.meetingPoints.map((m, i) => (
                <span key={i}>
                  {i ? "; " : ""}
                  {m.title} ({m.label}): <strong>{formatScore(m.score)}</strong>
                </span>
              ))}
            </p>
          ) : null}
        </section>
      ) : null}

      {d.results ? (
        <>
          <section aria-labelledby="perbaiki">
            <h2 id="perbaiki">Butir yang perlu diperbaiki ({toFix.length}), menurut bobot</h2>
            {toFix.length === 0 ? <p className="empty">Semua butir sudah pada tingkat 2 atau lebih. Pertahankan dan perbarui isinya.</p> : null}
            {toFix.map((i) => (
              <ItemCard key={i.code} item={i} opdId={o.id} canVerdict={canVerdict} />
            ))}
          </section>
          {manual.length ? (
            <section aria-labelledby="manual" data-testid="manual-group">
              <h2 id="manual">Diputuskan manual ({manual.length})</h2>
              <p className="small muted">
                Tingkat butir ini ditetapkan pemeriksa dan dipakai dalam nilai, di samping tingkat dari pemindai.{" "}
                {canVerdict ? "Tarik putusan untuk kembali ke tingkat pemindai." : ""}
              </p>
              {manual.map((i) => (
                <ItemCard key={i.code} item={i} opdId={o.id} canVerdict={canVerdict} />
              ))}
            </section>
          ) : null}
          <section aria-labelledby="layanan">
            <h2 id="layanan">Komponen standar pelayanan per layanan</h2>
            <ServiceMatrix services={d.results.services} />
          </section>
          <section aria-labelledby="terpenuhi">
            <h2 id="terpenuhi">Butir yang sudah terpenuhi ({done.length})</h2>
            <details>
              <summary>Tampilkan bukti butir yang terpenuhi</summary>
              {done.map((i) => (
                <ItemCard key={i.code} item={i} opdId={o.id} canVerdict={canVerdict} />
              ))}
            </details>
          </section>
        </>
      ) : null}

      {d.crawl ? (
        <section aria-labelledby="log">
          <h2 id="log">Catatan penjelajahan</h2>
          <p className="small">
            {d.crawl.pages.length} halaman dikunjungi
            {d.crawl.durationMs != null ? ` dalam ${formatDuration(d.crawl.durationMs)}` : ""} · robots.txt{" "}
            {d.crawl.robots?.found ? (d.crawl.robots.ignored ? "ada, diabaikan atas izin admin" : "ada dan dipatuhi") : "tidak ada"} · peta situs{" "}
            {d.crawl.sitemap?.found ? `${d.crawl.sitemap.urlCount} alamat` : "tidak ada"}
          </p>
          {d.crawl.failures.length ? (
            <>
              <h3 style={{ fontSize: "1rem" }}>Halaman yang gagal dibuka</h3>
              <div className="table-box">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Alamat</th>
                      <th scope="col">Sebab</th>
                      <th scope="col">Saran</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.crawl.failures.map((f, i) => (
                      <tr key={i}>
                        <td className="small" style={{ wordBreak: "break-all" }}>{f.url}</td>
                        <td className="small">
                          <strong>{f.explanation.title}</strong>: {f.explanation.explanation}
                        </td>
                        <td className="small">{f.explanation.fixHint}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
          <details>
            <summary>Semua halaman yang dikunjungi ({d.crawl.pages.length})</summary>
            <div className="table-box">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Alamat</th>
                    <th scope="col" className="num">Status</th>
                    <th scope="col" className="num">Kedalaman</th>
                  </tr>
                </thead>
                <tbody>
                  {d.crawl.pages.map((p, i) => (
                    <tr key={i}>
                      <td className="small" style={{ wordBreak: "break-all" }}>{p.finalUrl ?? p.url}</td>
                      <td className="num small">{p.status ?? p.errorClass}</td>
                      <td className="num small">{p.depth}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
          {d.crawl.skipped.length ? (
            <details>
              <summary>Alamat yang dilewati ({d.crawl.skipped.length})</summary>
              <ul className="small">
                {d.crawl.skipped.slice(0, 200).map((s, i) => (
                  <li key={i} style={{ wordBreak: "break-all" }}>
                    {s.url} — {s.reason}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ) : null}
      <p className="disclaimer">Nilai adalah indikasi kepatuhan publikasi daring, bukan nilai resmi Ombudsman RI.</p>
    </>
  );
}
