/**
 * A single-page app with routes in the fragment ("#/layanan"), as Vue and React hash routers
 * build them: one document, a page per route. Each route is crawled as its own page and the
 * anchors within a page ("#visi") are not.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScanArtifacts } from "@/lib/artifacts/types";
import { crawlSite } from "./index";
import { html, startFixtureServer, type FixtureServer } from "./testing/fixture-server";

const APP = `<nav><a href="#/">Beranda</a> <a href="#/layanan">Layanan</a> <a href="#!/profil">Profil</a> <a href="#visi">Visi</a></nav>
<main id="app"></main>
<script>
  const views = {
    "": "<h1>Beranda</h1><p>Selamat datang di aplikasi dinas.</p>",
    "/layanan": "<h1>Layanan</h1><p>Persyaratan KTP-el: fotokopi KK, surat pengantar RT.</p>",
    "/profil": "<h1>Profil</h1><p id=visi>Visi: melayani dengan cepat, tepat dan ramah.</p>",
  };
  const show = () => {
    const route = location.hash.replace(/^#!?/, "").replace(/\\/$/, "");
    document.getElementById("app").innerHTML = views[route] ?? views[""];
  };
  window.addEventListener("hashchange", show);
  show();
</script>`;

let site: FixtureServer;
let a: ScanArtifacts;

beforeAll(async () => {
  site = await startFixtureServer({ "/": html(APP, "Dinas") });
  a = await crawlSite({ startUrl: `${site.origin}/`, allowPrivateNetwork: true, maxPages: 10, screenshotDir: null, timeLimitMs: 60_000 });
}, 90_000);

afterAll(async () => {
  await site?.close();
});

describe("hash-routed single-page app", () => {
  it("crawls each route as a page with its own content", () => {
    const byUrl = new Map(a.pages.map((p) => [p.finalUrl, p]));
    expect([...byUrl.keys()].sort()).toEqual([`${site.origin}/`, `${site.origin}/#!/profil`, `${site.origin}/#/layanan`].sort());
    expect(byUrl.get(`${site.origin}/#/layanan`)!.mainText).toContain("Persyaratan KTP-el");
    expect(byUrl.get(`${site.origin}/#!/profil`)!.mainText).toContain("Visi: melayani");
    expect(byUrl.get(`${site.origin}/`)!.mainText).not.toContain("Persyaratan");
  });
});
