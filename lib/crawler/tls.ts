/**
 * TLS facts for WQ-02: is the site on https, does http:// redirect to https://, and is the
 * certificate valid (checked apart: the crawl reads content even behind a bad certificate).
 */
import tls from "node:tls";
import type { SiteArtifact } from "@/lib/artifacts/types";
import { safeFetch } from "./http-fetch";
import type { TargetPolicy } from "./target-policy";

const TLS_TIMEOUT_MS = 8_000;

export async function tlsFacts(finalStartUrl: URL, policy: TargetPolicy, userAgent: string, signal?: AbortSignal): Promise<SiteArtifact["tls"]> {
  const https = finalStartUrl.protocol === "https:";
  const httpUrl = new URL(finalStartUrl.toString());
  httpUrl.protocol = "http:";
  if (https) httpUrl.port = "";
  let httpRedirectsToHttps: boolean | null = null;
  try {
    const res = await safeFetch(httpUrl.toString(), {
      policy,
      origin: "tls",
      userAgent,
      timeoutMs: TLS_TIMEOUT_MS,
      maxBytes: 1,
      maxRedirects: 0,
      method: "HEAD",
      signal,
    });
    const loc = String(res.headers.location ?? "");
    httpRedirectsToHttps = res.status >= 300 && res.status < 400 && /^https:\/\//i.test(new URL(loc, httpUrl).toString());
  } catch {
    // http:// not answering at all on an https site is not a redirect; on an http site it is unknown.
    httpRedirectsToHttps = https ? false : null;
  }
  return { https, httpRedirectsToHttps, certificateValid: https ? await certificateValid(finalStartUrl, policy) : null };
}

async function certificateValid(u: URL, policy: TargetPolicy): Promise<boolean> {
  const d = await policy.check(u, "tls");
  if (!d.allowed) return false;
  const host = u.hostname.replace(/^\[|\]$/g, "");
  return new Promise<boolean>((resolve) => {
    const socket = tls.connect({
      host: d.addresses[0].address,
      port: Number(u.port || 443),
      servername: /^[\d.]+$|:/.test(host) ? undefined : host,
      rejectUnauthorized: false,
    });
    const done = (ok: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), TLS_TIMEOUT_MS);
    socket.on("secureConnect", () => {
      // Node validates the chain and the host name; authorized is false on any failure.
      const hostOk = tls.checkServerIdentity(host, socket.getPeerCertificate()) === undefined;
      done(socket.authorized && hostOk);
    });
    socket.on("error", () => done(false));
  });
}
