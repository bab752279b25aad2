import type { OpdItemView } from "@/lib/data/opd-detail";
import { uniqueEvidence, sourceWords } from "@/lib/evidence-list";
import { evidenceUrl } from "@/lib/evidence-url";
import { formatDateTimeShort, formatScore } from "@/lib/format";
import { VerdictForm, WithdrawVerdict } from "./verdict-form";

const LEVEL_TEXT = ["0 – tidak ditemukan", "1 – belum lengkap", "2 – lengkap", "3 – lengkap dan mutakhir"];

export function LevelBadge({ status, level }: { status: "scored" | "review" | "error"; level: number | null }) {
  if (status === "review") return <span className="badge status-review">Perlu diperiksa</span>;
  if (status === "error") return <span className="badge status-error">Galat</span>;
  const color = level == null ? "none" : level >= 2 ? "hijau" : level === 1 ? "kuning" : "merah";
  return <span className={`badge zone-${color}`}>Tingkat {level == null ? "–" : LEVEL_TEXT[level]}</span>;
}

/** Shown per page; the full list is in the exports. */
const EVIDENCE_SHOWN = 3;

export function ItemCard({ item, opdId, canVerdict }: { item: OpdItemView; opdId: number; canVerdict: boolean }) {
  const evidence = uniqueEvidence(item.evidence);
  return (
    <article className="card item-card" data-testid={`item-${item.code}`} aria-labelledby={`t-${item.code}`}>
      <header style={{ display: "flex", justifyContent: "space-between", gap: "1rem", flexWrap: "wrap" }}>
        <h3 id={`t-${item.code}`} style={{ margin: 0, fontSize: "1rem" }}>
          <span className="code">{item.code}</span> · {item.title}
        </h3>
        <span className="small muted">bobot {formatScore(item.weight)}</span>
      </header>
      <div style={{ display: "flex", gap: "1.2rem", flexWrap: "wrap", margin: "0.5rem 0" }}>
        <div>
          <div className="small muted">Tingkat dari pemindai</div>
          <LevelBadge status={item.scannerStatus} level={item.scannerLevel} />
        </div>
        <div data-testid={`verdict-${item.code}`}>
          <div className="small muted">Putusan manual</div>
          {item.verdict && !item.verdictLapsed ? (
            <>
              <LevelBadge status="scored" level={item.verdict.level} />{" "}
              <span className="small">
                “{item.verdict.note}” · {formatDateTimeShort(item.verdict.createdAt)}
              </span>{" "}
              {canVerdict ? <WithdrawVerdict opdId={opdId} verdictId={item.verdict.id} code={item.code} /> : null}
            </>
          ) : item.verdict && item.verdictLapsed ? (
            <span className="small">Putusan lama tidak berlaku lagi karena bukti di situs berubah; tingkat pemindai yang dipakai.</span>
          ) : (
            <span className="small muted">tidak ada</span>
          )}
        </div>
      </div>
      <p style={{ margin: "0.3rem 0" }}>{item.reason}</p>
      {evidence.length ? (
        <ul className="evidence" data-testid={`evidence-${item.code}`}>
          {evidence.slice(0, EVIDENCE_SHOWN).map((e, i) => {
            const shot = evidenceUrl(e.screenshotPath);
            return (
              <li key={i}>
                <a href={e.url} target="_blank" rel="noreferrer noopener" style={{ wordBreak: "break-all" }}>
                  {e.url}
                </a>
                {e.source ? <span className="small muted"> ({sourceWords(e.source)})</span> : null}
                {e.excerpt ? <blockquote>{e.excerpt}</blockquote> : null}
                {shot ? (
                  <a href={shot} target="_blank" rel="noreferrer" className="small no-print">
                    Lihat tangkapan layar
                  </a>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="small">
        <strong>Dasar hukum:</strong> {item.legalBasis}
      </p>
      {item.fixHint && (item.level ?? 0) < 3 ? (
        <p className="small fix-hint">
          <strong>Cara memperbaiki:</strong> {item.fixHint}
        </p>
      ) : null}
      {canVerdict ? (
        <details className="no-print">
          <summary>Tetapkan tingkat secara manual</summary>
          <VerdictForm opdId={opdId} code={item.code} current={item.verdict?.level ?? null} />
        </details>
      ) : null}
    </article>
  );
}
