import { afterEach, describe, expect, it } from "vitest";
import type { Env } from "@/lib/env";
import { resetEnvCache } from "@/lib/env";
import { authSecret, secureCookies } from "./config";
import { signInWithPassword } from "./sign-in";
import { authTestDb, createTestUser } from "./testing";

const base: Env = {
  PATUH_DB: "x.db",
  PATUH_DATA_DIR: "data",
  ALLOW_PRIVATE_NETWORK: false,
  PATUH_WORKER: "1",
  PATUH_TRUSTED_PROXY_HOPS: 0,
  PATUH_DEMO: false,
  PATUH_OCR_BUDGET_SECONDS: 90,
  NODE_ENV: "production",
};

describe("authSecret", () => {
  it("requires BETTER_AUTH_SECRET in production, with an Indonesian explanation", () => {
    expect(() => authSecret(base)).toThrow(/BETTER_AUTH_SECRET wajib diisi di produksi/);
  });
  it("refuses a short secret", () => {
    expect(() => authSecret({ ...base, BETTER_AUTH_SECRET: "pendek" })).toThrow(/terlalu pendek/);
  });
  it("uses the configured secret, or a fixed one for development and the demo", () => {
    const s = "s".repeat(32);
    expect(authSecret({ ...base, BETTER_AUTH_SECRET: s })).toBe(s);
    const dev = authSecret({ ...base, NODE_ENV: "test" });
    expect(dev.length).toBeGreaterThanOrEqual(32);
    expect(authSecret({ ...base, PATUH_DEMO: true })).toBe(dev);
  });
  it("makes cookies Secure in production only", () => {
    expect(secureCookies(base)).toBe(true);
    expect(secureCookies({ ...base, NODE_ENV: "development" })).toBe(false);
  });
});

describe("cookies in production", () => {
  const penv = process.env as Record<string, string | undefined>;
  const saved = { node: penv.NODE_ENV, secret: penv.BETTER_AUTH_SECRET };
  afterEach(() => {
    penv.NODE_ENV = saved.node;
    if (saved.secret === undefined) delete penv.BETTER_AUTH_SECRET;
    else penv.BETTER_AUTH_SECRET = saved.secret;
    resetEnvCache();
  });

  it("are __Secure- prefixed, Secure, HttpOnly and SameSite=Lax", async () => {
    penv.NODE_ENV = "production";
    penv.BETTER_AUTH_SECRET = "p".repeat(40);
    resetEnvCache();
    const t = authTestDb("patuh-prod-cookie-");
    try {
      const u = await createTestUser(t.db, { role: "admin" });
      const r = await signInWithPassword(t.db, { username: u.username, password: u.password }, new Headers());
      if (!r.ok) throw new Error(r.message);
      const c = r.setCookie.find((x) => x.startsWith("__Secure-patuh.session_token="));
      expect(c).toBeDefined();
      expect(c).toMatch(/;\s*Secure/i);
      expect(c).toMatch(/HttpOnly/i);
      expect(c).toMatch(/SameSite=Lax/i);
    } finally {
      t.cleanup();
    }
  });
});
