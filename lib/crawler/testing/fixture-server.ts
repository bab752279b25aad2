/**
 * A tiny HTTP server for crawler tests and the bench: routes by path (query ignored unless the
 * handler reads it), on 127.0.0.1 with an ephemeral port, logging every request it receives.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => void | Promise<void>;
export type Routes = Record<string, Handler | string>;

export type FixtureServer = {
  origin: string;
  port: number;
  /** Paths with query, in the order requested. */
  log: string[];
  /** User agents seen, for politeness assertions. */
  userAgents: Set<string>;
  close(): Promise<void>;
};

export function html(body: string, title = "Halaman", head = ""): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

export function sendHtml(res: http.ServerResponse, body: string, status = 200): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  res.end(body);
}

export async function startFixtureServer(routes: Routes, fallback?: Handler): Promise<FixtureServer> {
  const log: string[] = [];
  const userAgents = new Set<string>();
  const sockets = new Set<import("node:net").Socket>();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fixture.local");
    log.push(url.pathname + url.search);
    userAgents.add(String(req.headers["user-agent"] ?? ""));
    const route = routes[url.pathname];
    try {
      if (typeof route === "string") sendHtml(res, route);
      else if (route) await route(req, res, url);
      else if (fallback) await fallback(req, res, url);
      else sendHtml(res, html("<h1>404</h1><p>Tidak ada.</p>", "404"), 404);
    } catch {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    }
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    log,
    userAgents,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
