import { describe, expect, it } from "vitest";
import { addressRange, checkTarget, TargetPolicy, type LookupFn } from "./target-policy";

const resolvesTo = (...addresses: string[]): LookupFn => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

describe("target policy", () => {
  it("allows public http(s) targets and returns the addresses to pin", async () => {
    const d = await checkTarget("https://dinas.kuansing.go.id/", { lookup: resolvesTo("103.10.20.30") });
    expect(d.allowed).toBe(true);
    if (d.allowed) expect(d.addresses).toEqual([{ address: "103.10.20.30", family: 4 }]);
  });

  it("refuses other schemes and invalid URLs", async () => {
    for (const u of ["ftp://x.go.id/", "file:///etc/passwd", "javascript:alert(1)", "gopher://x", "not a url"]) {
      const d = await checkTarget(u, { allowPrivateNetwork: true });
      expect(d.allowed, u).toBe(false);
    }
  });

  it("refuses loopback, private, link-local, CGNAT, unspecified and multicast addresses", async () => {
    const hosts = ["127.0.0.1", "10.0.0.1", "192.168.1.1", "172.16.5.4", "169.254.10.10", "100.64.0.1", "0.0.0.0", "224.0.0.1", "[::1]", "[fe80::1]", "[fc00::1]", "[::ffff:10.0.0.1]"];
    for (const h of hosts) {
      const d = await checkTarget(`http://${h}/`);
      expect(d.allowed, h).toBe(false);
      if (!d.allowed) expect(d.errorClass).toBe("blocked_target");
    }
  });

  it("judges the resolved addresses of a name: one private answer is enough to refuse", async () => {
    expect((await checkTarget("http://intranet.example/", { lookup: resolvesTo("10.1.2.3") })).allowed).toBe(false);
    expect((await checkTarget("http://split.example/", { lookup: resolvesTo("8.8.8.8", "127.0.0.1") })).allowed).toBe(false);
    const d = await checkTarget("http://localhost:3000/");
    expect(d.allowed).toBe(false);
  });

  it("never allows cloud metadata, even on a private-network scan", async () => {
    for (const u of ["http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "http://metadata.google.internal/", "http://[::ffff:169.254.169.254]/"]) {
      const d = await checkTarget(u, { allowPrivateNetwork: true });
      expect(d.allowed, u).toBe(false);
      if (!d.allowed) expect(d.reason).toBe("metadata");
    }
    expect(addressRange("169.254.169.254")).toBe("metadata");
  });

  it("sees through IPv4-compatible IPv6 and knows Azure's wire server as metadata", async () => {
    for (const u of ["http://[::a9fe:a9fe]/", "http://[::169.254.169.254]/", "http://168.63.129.16/", "http://[::a83f:8110]/"]) {
      const d = await checkTarget(u, { allowPrivateNetwork: true });
      expect(d.allowed, u).toBe(false);
      if (!d.allowed) expect(d.reason, u).toBe("metadata");
    }
    for (const u of ["http://[::7f00:1]/", "http://[::a00:1]/"]) {
      const d = await checkTarget(u);
      expect(d.allowed, u).toBe(false);
    }
    expect(addressRange("::a9fe:a9fe")).toBe("metadata");
    expect(addressRange("::7f00:1")).toBe("loopback");
    expect(addressRange("::808:808")).toBe("unicast");
  });

  it("with private networks allowed, opens only the scan's own site", async () => {
    const own = await checkTarget("http://127.0.0.1:4001/x", { allowPrivateNetwork: true, siteKey: "127.0.0.1:4001" });
    expect(own.allowed).toBe(true);
    const other = await checkTarget("http://10.0.0.1/", { allowPrivateNetwork: true, siteKey: "127.0.0.1:4001" });
    expect(other.allowed).toBe(false);
    const otherPort = await checkTarget("http://127.0.0.1:4002/", { allowPrivateNetwork: true, siteKey: "127.0.0.1:4001" });
    expect(otherPort.allowed).toBe(false);
    const start = await checkTarget("http://127.0.0.1:4001/", { allowPrivateNetwork: true });
    expect(start.allowed).toBe(true);
  });

  it("reports unresolvable names as dns, not as blocked", async () => {
    const d = await checkTarget("http://tidak-ada.invalid/", {
      lookup: async () => {
        throw Object.assign(new Error("nf"), { code: "ENOTFOUND" });
      },
    });
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.errorClass).toBe("dns");
  });

  it("logs every decision of a scan with counters per host", async () => {
    const p = new TargetPolicy(true, "127.0.0.1:4001");
    await p.check("http://127.0.0.1:4001/", "page");
    await p.check("http://169.254.169.254/", "browser");
    await p.check("http://10.0.0.1/", "link-check");
    expect(p.allowedCount.get("127.0.0.1:4001")).toBe(1);
    expect(p.blockedCount.get("169.254.169.254")).toBe(1);
    expect(p.log.filter((e) => !e.allowed).map((e) => [e.host, e.reason])).toEqual([
      ["169.254.169.254", "metadata"],
      ["10.0.0.1", "private"],
    ]);
  });
});
