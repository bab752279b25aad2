import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKLIST_SEED } from "@/db/seed/checklist";
import { BLIND_MIN_LABELS, BLIND_SITE_LABELS } from "./blind/labels";
import { SITE_LABELS, TRAP_KINDS, type ParsedSiteLabels, type TrapKind } from "./labels";
import { BLIND_SITES_DIR, listSites, renderTemplate, serveSite, SITES_DIR } from "./server";

const CODES = new Set(CHECKLIST_SEED.map((i) => i.code));

/** The traps the seen set was written for; the classes added with the blind set are covered there. */
const SEEN_TRAPS: TrapKind[] = ["empty_shell", "passing_mention", "image_only", "pdf_only", "js_rendered", "click_only", "other_agency_link"];

function coverage(set: ParsedSiteLabels[], kind: TrapKind): { hits: number; sites: number } {
  const hits = set.flatMap((s) => s.labels.filter((l) => l.traps.includes(kind)).map(() => s.site));
  return { hits: hits.length, sites: new Set(hits).size };
}

/** Every file of a site the server should answer for (partials excluded). */
function servedFiles(site: string, dir = SITES_DIR): string[] {
  const root = path.join(dir, site);
  const files = fs.readdirSync(root, { recursive: true, encoding: "utf8" });
  return files
    .filter((f) => fs.statSync(path.join(root, f)).isFile())
    .filter((f) => !f.split(path.sep).some((part) => part.startsWith("_")))
    .map((f) => "/" + f.split(path.sep).join("/"));
}

describe("labels", () => {
  it("name only checklist codes, once per site, with a justification", () => {
    for (const s of SITE_LABELS) {
      const codes = s.labels.map((l) => l.code);
      expect(codes.filter((c) => !CODES.has(c)), s.site).toEqual([]);
      expect(new Set(codes).size, `${s.site} has a duplicate code`).toBe(codes.length);
      expect(codes.length, s.site).toBeGreaterThanOrEqual(15);
    }
  });

  it("exist for every fixture site and only for them", () => {
    expect(SITE_LABELS.map((s) => s.site).sort()).toEqual(listSites());
    expect(listSites().length).toBeGreaterThanOrEqual(8);
  });

  it("cover each trap kind the seen set was written for at least twice, on at least two sites", () => {
    for (const kind of SEEN_TRAPS) {
      const c = coverage(SITE_LABELS, kind);
      expect(c.hits, kind).toBeGreaterThanOrEqual(2);
      expect(c.sites, kind).toBeGreaterThanOrEqual(2);
    }
  });

  it("mark the empty-shell and passing-mention traps on items the auditor scores 0", () => {
    // Those traps exist to catch false passes; a trap label above 0 would test nothing.
    for (const s of SITE_LABELS) {
      for (const l of s.labels.filter((x) => x.traps.some((t) => t === "empty_shell" || t === "passing_mention"))) {
        expect(l.expected, `${s.site} ${l.code}`).toBe(0);
      }
    }
  });
});

describe("blind labels", () => {
  // Only the shape is checked here: the labels themselves stay unread by the detector author.
  it("exist for every blind site and only for them, ten sites or more", () => {
    expect(BLIND_SITE_LABELS.map((s) => s.site).sort()).toEqual(listSites(BLIND_SITES_DIR));
    expect(listSites(BLIND_SITES_DIR).length).toBeGreaterThanOrEqual(10);
  });

  it("name only checklist codes, once per site, at least 40 per site", () => {
    for (const s of BLIND_SITE_LABELS) {
      const codes = s.labels.map((l) => l.code);
      expect(codes.filter((c) => !CODES.has(c)), s.site).toEqual([]);
      expect(new Set(codes).size, `${s.site} has a duplicate code`).toBe(codes.length);
      expect(codes.length, s.site).toBeGreaterThanOrEqual(BLIND_MIN_LABELS);
    }
  });

  it("cover every trap class at least twice, on at least two sites", () => {
    for (const kind of TRAP_KINDS) {
      const c = coverage(BLIND_SITE_LABELS, kind);
      expect(c.hits, kind).toBeGreaterThanOrEqual(2);
      expect(c.sites, kind).toBeGreaterThanOrEqual(2);
    }
  });

  it("serve every page of every blind site", { timeout: 60_000 }, async () => {
    for (const { site } of BLIND_SITE_LABELS) {
      const server = await serveSite(site, { sitesDir: BLIND_SITES_DIR });
      try {
        for (const f of servedFiles(site, BLIND_SITES_DIR).filter((x) => x.endsWith(".html"))) {
          const res = await fetch(new URL(f, server.url));
          expect(res.status, `${site}${f}`).toBe(200);
          expect(await res.text(), `${site}${f}`).not.toMatch(/\{\{/);
        }
      } finally {
        await server.close();
      }
    }
  });
});

describe("renderTemplate", () => {
  const ctx = { now: new Date("2026-11-28T05:00:00Z"), origin: "http://127.0.0.1:1234", include: (n: string) => `[${n} {{tahun:0}}]` };

  it("writes dates relative to today in Indonesian, in WIB", () => {
    expect(renderTemplate("{{tanggal:-10}}|{{hari:0}}|{{iso:-1}}|{{tahun:-1}}|{{origin}}", ctx)).toBe(
      "18 November 2026|Sabtu, 28 November 2026|2026-11-27|2025|http://127.0.0.1:1234",
    );
    // 20:00 UTC is already the next day in WIB.
    expect(renderTemplate("{{iso:0}}", { ...ctx, now: new Date("2026-12-31T20:00:00Z") })).toBe("2027-01-01");
  });

  it("inserts partials, which may hold placeholders", () => {
    expect(renderTemplate("a {{> _head.html}} b", ctx)).toBe("a [_head.html 2026] b");
  });
});

describe("fixture server", () => {
  it("serves every file of every site with its placeholders filled, and refuses partials and missing pages", async () => {
    const now = new Date("2026-11-28T05:00:00Z");
    for (const site of listSites()) {
      const server = await serveSite(site, { now });
      const checked = new Set<string>();
      try {
        const home = await fetch(server.url);
        expect(home.status, site).toBe(200);
        expect(home.headers.get("content-type")).toContain("text/html");
        const robots = await fetch(new URL("/robots.txt", server.url));
        expect(robots.status, `${site} robots.txt`).toBe(200);

        for (const file of servedFiles(site)) {
          const res = await fetch(new URL(file, server.url));
          expect(res.status, `${site}${file}`).toBe(200);
          if (!/\.(html|json|xml|txt|js)$/.test(file)) continue;
          const text = await res.text();
          expect(text, `${site}${file} keeps a placeholder`).not.toMatch(/\{\{[^}]*\}\}/);
          if (file.endsWith(".json")) expect(() => JSON.parse(text), `${site}${file}`).not.toThrow();
          if (!file.endsWith(".html")) continue;
          // Fixture links must work, so a failing item is the scanner's doing, not a typo here.
          for (const m of text.matchAll(/href="(\/[^"#]*)"/g)) {
            if (checked.has(m[1])) continue;
            checked.add(m[1]);
            const linked = await fetch(new URL(m[1], server.url), { method: "HEAD" });
            expect(linked.status, `${site}${file} links to ${m[1]}`).toBe(200);
          }
        }
        expect((await fetch(new URL("/tidak-ada.html", server.url))).status).toBe(404);
        expect((await fetch(new URL("/_header.html", server.url))).status).toBe(404);
        expect((await fetch(new URL("/%2e%2e/server.ts", server.url))).status).toBe(404);
      } finally {
        await server.close();
      }
    }
  });
});
