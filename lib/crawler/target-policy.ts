/**
 * The target policy: which addresses the crawler (and the browser it drives) may contact.
 * Only http(s); after DNS resolution no loopback, private, link-local, CGNAT, unspecified,
 * multicast or reserved address unless private networks are allowed for the scan's own site;
 * cloud metadata endpoints never. Every request path (browser proxy, Node fetches) asks here.
 */
import dns from "node:dns";
import ipaddr from "ipaddr.js";
import { bareHost, parseUrl, siteKey as siteKeyOf } from "./url";

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type LookupFn = (hostname: string) => Promise<ResolvedAddress[]>;

export type TargetDecision =
  | { allowed: true; url: URL; addresses: ResolvedAddress[] }
  | { allowed: false; errorClass: "blocked_target" | "dns"; reason: string; message: string };

export type CheckTargetOptions = {
  /** Let loopback/private addresses through (tests, the demo). Metadata stays blocked. */
  allowPrivateNetwork?: boolean;
  /**
   * With allowPrivateNetwork, private addresses are allowed only for this site (siteKey form);
   * any other host must still be public. Omit to judge `url` as the scan's own target.
   */
  siteKey?: string | null;
  lookup?: LookupFn;
};

/**
 * Cloud instance metadata (AWS, GCP, Azure, Oracle, Alibaba, ECS task metadata), and Azure's
 * WireServer 168.63.129.16: a public-looking address that answers VM agents with host secrets.
 */
const METADATA_ADDRESSES = new Set(["169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254", "168.63.129.16"]);
const METADATA_HOSTS = new Set(["metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal"]);

/** Ranges a private-network scan may reach (tests and the demo run on loopback). */
const PRIVATE_OK = new Set(["loopback", "private", "uniqueLocal", "carrierGradeNat"]);

const RANGE_WORDS: Record<string, string> = {
  loopback: "alamat loopback (mesin ini sendiri)",
  private: "jaringan privat",
  uniqueLocal: "jaringan privat IPv6",
  linkLocal: "alamat link-local",
  carrierGradeNat: "jaringan CGNAT",
  unspecified: "alamat tak tertentu",
  multicast: "alamat multicast",
  broadcast: "alamat broadcast",
  reserved: "alamat cadangan",
  metadata: "layanan metadata server awan",
};

export const defaultLookup: LookupFn = async (hostname) => {
  const rows = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return rows.map((r) => ({ address: r.address, family: r.family === 6 ? 6 : 4 }));
};

/** Range name of an address ("unicast" is public), with metadata endpoints named apart. */
export function addressRange(address: string): string {
  if (!ipaddr.isValid(address)) return "invalid";
  const parsed = embeddedIPv4(ipaddr.process(address));
  const normal = parsed.toString();
  if (METADATA_ADDRESSES.has(normal) || METADATA_ADDRESSES.has(address.toLowerCase())) return "metadata";
  return parsed.range();
}

/**
 * An IPv4-compatible IPv6 address (::a.b.c.d, deprecated but still routed by some stacks, e.g.
 * "::a9fe:a9fe") is judged as the IPv4 address it carries; ipaddr.js only unwraps ::ffff:a.b.c.d.
 * "::" and "::1" keep their own meaning.
 */
function embeddedIPv4(parsed: ipaddr.IPv4 | ipaddr.IPv6): ipaddr.IPv4 | ipaddr.IPv6 {
  if (parsed.kind() !== "ipv6") return parsed;
  const parts = (parsed as ipaddr.IPv6).parts;
  const compatible = parts.slice(0, 6).every((p) => p === 0) && (parts[6] !== 0 || parts[7] > 1);
  if (!compatible) return parsed;
  return new ipaddr.IPv4([parts[6] >> 8, parts[6] & 0xff, parts[7] >> 8, parts[7] & 0xff]);
}

function blocked(reason: string, message: string): TargetDecision {
  return { allowed: false, errorClass: "blocked_target", reason, message };
}

/**
 * Decides whether `url` may be requested. Resolves the host (all its addresses must pass, so a
 * name that answers with one public and one private address is refused) and returns the
 * addresses to connect to, so callers pin the connection to what was checked.
 */
export async function checkTarget(url: string | URL, opts: CheckTargetOptions = {}): Promise<TargetDecision> {
  const u = typeof url === "string" ? parseUrl(url) : url;
  if (!u) return blocked("invalid_url", `Alamat "${String(url).slice(0, 200)}" bukan URL yang sah.`);
  if (u.protocol !== "http:" && u.protocol !== "https:") {
    return blocked("scheme", `Hanya alamat http:// atau https:// yang dipindai, bukan ${u.protocol}`);
  }
  const host = u.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (METADATA_HOSTS.has(bareHost(host))) return blocked("metadata", metadataMessage(u));
  const privateOk =
    opts.allowPrivateNetwork === true && (opts.siteKey == null || siteKeyOf(u) === opts.siteKey);
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(":") ? 6 : 4 }];
  } else {
    try {
      addresses = await (opts.lookup ?? defaultLookup)(host);
    } catch (e) {
      const code = (e as { code?: string }).code ?? "";
      return {
        allowed: false,
        errorClass: "dns",
        reason: "dns",
        message: `Nama ${host} tidak dapat diterjemahkan ke alamat server (${code || "DNS"}).`,
      };
    }
    if (addresses.length === 0) {
      return { allowed: false, errorClass: "dns", reason: "dns", message: `Nama ${host} tidak punya alamat server.` };
    }
  }
  for (const a of addresses) {
    const range = addressRange(a.address);
    if (range === "unicast") continue;
    if (range === "metadata") return blocked("metadata", metadataMessage(u));
    if (privateOk && PRIVATE_OK.has(range)) continue;
    const words = RANGE_WORDS[range] ?? `alamat ${range}`;
    return blocked(
      range,
      `Alamat ${u.host} mengarah ke ${words} (${a.address}); pemindai hanya membuka situs publik.` +
        (opts.allowPrivateNetwork ? "" : " Untuk uji coba lokal setel ALLOW_PRIVATE_NETWORK=1."),
    );
  }
  return { allowed: true, url: u, addresses };
}

function metadataMessage(u: URL): string {
  return `Alamat ${u.host} adalah layanan metadata server awan dan tidak pernah dibuka oleh pemindai.`;
}

export type PolicyLogEntry = { url: string; host: string; origin: string; allowed: boolean; reason: string | null };

/** Bound on the kept log; counters stay exact beyond it. */
const MAX_LOG_ENTRIES = 2_000;
/** DNS answers are reused within one scan; a scan lasts minutes, well within usual TTLs. */
const DNS_CACHE_MAX = 500;

/**
 * The policy of one scan: checkTarget with the scan's site and private-network setting, a DNS
 * cache, and a log of every decision (the hostile-site test reads it to prove what was refused).
 */
export class TargetPolicy {
  readonly log: PolicyLogEntry[] = [];
  readonly allowedCount = new Map<string, number>();
  readonly blockedCount = new Map<string, number>();
  private readonly dnsCache = new Map<string, Promise<ResolvedAddress[]>>();
  siteKey: string | null;

  constructor(readonly allowPrivateNetwork: boolean, siteKey: string | null = null) {
    this.siteKey = siteKey;
  }

  private lookup: LookupFn = (hostname) => {
    let p = this.dnsCache.get(hostname);
    if (!p) {
      if (this.dnsCache.size >= DNS_CACHE_MAX) this.dnsCache.clear();
      p = defaultLookup(hostname);
      // A failed lookup is not cached: the next attempt (a retry) asks again.
      p.catch(() => this.dnsCache.delete(hostname));
      this.dnsCache.set(hostname, p);
    }
    return p;
  };

  async check(url: string | URL, origin: string): Promise<TargetDecision> {
    const d = await checkTarget(url, {
      allowPrivateNetwork: this.allowPrivateNetwork,
      siteKey: this.siteKey,
      lookup: this.lookup,
    });
    this.record(url, origin, d.allowed, d.allowed ? null : d.reason);
    return d;
  }

  /** Logs a refusal decided outside checkTarget (e.g. a host no page asked for). */
  refuse(url: string | URL, origin: string, reason: string): void {
    this.record(url, origin, false, reason);
  }

  private record(url: string | URL, origin: string, allowed: boolean, reason: string | null): void {
    const u = typeof url === "string" ? parseUrl(url) : url;
    const host = u?.host ?? "";
    const counter = allowed ? this.allowedCount : this.blockedCount;
    counter.set(host, (counter.get(host) ?? 0) + 1);
    if (this.log.length < MAX_LOG_ENTRIES) this.log.push({ url: String(url).slice(0, 500), host, origin, allowed, reason });
  }
}
