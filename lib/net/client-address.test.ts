/**
 * The client's address (issue 16, finding 3): the socket's, unless a configured number of
 * trusted proxies stand in front; a header the client writes itself is never believed.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, clientAddress, withClientAddress } from "./client-address";
import { installPeerAddressHeader, PEER_ADDRESS_HEADER } from "./peer-address";

const h = (init: Record<string, string>) => new Headers(init);

afterEach(() => {
  delete process.env.PATUH_TRUSTED_PROXY_HOPS;
  resetEnvCache();
});

describe("clientAddress", () => {
  installPeerAddressHeader();

  it("with no trusted proxy, uses the socket address and ignores forwarded headers", () => {
    const headers = h({ [PEER_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.10" });
    expect(clientAddress(headers, 0)).toBe("198.51.100.7");
    expect(clientAddress(h({ "x-forwarded-for": "203.0.113.9" }), 0)).toBeNull();
  });

  it("reads the default from PATUH_TRUSTED_PROXY_HOPS (0 when unset)", () => {
    const headers = h({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "203.0.113.9" });
    expect(clientAddress(headers)).toBe("10.0.0.2");
    process.env.PATUH_TRUSTED_PROXY_HOPS = "1";
    resetEnvCache();
    expect(clientAddress(headers)).toBe("203.0.113.9");
  });

  it("with N trusted hops, takes the Nth entry from the right, never a client-written one further left", () => {
    // The client wrote "6.6.6.6"; nginx appended the address it saw (203.0.113.9).
    const one = h({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientAddress(one, 1)).toBe("203.0.113.9");
    // A CDN then nginx: two hops.
    const two = h({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9, 192.0.2.44" });
    expect(clientAddress(two, 2)).toBe("203.0.113.9");
    // Fewer entries than hops: the furthest one there is.
    expect(clientAddress(h({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "203.0.113.9" }), 3)).toBe("203.0.113.9");
    expect(clientAddress(h({ [PEER_ADDRESS_HEADER]: "10.0.0.2" }), 1)).toBe("10.0.0.2");
  });

  it("normalises IPv4-mapped IPv6 and refuses what is not an address", () => {
    expect(clientAddress(h({ [PEER_ADDRESS_HEADER]: "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
    expect(clientAddress(h({ [PEER_ADDRESS_HEADER]: "2001:DB8::1" }), 0)).toBe("2001:db8::1");
    expect(clientAddress(h({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "admin|<script>" }), 1)).toBeNull();
  });

  it("copies the resolved address into the header better-auth reads, replacing a forged one", () => {
    const out = withClientAddress(h({ [PEER_ADDRESS_HEADER]: "198.51.100.7", [CLIENT_ADDRESS_HEADER]: "6.6.6.6" }));
    expect(out.get(CLIENT_ADDRESS_HEADER)).toBe("198.51.100.7");
    expect(withClientAddress(h({ [CLIENT_ADDRESS_HEADER]: "6.6.6.6" })).get(CLIENT_ADDRESS_HEADER)).toBeNull();
  });
});

describe("PATUH_TRUSTED_PROXY_HOPS", () => {
  it("must be a small whole number", async () => {
    const { env } = await import("@/lib/env");
    for (const bad of ["-1", "1.5", "dua", "100"]) {
      process.env.PATUH_TRUSTED_PROXY_HOPS = bad;
      resetEnvCache();
      expect(() => env(), bad).toThrow(/PATUH_TRUSTED_PROXY_HOPS/);
    }
  });
});

describe("installPeerAddressHeader", () => {
  it("stamps every request with its socket address, overwriting what the client sent", async () => {
    installPeerAddressHeader();
    const seen: (string | string[] | undefined)[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers[PEER_ADDRESS_HEADER]);
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_ADDRESS_HEADER]: "6.6.6.6", "x-forwarded-for": "6.6.6.6" } });
      await fetch(`http://127.0.0.1:${port}/`);
    } finally {
      await new Promise((r) => server.close(r));
    }
    expect(seen).toEqual(["127.0.0.1", "127.0.0.1"]);
  });
});
