/**
 * A small OPD site for ordering tests: checklist pages (some one click deep, some two, one only
 * in the sitemap) next to a 40-page news archive with 200 posts, an endless agenda, a robots.txt
 * rule, an off-site link, and a service page whose content appears only after clicking its tabs.
 */
import { html, startFixtureServer, type FixtureServer } from "./fixture-server";

export const ARCHIVE_PAGES = 40;
const POSTS_PER_PAGE = 5;

/** Checklist pages, in no particular order, with the text each holds. */
export const KEYWORD_PAGES: Record<string, string> = {
  "/profil": "Profil Dinas Kependudukan dan Pencatatan Sipil.",
  "/profil/visi-misi": "Visi: terwujudnya pelayanan prima. Misi: meningkatkan kualitas layanan.",
  "/profil/struktur-organisasi": "Struktur organisasi dinas.",
  "/layanan": "Daftar layanan: KTP-el, KK, akta kelahiran.",
  "/layanan/ktp-el": "",
  "/maklumat-pelayanan": "Dengan ini kami sanggup menyelenggarakan pelayanan sesuai standar pelayanan.",
  "/standar-pelayanan": "Standar pelayanan ditetapkan dengan Keputusan Kepala Dinas.",
  "/pengaduan": "Sampaikan pengaduan Anda melalui formulir berikut.",
  "/alur-pengaduan": "Alur pengaduan: 1. Isi formulir 2. Verifikasi 3. Tindak lanjut.",
  "/survei-kepuasan-masyarakat": "Hasil SKM tahun 2024: indeks 86,45 (mutu B).",
  "/kontak": "Jl. Proklamasi No. 1 Teluk Kuantan. Telp 0760-561234.",
};

/** Pages reachable only through the sitemap (the agenda months are there too, see below). */
export const SITEMAP_ONLY = ["/ppid"];

function nav(otherOrigin: string): string {
  return `<header><nav><a href="/">Beranda</a> <a href="/profil">Profil</a> <a href="/layanan">Layanan</a>
    <a href="/berita">Berita</a> <a href="/agenda?bulan=6">Agenda</a> <a href="/kontak">Kontak</a>
    <a href="/admin/login">Masuk</a> <a href="${otherOrigin}/portal">Portal Kabupaten</a></nav></header>`;
}

const FOOTER = `<footer><p>Dinas Kependudukan Kabupaten Contoh. Jl. Proklamasi No. 1.</p><a href="https://www.instagram.com/disdukcapil">Instagram</a></footer>`;

function page(otherOrigin: string, title: string, main: string): string {
  return html(`${nav(otherOrigin)}<main><h1>${title}</h1>${main}</main>${FOOTER}`, title);
}

const TABS = `
<div role="tablist">
  <button role="tab" aria-selected="true" id="tab-syarat">Persyaratan</button>
  <button role="tab" aria-selected="false" id="tab-alur">Alur</button>
  <button role="tab" aria-selected="false" id="tab-biaya">Biaya</button>
</div>
<div id="panel"><p>Persyaratan: fotokopi Kartu Keluarga.</p></div>
<details><summary>Jam pelayanan</summary><p>Senin sampai Jumat pukul 08.00-15.30 WIB.</p></details>
<script>
  // Like a React tab: the panel's content exists only after the click.
  const content = { "tab-alur": "Alur: 1. Ambil antrean 2. Rekam biometrik 3. Ambil KTP-el", "tab-biaya": "Biaya: tidak dipungut biaya" };
  for (const id of Object.keys(content)) {
    document.getElementById(id).addEventListener("click", () => {
      document.getElementById("panel").innerHTML = "<p>" + content[id] + "</p><a href='/layanan/ktp-el/formulir'>Formulir</a>";
    });
  }
</script>`;

/** An events plugin lists every month in the sitemap: an endless space announced up front. */
const AGENDA_IN_SITEMAP = Array.from({ length: 6 }, (_, i) => `<url><loc>http://127.0.0.1:PORT/agenda?bulan=${i + 1}</loc></url>`).join("");

export type KeywordSite = { site: FixtureServer; other: FixtureServer };

export async function startKeywordSite(): Promise<KeywordSite> {
  const other = await startFixtureServer({ "/portal": html("<p>Portal kabupaten</p>") });
  const o = other.origin;
  const routes: Record<string, string | ((req: unknown, res: import("node:http").ServerResponse, url: URL) => void)> = {};
  const send = (res: import("node:http").ServerResponse, body: string, type = "text/html; charset=utf-8") => {
    res.writeHead(200, { "content-type": type });
    res.end(body);
  };
  const latest = Array.from({ length: POSTS_PER_PAGE }, (_, k) => `<li><a href="/berita/kabar-1-${k}">Kabar ${k}</a> Kamis, 7 Juni 2018</li>`).join("");
  routes["/"] = page(o, "Beranda", `<p>Selamat datang di situs resmi dinas.</p><ul>${latest}</ul><a href="/berita?page=2">Arsip berita</a><img src="/img/logo.png" alt="Logo dinas" width="80" height="80">`);
  for (const [path, text] of Object.entries(KEYWORD_PAGES)) {
    let main = `<p>${text}</p>`;
    if (path === "/profil") main += `<a href="/profil/visi-misi">Visi dan Misi</a> <a href="/profil/struktur-organisasi">Struktur Organisasi</a>`;
    if (path === "/layanan") main += `<a href="/layanan/ktp-el">KTP-el</a> <a href="/maklumat-pelayanan">Maklumat</a> <a href="/standar-pelayanan">Standar</a> <a href="/pengaduan">Pengaduan</a> <a href="/survei-kepuasan-masyarakat">SKM</a>`;
    if (path === "/pengaduan") main += `<a href="/alur-pengaduan">Alur pengaduan</a><form action="/pengaduan/kirim" method="post"><label for="nama">Nama</label><input id="nama" name="nama"><textarea name="isi" aria-label="Isi pengaduan"></textarea><button type="submit">Kirim</button></form>`;
    if (path === "/layanan/ktp-el") main += TABS;
    routes[path] = page(o, path === "/layanan/ktp-el" ? "Layanan KTP-el" : path.slice(1).replace(/[-/]/g, " "), main);
  }
  routes["/ppid"] = page(o, "PPID", "<p>Pejabat Pengelola Informasi dan Dokumentasi.</p>");
  routes["/layanan/ktp-el/formulir"] = page(o, "Formulir", "<p>Formulir permohonan.</p>");
  routes["/berita"] = (_req, res, url) => {
    const n = Math.max(1, Math.min(ARCHIVE_PAGES, Number(url.searchParams.get("page") ?? 1) || 1));
    const posts = Array.from({ length: POSTS_PER_PAGE }, (_, k) => `<li><a href="/berita/kabar-${n}-${k}">Kabar ${n}-${k}</a></li>`).join("");
    const next = n < ARCHIVE_PAGES ? `<a href="/berita?page=${n + 1}">Berikutnya</a>` : "";
    const prev = n > 1 ? `<a href="/berita?page=${n - 1}">Sebelumnya</a>` : "";
    send(res, page(o, `Berita halaman ${n}`, `<ul>${posts}</ul>${prev} ${next}`));
  };
  routes["/agenda"] = (_req, res, url) => {
    const b = Number(url.searchParams.get("bulan") ?? 1);
    send(res, page(o, `Agenda bulan ${b}`, `<a href="/agenda?bulan=${b + 1}">Bulan berikutnya</a>`));
  };
  routes["/robots.txt"] = (_req, res) => send(res, `User-agent: *\nDisallow: /admin\n\nSitemap: SITE/sitemap.xml\n`.replace("SITE", `http://127.0.0.1:${port}`), "text/plain");
  routes["/sitemap.xml"] = (_req, res) =>
    send(res, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>http://127.0.0.1:${port}/sitemap-pages.xml</loc></sitemap><sitemap><loc>http://127.0.0.1:${port}/sitemap-posts.xml</loc></sitemap></sitemapindex>`, "application/xml");
  routes["/sitemap-pages.xml"] = (_req, res) =>
    send(res, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://127.0.0.1:${port}/ppid</loc></url><url><loc>http://127.0.0.1:${port}/kontak/</loc></url>${AGENDA_IN_SITEMAP}</urlset>`.replace(/PORT/g, String(port)), "application/xml");
  routes["/sitemap-posts.xml"] = (_req, res) =>
    send(res, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Array.from({ length: 3 }, (_, k) => `<url><loc>http://127.0.0.1:${port}/berita/kabar-9-${k}</loc></url>`).join("")}</urlset>`, "application/xml");
  let port = 0;
  const site = await startFixtureServer(routes as never, (_req, res, url) => {
    if (url.pathname.startsWith("/berita/")) send(res, page(o, "Kabar", "<p>Isi berita. Kamis, 7 Juni 2018</p>"));
    else {
      res.writeHead(404, { "content-type": "text/html" });
      res.end(page(o, "Tidak ditemukan", "<p>Halaman tidak ditemukan.</p>"));
    }
  });
  port = site.port;
  return { site, other };
}
