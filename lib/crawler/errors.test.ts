import { describe, expect, it } from "vitest";
import { ERROR_CLASSES } from "@/lib/artifacts/types";
import { backoffMs, classifyError, CrawlError, explainError, isTransient } from "./errors";

describe("error classification", () => {
  it("classifies Node and Chromium failures", () => {
    expect(classifyError(Object.assign(new Error("getaddrinfo ENOTFOUND x"), { code: "ENOTFOUND" }))).toBe("dns");
    expect(classifyError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe("refused");
    expect(classifyError(Object.assign(new Error("cert"), { code: "CERT_HAS_EXPIRED" }))).toBe("tls");
    expect(classifyError(new Error("page.goto: net::ERR_NAME_NOT_RESOLVED at http://x"))).toBe("dns");
    expect(classifyError(new Error("net::ERR_CERT_DATE_INVALID"))).toBe("tls");
    expect(classifyError(new Error("net::ERR_TOO_MANY_REDIRECTS"))).toBe("too_many_redirects");
    expect(classifyError(new Error("page.goto: Timeout 5000ms exceeded."))).toBe("timeout");
    expect(classifyError(new Error("Target crashed"))).toBe("browser_crash");
    expect(classifyError(new Error("page.evaluate: Target page, context or browser has been closed"))).toBe("browser_crash");
    expect(classifyError(new Error("something odd"))).toBe("unknown");
    expect(classifyError(new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "ETIMEDOUT" }) }))).toBe("timeout");
  });

  it("keeps a class decided where it happened and maps statuses", () => {
    expect(classifyError(new CrawlError("too_large", "6 MB"))).toBe("too_large");
    expect(classifyError(404)).toBe("http_4xx");
    expect(classifyError(503)).toBe("http_5xx");
  });

  it("retries only transient classes, with growing bounded backoff", () => {
    expect(isTransient("timeout")).toBe(true);
    expect(isTransient("http_5xx")).toBe(true);
    expect(isTransient("dns")).toBe(false);
    expect(isTransient("tls")).toBe(false);
    expect(isTransient("http_4xx")).toBe(false);
    expect(backoffMs(1, () => 0.5)).toBe(500);
    expect(backoffMs(2, () => 0.5)).toBe(1000);
    expect(backoffMs(10, () => 0.5)).toBe(4000);
  });

  it("explains every class in Indonesian with a fix hint", () => {
    const titles = new Set<string>();
    for (const cls of ERROR_CLASSES) {
      const e = explainError(cls);
      expect(e.title.length).toBeGreaterThan(3);
      expect(e.explanation.length).toBeGreaterThan(20);
      expect(e.fixHint.length).toBeGreaterThan(20);
      titles.add(e.title);
    }
    expect(titles.size).toBe(ERROR_CLASSES.length);
    expect(explainError("dns").explanation).toMatch(/DNS/);
  });
});
