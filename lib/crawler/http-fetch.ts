/**
 * Node-side HTTP for everything the crawler fetches itself (robots.txt, sitemaps, page HTML,
 * PDFs, images, link checks): every hop of a redirect chain passes the target policy, the
 * connection is pinned to the addresses the policy checked (no DNS rebinding between check and
 * connect), bodies are streamed into memory under a byte cap and never written to disk.
 */
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import zlib from "node:zlib";
import type { CookieJar } from "./cookie-jar";
import { CrawlError, errorMessage } from "./errors";
import type { ResolvedAddress, TargetPolicy } from "./target-policy";
import { parseUrl, sameSite } from "./url";

export type FetchOptions = {
  policy: TargetPolicy;
  /** Who asked (robots, sitemap, page, pdf, image, link-check), for the policy log. */
  origin: string;
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  method?: "GET" | "HEAD";
  headers?: Record<string, string>;
  /** 0 returns the first 3xx as is. */
  maxRedirects?: number;
  /** Stop following when a hop leaves this site (siteKey); the result names the hop. */
  stayOnSite?: string | null;
  signal?: AbortSignal;
  /** Decides after the headers whether to read the body (false: status and headers only). */
  readBody?: (head: { status: number; contentType: string | null; url: string }) => boolean;
  /** Certificates are checked apart (tls.ts); content is read even when one is invalid. */
  rejectUnauthorized?: boolean;
  /** Sent and updated on every hop (page fetches only). */
  cookies?: CookieJar;
};

export type FetchResult = {
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  contentType: string | null;
  /** null when not read (HEAD, readBody said no). */
  body: Buffer | null;
  /** Every URL before the final one. */
  redirectChain: string[];
  /** A redirect pointing off the site (stayOnSite), not followed. */
  offSiteRedirect: string | null;
};

/** Browsers give up after 20; a real site never needs more than a handful. */
export const DEFAULT_MAX_REDIRECTS = 10;

function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, addresses[0].address, addresses[0].family);
  }) as unknown as LookupFunction;
}

/** Fetches `url` under the policy; throws CrawlError (classified) or a Node error. */
export async function safeFetch(url: string, opts: FetchOptions): Promise<FetchResult> {
  const deadline = Date.now() + opts.timeoutMs;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const chain: string[] = [];
  // A hop repeats a state when URL and cookies repeat: "set cookie, redirect to self" is progress.
  const states = new Set<string>();
  const stateOf = (u: string) => `${u}\n${opts.cookies?.header(u) ?? ""}`;
  let current = url;
  for (;;) {
    opts.signal?.throwIfAborted();
    const decision = await opts.policy.check(current, opts.origin);
    if (!decision.allowed) throw new CrawlError(decision.errorClass, decision.message);
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new CrawlError("timeout", `Waktu habis setelah ${opts.timeoutMs} ms`);
    states.add(stateOf(current));
    const cookie = opts.cookies?.header(current);
    const hopOpts = cookie ? { ...opts, headers: { ...opts.headers, cookie } } : opts;
    const res = await requestOnce(decision.url, decision.addresses, hopOpts, remaining);
    opts.cookies?.store(current, res.headers["set-cookie"]);
    const location = res.status >= 300 && res.status < 400 ? res.headers.location : undefined;
    if (!location || maxRedirects === 0) return { ...res, redirectChain: chain, offSiteRedirect: null };
    const next = parseUrl(location, current);
    if (!next) return { ...res, redirectChain: chain, offSiteRedirect: null };
    next.hash = "";
    chain.push(current);
    if (chain.length > maxRedirects || states.has(stateOf(next.toString()))) {
      throw new CrawlError("too_many_redirects", `Lebih dari ${maxRedirects} pengalihan atau pengalihan berputar mulai dari ${url}`);
    }
    if (opts.stayOnSite && !sameSite(next, opts.stayOnSite)) {
      return { ...res, redirectChain: chain.slice(0, -1), offSiteRedirect: next.toString() };
    }
    current = next.toString();
  }
}

type Once = Omit<FetchResult, "redirectChain" | "offSiteRedirect">;

function requestOnce(u: URL, addresses: ResolvedAddress[], opts: FetchOptions, timeoutMs: number): Promise<Once> {
  return new Promise<Once>((resolve, reject) => {
    const isHttps = u.protocol === "https:";
    const hostname = u.hostname.replace(/^\[|\]$/g, "");
    const method = opts.method ?? "GET";
    let settled = false;
    const finish = (err: Error | null, value?: Once) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener("abort", onAbort);
      if (err) {
        req.destroy();
        reject(err);
      } else resolve(value!);
    };
    const req = (isHttps ? https : http).request(
      {
        protocol: u.protocol,
        hostname,
        port: u.port || (isHttps ? 443 : 80),
        path: `${u.pathname}${u.search}`,
        method,
        agent: false,
        lookup: pinnedLookup(addresses),
        servername: isHttps && !/^[\d.]+$|:/.test(hostname) ? hostname : undefined,
        rejectUnauthorized: opts.rejectUnauthorized ?? false,
        headers: {
          host: u.host,
          "user-agent": opts.userAgent,
          accept: "text/html,application/xhtml+xml,application/xml;q=0.9,application/pdf,image/*;q=0.8,*/*;q=0.5",
          "accept-language": "id-ID,id;q=0.9,en;q=0.5",
          "accept-encoding": "gzip, deflate, br",
          ...opts.headers,
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const contentType = (res.headers["content-type"] ?? null)?.toString() ?? null;
        const head = { url: u.toString(), status, headers: res.headers, contentType };
        const wantBody =
          method !== "HEAD" &&
          !(status >= 300 && status < 400 && res.headers.location) &&
          (opts.readBody ? opts.readBody({ status, contentType, url: u.toString() }) : true);
        if (!wantBody) {
          res.destroy();
          finish(null, { ...head, body: null });
          return;
        }
        const declared = Number(res.headers["content-length"] ?? NaN);
        if (Number.isFinite(declared) && declared > opts.maxBytes) {
          res.destroy();
          finish(new CrawlError("too_large", `Berkas ${declared} bita melebihi batas ${opts.maxBytes} bita`));
          return;
        }
        readCapped(res, opts.maxBytes).then(
          (body) => finish(null, { ...head, body }),
          (e: Error) => finish(e),
        );
      },
    );
    const timer = setTimeout(
      () => finish(new CrawlError("timeout", `Waktu habis setelah ${opts.timeoutMs} ms: ${u.toString().slice(0, 200)}`)),
      timeoutMs,
    );
    const onAbort = () => finish(opts.signal?.reason instanceof Error ? opts.signal.reason : new Error("aborted"));
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    req.on("error", (e) => finish(e));
    req.end();
  });
}

/** Reads a response (decompressing) into memory, failing as soon as it passes `maxBytes`. */
function readCapped(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase().trim();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? zlib.createGunzip()
      : encoding === "deflate"
        ? zlib.createInflate()
        : encoding === "br"
          ? zlib.createBrotliDecompress()
          : null;
  const stream = decoder ? res.pipe(decoder) : res;
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let done = false;
    const fail = (e: Error) => {
      if (done) return;
      done = true;
      res.destroy();
      decoder?.destroy();
      reject(e);
    };
    stream.on("data", (c: Buffer) => {
      total += c.length;
      // Counted after decompression: a small gzip bomb is as large as what it unpacks to.
      if (total > maxBytes) fail(new CrawlError("too_large", `Isi melebihi batas ${maxBytes} bita`));
      else chunks.push(c);
    });
    stream.on("end", () => {
      if (done) return;
      done = true;
      resolve(Buffer.concat(chunks));
    });
    stream.on("error", (e: Error) => fail(new Error(errorMessage(e), { cause: e })));
    res.on("error", (e: Error) => fail(e));
    res.on("aborted", () => fail(new CrawlError("refused", "Sambungan terputus di tengah jawaban")));
  });
}
