/**
 * The browser's only way out: Chromium is started with this in-process proxy, so every request
 * it makes (subresources, iframes, XHR, redirect hops, which Playwright's routing never sees,
 * and https tunnels) passes the target policy and connects to the address the policy checked.
 */
import http from "node:http";
import net from "node:net";
import type { Duplex } from "node:stream";
import type { TargetPolicy } from "./target-policy";
import { parseUrl, sameSite } from "./url";

/**
 * Hosts the pages themselves asked for (route interception sees every page request before it is
 * sent). Chromium's own background traffic (update checks, sign-in, optimisation hints) and
 * redirect hops to hosts no page named are not in it, so they are refused.
 */
export class PageHosts {
  private readonly hosts = new Set<string>();
  private readonly waiting = new Map<string, Array<() => void>>();

  static key(u: URL): string {
    return `${u.hostname.toLowerCase()}:${u.port || (u.protocol === "https:" || u.protocol === "wss:" ? 443 : 80)}`;
  }

  note(url: string): void {
    const u = parseUrl(url);
    if (!u) return;
    const key = PageHosts.key(u);
    this.hosts.add(key);
    const w = this.waiting.get(key);
    if (w) {
      this.waiting.delete(key);
      for (const f of w) f();
    }
  }

  allows(u: URL, site: string | null): boolean {
    return (site !== null && sameSite(u, site)) || this.hosts.has(PageHosts.key(u));
  }

  /**
   * The browser reports a request (CDP event) about when it sends it: a connection may reach the
   * proxy a moment before the notice. Waits up to `ms` for it.
   */
  async allowsSoon(u: URL, site: string | null, ms: number): Promise<boolean> {
    if (this.allows(u, site)) return true;
    const key = PageHosts.key(u);
    await new Promise<void>((resolve) => {
      const list = this.waiting.get(key) ?? [];
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const l = this.waiting.get(key);
        if (l) this.waiting.set(key, l.filter((f) => f !== done));
        resolve();
      }, ms);
      list.push(done);
      this.waiting.set(key, list);
    });
    return this.allows(u, site);
  }
}

/** How long a connection may wait for the browser's notice that a page asked for its host. */
const NOTICE_WAIT_MS = 500;

export type GuardProxy = {
  /** http://127.0.0.1:PORT, for the browser's proxy setting. */
  server: string;
  /** Hosts the proxy actually connected to, with counts (what really left the machine). */
  connected: Map<string, number>;
  close(): Promise<void>;
};

/** A subresource bigger than this is cut off: SPA bundles are a few MB, hostile streams endless. */
export const PROXY_MAX_RESPONSE_BYTES = 25 * 1024 * 1024;
/** An https tunnel carries many requests of one host; bound its total. */
export const PROXY_MAX_TUNNEL_BYTES = 80 * 1024 * 1024;
/** A connection silent this long is dropped; page time limits are shorter anyway. */
const IDLE_TIMEOUT_MS = 30_000;

const HOP_HEADERS = new Set([
  "connection",
  "proxy-connection",
  "keep-alive",
  "proxy-authorization",
  "proxy-authenticate",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

function forwardHeaders(h: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(h)) if (!HOP_HEADERS.has(k) && v !== undefined) out[k] = v;
  return out;
}

/** Refuses a request no page asked for, logging it with the policy's decisions. */
async function pageAsked(target: string, origin: string, policy: TargetPolicy, pageHosts: PageHosts): Promise<boolean> {
  const u = parseUrl(target);
  if (u && (await pageHosts.allowsSoon(u, policy.siteKey, NOTICE_WAIT_MS))) return true;
  policy.refuse(target, origin, "not_requested_by_page");
  return false;
}

export async function startGuardProxy(policy: TargetPolicy, pageHosts: PageHosts): Promise<GuardProxy> {
  const sockets = new Set<Duplex>();
  const connected = new Map<string, number>();
  const track = (s: Duplex) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  };
  const countConnect = (host: string) => connected.set(host, (connected.get(host) ?? 0) + 1);

  const server = http.createServer(async (req, res) => {
    const target = req.url ?? "";
    const decision = (await pageAsked(target, "browser", policy, pageHosts))
      ? await policy.check(target, "browser")
      : ({ allowed: false, reason: "not_requested_by_page" } as const);
    if (!decision.allowed) {
      res.writeHead(403, { "content-type": "text/plain", "x-patuh-blocked": decision.reason });
      res.end("blocked by target policy");
      return;
    }
    const u = decision.url;
    const addr = decision.addresses[0];
    countConnect(u.host);
    const upstream = http.request(
      {
        host: addr.address,
        family: addr.family,
        port: u.port || 80,
        method: req.method,
        path: `${u.pathname}${u.search}`,
        headers: { ...forwardHeaders(req.headers), host: u.host },
        agent: false,
        timeout: IDLE_TIMEOUT_MS,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, forwardHeaders(up.headers));
        let total = 0;
        up.on("data", (c: Buffer) => {
          total += c.length;
          if (total > PROXY_MAX_RESPONSE_BYTES) {
            up.destroy();
            res.destroy();
          }
        });
        up.pipe(res);
        up.on("error", () => res.destroy());
      },
    );
    upstream.on("timeout", () => upstream.destroy(new Error("proxy upstream timeout")));
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end();
    });
    req.pipe(upstream);
  });

  server.on("connect", async (req: http.IncomingMessage, client: Duplex, head: Buffer) => {
    track(client);
    client.on("error", () => client.destroy());
    const target = `https://${req.url ?? ""}/`;
    const decision = (await pageAsked(target, "browser-tunnel", policy, pageHosts))
      ? await policy.check(target, "browser-tunnel")
      : ({ allowed: false, reason: "not_requested_by_page" } as const);
    if (!decision.allowed) {
      client.end("HTTP/1.1 403 Forbidden\r\nx-patuh-blocked: " + decision.reason + "\r\n\r\n");
      return;
    }
    const addr = decision.addresses[0];
    countConnect(decision.url.host);
    const upstream = net.connect({ host: addr.address, port: Number(decision.url.port || 443), family: addr.family });
    track(upstream);
    upstream.setTimeout(IDLE_TIMEOUT_MS, () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    upstream.on("connect", () => {
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length) upstream.write(head);
      let total = 0;
      upstream.on("data", (c: Buffer) => {
        total += c.length;
        if (total > PROXY_MAX_TUNNEL_BYTES) {
          upstream.destroy();
          client.destroy();
        }
      });
      upstream.pipe(client);
      client.pipe(upstream);
    });
    client.on("close", () => upstream.destroy());
  });

  // Plain ws:// upgrades: the crawler reads pages, it needs no sockets to anywhere.
  server.on("upgrade", (_req, socket: Duplex) => socket.destroy());
  server.on("connection", (s: net.Socket) => track(s));
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    server: `http://127.0.0.1:${port}`,
    connected,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
