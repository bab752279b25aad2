/**
 * A hostile OPD site for crawler tests: a page that answers after 20 s, an endless calendar,
 * a redirect loop, a 6 MB page, a page whose script never ends, a 200 MB download served
 * slowly (streamed, never built in memory), text carrying HTML/script payloads, and links,
 * images and frames pointing at cloud metadata and private addresses.
 */
import type http from "node:http";
import { html, sendHtml, startFixtureServer, type FixtureServer } from "./fixture-server";

/** The payload shown as text: if anything renders it as HTML, it would request metadata. */
export const PAYLOAD = `<script>fetch("http://169.254.169.254/latest/meta-data/")</script><img src=x onerror="location='http://10.0.0.1/'">`;
export const SLOW_PAGE_DELAY_MS = 20_000;
export const BIG_PAGE_BYTES = 6 * 1024 * 1024;
export const HUGE_DOWNLOAD_BYTES = 200 * 1024 * 1024;
/** 64 KiB every 10 ms: about 6 MB/s, slow enough that buffering it whole would show. */
const CHUNK = 64 * 1024;
const CHUNK_INTERVAL_MS = 10;

export const FORBIDDEN_HOSTS = ["169.254.169.254", "10.0.0.1"];

export type HostileSite = FixtureServer & {
  /** Bytes of the 200 MB download actually sent (all requests together). */
  hugeBytesSent(): number;
};

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Streams `total` bytes slowly; stops as soon as the client goes away. */
function streamSlowly(res: http.ServerResponse, total: number, onBytes: (n: number) => void): void {
  let sent = 0;
  const chunk = Buffer.alloc(CHUNK, 0x20);
  const timer = setInterval(() => {
    if (res.destroyed || sent >= total) {
      clearInterval(timer);
      if (!res.destroyed) res.end();
      return;
    }
    res.write(chunk);
    sent += CHUNK;
    onBytes(CHUNK);
  }, CHUNK_INTERVAL_MS);
  res.on("close", () => clearInterval(timer));
}

export async function startHostileSite(): Promise<HostileSite> {
  let hugeSent = 0;
  const home = html(
    `<nav><a href="/">Beranda</a><a href="/lambat">Layanan (lambat)</a><a href="/agenda?bulan=1">Agenda</a>
     <a href="/putar/a">Profil</a><a href="/besar">Data besar</a><a href="/macet">Pengaduan</a><a href="/muatan">Maklumat</a></nav>
     <main><h1>Situs Nakal</h1>
     <p>Dokumen: <a href="/unduh/arsip.pdf">Standar Pelayanan (PDF)</a>, <a href="/unduh/data">Data mentah</a></p>
     <p><a href="http://169.254.169.254/latest/meta-data/">Metadata</a> <a href="http://10.0.0.1/admin">Intranet</a>
        <a href="http://[::ffff:a9fe:a9fe]/">Metadata v6</a></p>
     <img src="http://169.254.169.254/latest/meta-data/iam.png" alt="maklumat pelayanan" width="600" height="800">
     <img src="/gambar/ke-metadata.png" alt="alur pelayanan" width="600" height="800">
     <iframe src="http://10.0.0.1/"></iframe>
     <script>fetch("http://169.254.169.254/latest/api/token", { method: "PUT" }).catch(() => {});</script>
     </main>`,
    "Beranda Situs Nakal",
  );
  const server = await startFixtureServer({
    "/": home,
    "/lambat": (_req, res) => {
      const t = setTimeout(() => sendHtml(res, html("<p>akhirnya</p>")), SLOW_PAGE_DELAY_MS);
      res.on("close", () => clearTimeout(t));
    },
    "/agenda": (_req, res, url) => {
      const n = Number(url.searchParams.get("bulan") ?? 1);
      sendHtml(res, html(`<main><h1>Agenda bulan ${n}</h1><a href="/agenda?bulan=${n + 1}">Bulan berikutnya</a><a href="/agenda?bulan=${n - 1}">Sebelumnya</a></main>`));
    },
    "/putar/a": (_req, res) => {
      res.writeHead(302, { location: "/putar/b" });
      res.end();
    },
    "/putar/b": (_req, res) => {
      res.writeHead(302, { location: "/putar/a" });
      res.end();
    },
    "/besar": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      const line = `<p>${"data ".repeat(200)}</p>\n`;
      let sent = 0;
      const pump = () => {
        while (sent < BIG_PAGE_BYTES && !res.destroyed) {
          sent += line.length;
          if (!res.write(line)) return void res.once("drain", pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
    },
    "/macet": html(`<main><h1>Pengaduan</h1><script>while(true){}</script><p>tak pernah tampil</p></main>`),
    "/muatan": html(`<main><h1>Maklumat ${escapeHtml(PAYLOAD)}</h1><p>Isi: ${escapeHtml(PAYLOAD)}</p><a href="/">${escapeHtml(PAYLOAD)}</a></main>`, escapeHtml(PAYLOAD)),
    "/unduh/arsip.pdf": (req, res) => {
      // No Content-Length: only a streaming cap can stop it.
      res.writeHead(200, { "content-type": "application/pdf" });
      if (req.method === "HEAD") return void res.end();
      res.write("%PDF-1.4\n");
      streamSlowly(res, HUGE_DOWNLOAD_BYTES, (n) => (hugeSent += n));
    },
    "/unduh/data": (req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(HUGE_DOWNLOAD_BYTES) });
      if (req.method === "HEAD") return void res.end();
      streamSlowly(res, HUGE_DOWNLOAD_BYTES, (n) => (hugeSent += n));
    },
    "/gambar/ke-metadata.png": (_req, res) => {
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/iam/security-credentials/" });
      res.end();
    },
  });
  return { ...server, hugeBytesSent: () => hugeSent };
}
