"use client";
/**
 * "Pindai ulang": asks for a scan, then polls its progress (react-query) until it finishes and
 * refreshes the page with the new result.
 */
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { requestRescanAction } from "./actions";

type Progress = {
  scanId: number;
  status: "queued" | "running" | "completed" | "failed" | "cancelled";
  phase: string | null;
  pagesVisited: number;
  currentUrl: string | null;
  errorClass: string | null;
  errorMessage: string | null;
};

const POLL_MS = 1000;
const PHASES: Record<string, string> = {
  robots: "membaca robots.txt",
  sitemap: "membaca peta situs",
  crawl: "menjelajah halaman",
  documents: "membaca dokumen PDF dan gambar",
  links: "memeriksa tautan",
  done: "menilai",
};
const STATUS: Record<Progress["status"], string> = {
  queued: "Dalam antrean",
  running: "Sedang memindai",
  completed: "Selesai",
  failed: "Gagal",
  cancelled: "Dibatalkan",
};

function ProgressView({ scanId, onDone }: { scanId: number; onDone: () => void }) {
  const q = useQuery<Progress>({
    queryKey: ["scan", scanId],
    queryFn: async () => {
      const r = await fetch(`/api/pindaian/${scanId}`, { cache: "no-store" });
      if (!r.ok) throw new Error((await r.json().catch(() => null))?.error ?? `HTTP ${r.status}`);
      return r.json();
    },
    refetchInterval: (query) => {
      const s = query.state.data?.status;
      return s === "completed" || s === "failed" || s === "cancelled" ? false : POLL_MS;
    },
  });
  const p = q.data;
  if (q.isError) return <p className="form-error" role="alert">Kemajuan pindaian tidak dapat dimuat: {String(q.error.message)}</p>;
  if (!p) return <p aria-live="polite">Memuat kemajuan pindaian ...</p>;
  const finished = p.status === "completed" || p.status === "failed" || p.status === "cancelled";
  return (
    <div aria-live="polite" data-testid="scan-progress" data-status={p.status}>
      <strong>{STATUS[p.status]}</strong>
      {p.status === "running" ? (
        <>
          {" "}
          · {p.phase ? PHASES[p.phase] ?? p.phase : "memulai"} · {p.pagesVisited} halaman
          {p.currentUrl ? <div className="small muted" style={{ wordBreak: "break-all" }}>{p.currentUrl}</div> : null}
        </>
      ) : null}
      {p.status === "failed" ? <div className="form-error">{p.errorMessage ?? p.errorClass}</div> : null}
      {finished ? (
        <div>
          <button type="button" onClick={onDone} style={{ marginTop: "0.4rem" }}>
            Tampilkan hasil terbaru
          </button>
        </div>
      ) : null}
    </div>
  );
}

export function RescanPanel({ slug, initialScanId }: { slug: string; initialScanId: number | null }) {
  const [client] = useState(() => new QueryClient());
  const [scanId, setScanId] = useState<number | null>(initialScanId);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  return (
    <QueryClientProvider client={client}>
      <div className="card no-print" style={{ marginTop: "1rem" }}>
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const r = await requestRescanAction(slug);
              if (r.ok) {
                setScanId(r.scanId);
                setMessage(r.existing ? "Pindaian untuk OPD ini sudah berjalan; kemajuannya ditampilkan di bawah." : null);
              } else setMessage(r.message);
            })
          }
        >
          {pending ? "Meminta pindaian ..." : "Pindai ulang"}
        </button>
        {message ? <p className="small" role="status">{message}</p> : null}
        {scanId ? (
          <ProgressView
            key={scanId}
            scanId={scanId}
            onDone={() => {
              setScanId(null);
              router.refresh();
            }}
          />
        ) : null}
      </div>
    </QueryClientProvider>
  );
}
