import { describe, expect, it } from "vitest";
import { DETECTORS } from "../index";
import { DEFAULT_ITEM_CONFIG } from "../defaults";
import { ctx, home, page, site, withPages, ORIGIN } from "../testing/build";
import type { ScanArtifacts, SiteArtifact } from "@/lib/artifacts/types";
import type { CheckContext } from "../types";

function run(code: string, a: ScanArtifacts, over: Partial<CheckContext> = {}) {
  const c = DEFAULT_ITEM_CONFIG[code];
  const d = DETECTORS[c.detector];
  return d.evaluate(a, d.params.parse(c.params), { ...ctx(), ...over });
}
const tls = (t: Partial<SiteArtifact["tls"]>): Partial<SiteArtifact> => ({ tls: { https: true, httpRedirectsToHttps: true, certificateValid: true, ...t } });

describe("WQ-01 domain", () => {
  it("subdomain of the official domain 3, other .go.id 2, else 0", () => {
    expect(run("WQ-01", site([home()])).level).toBe(3);
    expect(run("WQ-01", site([home()]), { officialDomain: "riau.go.id" }).level).toBe(2);
    const other = site([home({ finalUrl: "https://dinas-kuansing.blogspot.com/" })]);
    expect(run("WQ-01", other).level).toBe(0);
  });
});

describe("WQ-02 https", () => {
  it("levels by TLS facts", () => {
    expect(run("WQ-02", site([home()])).level).toBe(3);
    expect(run("WQ-02", site([home()], [], tls({ httpRedirectsToHttps: false }))).level).toBe(2);
    expect(run("WQ-02", site([home()], [], tls({ certificateValid: false }))).level).toBe(1);
    expect(run("WQ-02", site([home()], [], tls({ https: false, certificateValid: null }))).level).toBe(0);
  });
});

describe("WQ-03 mobile", () => {
  it("viewport and no overflow 3; overflow 1; neither 0", () => {
    expect(run("WQ-03", site([home({ mobileOverflow: false })])).level).toBe(3);
    expect(run("WQ-03", site([home({ mobileOverflow: true })])).level).toBe(1);
    expect(run("WQ-03", site([home({ metaViewport: null, mobileOverflow: true })])).level).toBe(0);
  });
});

describe("WQ-04 freshness (relative to ctx.now 2025-06-15)", () => {
  const post = (iso: string) => page("/berita/a", { text: "# Kegiatan", dates: [{ iso, source: "text", text: iso }] });
  it.each([
    ["2025-06-01", 3],
    ["2025-05-16", 3],
    ["2025-04-01", 2],
    ["2025-01-01", 1],
    ["2024-06-01", 0],
  ])("newest post %s -> %i", (iso, level) => {
    expect(run("WQ-04", withPages(post(iso))).level).toBe(level);
  });
  it("a text date on a non-post page (a header clock) and future dates are ignored", () => {
    const clock = page("/profil", { text: "# Profil", dates: [{ iso: "2025-06-15", source: "text", text: "Minggu, 15 Juni 2025" }] });
    expect(run("WQ-04", withPages(clock, post("2024-01-01"))).level).toBe(0);
    expect(run("WQ-04", withPages(post("2026-01-01"))).level).toBe(0);
  });
});

describe("WQ-05 broken links", () => {
  const checks = (bad: number, total: number): Partial<SiteArtifact> => ({
    linkChecks: Array.from({ length: total }, (_, i) => ({ url: `${ORIGIN}/l${i}`, internal: true, status: i < bad ? 404 : 200, ok: i >= bad, errorClass: null })),
  });
  it.each([
    [1, 100, 3],
    [2, 100, 2],
    [5, 100, 1],
    [10, 100, 0],
  ])("%i of %i broken -> %i", (bad, total, level) => {
    expect(run("WQ-05", site([home()], [], checks(bad, total))).level).toBe(level);
  });
  it("no links checked is an error, not 0", () => {
    expect(run("WQ-05", site([home()])).status).toBe("error");
  });
  const outbound = (n: number, errorClass: "dns" | "http_4xx", status: number | null) =>
    Array.from({ length: n }, (_, i) => ({ url: `https://luar${i}.example/`, internal: false, status, ok: false, errorClass }));
  it("judges internal links only when no outbound link could be reached at all (the scanner was offline)", () => {
    const r = run("WQ-05", site([home()], [], { linkChecks: [...checks(0, 20).linkChecks!, ...outbound(5, "dns", null)] }));
    expect(r.level).toBe(3);
    expect(r.reason).toMatch(/tidak dapat dihubungi/);
  });
  it("still counts outbound links that answered with an error status", () => {
    expect(run("WQ-05", site([home()], [], { linkChecks: [...checks(0, 20).linkChecks!, ...outbound(5, "http_4xx", 404)] })).level).toBe(0);
  });
});

describe("WQ-06 social media (link-present, P)", () => {
  it("two platforms from home 3; one platform 2; share buttons and nothing 0", () => {
    const two = home({ links: [["https://instagram.com/disdukcapil.kuansing", "", "footer"], ["https://www.facebook.com/disdukcapilkuansing", "", "footer"]] });
    expect(run("WQ-06", site([two]), { mode: "P" }).level).toBe(3);
    expect(run("WQ-06", site([home({ links: [["https://instagram.com/x", "", "footer"]] })]), { mode: "P" }).level).toBe(2);
    expect(run("WQ-06", withPages(page("/berita/a", { links: [["https://www.facebook.com/sharer/sharer.php?u=x", "Share"]] })), { mode: "P" }).level).toBe(0);
  });
});

describe("PI-03 accessibility", () => {
  const axe = (impact: string | null) => ({ violations: impact ? [{ id: "color-contrast", impact, help: "Kontras", nodes: 3 }] : [] });
  it("clean axe, lang, alt text: 3; serious violations 2; critical 1; no axe caps at 2", () => {
    expect(run("PI-03", site([home({ axe: axe(null) })])).level).toBe(3);
    expect(run("PI-03", site([home({ axe: axe("serious") })])).level).toBe(2);
    expect(run("PI-03", site([home({ axe: axe("critical") })])).level).toBe(1);
    expect(run("PI-03", site([home()])).level).toBe(2);
    expect(run("PI-03", site([home({ lang: null, axe: axe("critical"), images: [{ src: "/a.jpg" }] })])).level).toBe(0);
  });
});
