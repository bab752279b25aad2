"use client";
/**
 * Keeps a server-rendered page current while scans are queued or running: it asks the server
 * for the page again every few seconds (router.refresh keeps scroll, focus and form state) and
 * stops as soon as the refreshed page says nothing is open any more.
 */
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Often enough to follow a scan phase by phase, rarely enough for a 2-core server. */
const REFRESH_MS = 2500;

export function LiveRefresh({ active, message }: { active: boolean; message?: string }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const t = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(t);
  }, [active, router]);
  return (
    <p className={active ? "live-note no-print" : "sr-only"} role="status" data-testid="live-refresh" data-active={active ? "1" : "0"}>
      {active ? (message ?? "Pindaian sedang berjalan; halaman ini diperbarui sendiri.") : "Tidak ada pindaian yang berjalan."}
    </p>
  );
}
