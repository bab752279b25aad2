/** Local sites for the scan-job tests: a slow one (so a kill lands mid-scan) and a silent one. */
import net from "node:net";
import type { AddressInfo } from "node:net";
import { html, sendHtml, startFixtureServer, type FixtureServer, type Routes } from "@/lib/crawler/testing/fixture-server";

/** A small OPD-like site whose every page takes `delayMs` to answer. */
export function startSlowSite(pages: number, delayMs: number): Promise<FixtureServer> {
  const slow =
    (body: string, title: string) =>
    (_req: unknown, res: Parameters<typeof sendHtml>[0]) =>
      new Promise<void>((resolve) =>
        setTimeout(() => {
          sendHtml(res, html(body, title));
          resolve();
        }, delayMs),
      );
  const links = Array.from({ length: pages }, (_, i) => `<li><a href="/layanan/${i + 1}">Standar pelayanan ${i + 1}</a></li>`);
  const routes: Routes = {
    "/": slow(`<h1>Dinas Uji</h1><nav><ul>${links.join("")}</ul></nav><p>Selamat datang di situs resmi Dinas Uji.</p>`, "Beranda"),
  };
  for (let i = 1; i <= pages; i++) {
    routes[`/layanan/${i}`] = slow(
      `<h1>Layanan ${i}</h1><h2>Persyaratan</h2><p>1. Fotokopi KTP-el. 2. Fotokopi KK.</p><h2>Biaya</h2><p>Gratis.</p><a href="/">Beranda</a>`,
      `Layanan ${i}`,
    );
  }
  return startFixtureServer(routes);
}

/** Accepts connections and never answers a byte: the site that hangs a crawler. */
export async function startSilentSite(): Promise<{ origin: string; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => {});
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
