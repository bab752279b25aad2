/**
 * Writes the Dinkes demo site's news archive: 42 paged listings (/berita/, /berita/page/N/),
 * one page per post, the home page's "berita terbaru" partial and the posts' sitemap. The
 * archive is big on purpose: a crawler with a page budget has to prefer pages whose links
 * name checklist items over the 40th page of news. A few posts mention checklist words in
 * passing ("maklumat pelayanan", "SKM") while the real pages do not exist in the before version.
 *
 *   npx tsx lib/demo/make-dinkes-archive.ts
 *
 * Deterministic: the same files every run (dates are serve-time placeholders).
 */
import fs from "node:fs";
import path from "node:path";
import { SITES_ROOT } from "./sites";

/** 42 listing pages, beyond the "40+" that makes the archive longer than any sane page budget. */
export const ARCHIVE_PAGES = 42;
export const POSTS_PER_PAGE = 5;
/** Post i is published about 3.5 days before post i-1: roughly two years of news in all. */
const DAYS_BETWEEN_POSTS = 3.5;
const NEWEST_POST_DAYS_AGO = 2;
/** Listing pages link this many neighbours each side, like WordPress's paginate_links. */
const PAGINATION_WINDOW = 2;

const OUT = path.join(SITES_ROOT, "dinkes", "before");

const KECAMATAN = ["Kuantan Tengah", "Sentajo Raya", "Benai", "Pangean", "Kuantan Hilir", "Kuantan Hilir Seberang", "Inuman", "Cerenti", "Gunung Toar", "Kuantan Mudik", "Hulu Kuantan", "Pucuk Rantau", "Singingi", "Singingi Hilir", "Logas Tanah Darat"];
const PUSKESMAS = ["Teluk Kuantan", "Sentajo", "Benai", "Pangean", "Baserah", "Cerenti", "Inuman", "Lubuk Jambi", "Kopah", "Gunung Toar", "Lubuk Ambacang", "Muara Lembu", "Logas", "Pantai", "Kari"];
const DESA = ["Koto Taluk", "Sungai Jering", "Seberang Taluk", "Pulau Godang", "Jake", "Beringin Taluk", "Kari", "Pulau Aro", "Munsalo", "Pintu Gobang", "Toar", "Kampung Baru", "Koto Rajo", "Pulau Bayur", "Geringging", "Petapahan"];

type Post = { slug: string; title: string; daysAgo: number; paragraphs: string[] };
type Template = (p: { kec: string; pkm: string; desa: string; n: number }) => { title: string; paragraphs: string[] };

const TEMPLATES: Template[] = [
  ({ desa, n }) => ({ title: `Posyandu Balita di Desa ${desa} Capai Cakupan Penimbangan ${n}%`, paragraphs: [`Kader posyandu Desa ${desa} berhasil menimbang ${n}% balita di wilayahnya bulan ini. Balita dengan berat badan tidak naik dirujuk ke puskesmas untuk konseling gizi.`, "Dinas Kesehatan mengapresiasi peran kader dan mengajak orang tua rutin membawa balita ke posyandu."] }),
  ({ pkm, n }) => ({ title: `Puskesmas ${pkm} Gelar Imunisasi Kejar bagi ${n * 2} Anak`, paragraphs: [`Puskesmas ${pkm} melaksanakan imunisasi kejar bagi ${n * 2} anak yang belum lengkap status imunisasinya.`, "Orang tua diimbau memeriksa buku KIA dan melengkapi imunisasi anak di posyandu atau puskesmas terdekat."] }),
  ({ desa, kec }) => ({ title: `Fogging Fokus Cegah DBD di Desa ${desa}`, paragraphs: [`Menyusul laporan kasus demam berdarah di Desa ${desa}, Kecamatan ${kec}, petugas melakukan fogging fokus dan pemeriksaan jentik di rumah warga.`, "Masyarakat diminta melaksanakan 3M Plus: menguras, menutup dan mendaur ulang, serta mencegah gigitan nyamuk."] }),
  ({ kec }) => ({ title: `Rembuk Stunting Kecamatan ${kec}`, paragraphs: [`Pemerintah Kecamatan ${kec} bersama puskesmas dan pemerintah desa menggelar rembuk stunting untuk menyepakati intervensi gizi spesifik dan sensitif.`, "Angka prevalensi stunting Kabupaten Kuantan Singingi terus menurun berkat kerja sama lintas sektor."] }),
  ({ kec, n }) => ({ title: `Tablet Tambah Darah untuk ${n * 3} Remaja Putri di ${kec}`, paragraphs: [`Sebanyak ${n * 3} siswi SMP dan SMA di Kecamatan ${kec} menerima tablet tambah darah dan penyuluhan pencegahan anemia.`] }),
  ({ kec }) => ({ title: `Pelatihan Kader Posbindu PTM Kecamatan ${kec}`, paragraphs: [`Kader Pos Pembinaan Terpadu Penyakit Tidak Menular di Kecamatan ${kec} dilatih melakukan pengukuran tekanan darah, gula darah dan lingkar perut.`] }),
  ({ kec, n }) => ({ title: `Pemeriksaan Kesehatan Gratis bagi ${n + 40} Lansia di ${kec}`, paragraphs: [`Tim puskesmas memeriksa kesehatan ${n + 40} lansia di Kecamatan ${kec}, meliputi tekanan darah, gula darah dan konsultasi gizi.`] }),
  ({ pkm }) => ({ title: `Skrining TBC Aktif di Wilayah Kerja Puskesmas ${pkm}`, paragraphs: [`Puskesmas ${pkm} melakukan skrining tuberkulosis dari rumah ke rumah. Warga dengan batuk lebih dari dua minggu diminta memeriksakan dahak secara gratis.`] }),
  ({ kec }) => ({ title: `Sosialisasi Gerakan Masyarakat Hidup Sehat di ${kec}`, paragraphs: [`Dinas Kesehatan menyosialisasikan Germas di Kecamatan ${kec}: aktivitas fisik, makan buah dan sayur, serta pemeriksaan kesehatan berkala.`] }),
  ({ pkm }) => ({ title: `Distribusi Obat dan Vaksin ke Puskesmas ${pkm}`, paragraphs: [`Instalasi Farmasi Kabupaten mendistribusikan obat, bahan medis habis pakai dan vaksin ke Puskesmas ${pkm} untuk kebutuhan triwulan berjalan.`] }),
  ({ kec }) => ({ title: `Pemantauan Jentik Nyamuk Serentak di ${kec}`, paragraphs: [`Juru pemantau jentik memeriksa tempat penampungan air di rumah warga Kecamatan ${kec}. Angka bebas jentik ditargetkan di atas 95%.`] }),
  ({ pkm }) => ({ title: `Puskesmas ${pkm} Raih Akreditasi Paripurna`, paragraphs: [`Puskesmas ${pkm} meraih status akreditasi paripurna dari Kementerian Kesehatan setelah survei akreditasi.`, "Kepala Dinas Kesehatan berharap capaian ini diikuti peningkatan mutu pelayanan di seluruh puskesmas."] }),
];

/** Posts that mention checklist words in passing, at fixed positions (index in the archive). */
const KEYWORD_POSTS: Record<number, { title: string; paragraphs: string[] }> = {
  1: { title: "Sekda: Seluruh OPD Diminta Segera Menyusun Maklumat Pelayanan", paragraphs: ["Dalam rapat koordinasi di Aula Kantor Bupati, Sekretaris Daerah menegaskan bahwa seluruh OPD diminta segera menyusun maklumat pelayanan dan standar pelayanan, serta mempublikasikannya di website masing-masing sebelum penilaian kepatuhan Ombudsman.", "Dinas Kesehatan akan menindaklanjuti arahan tersebut bersama seluruh puskesmas."] },
  7: { title: "Dinkes Rencanakan Survei Kepuasan Masyarakat di Puskesmas", paragraphs: ["SKM akan dilaksanakan tahun depan di seluruh puskesmas dan di loket perizinan Dinas Kesehatan. Kuesioner mengikuti Peraturan Menteri PANRB Nomor 14 Tahun 2017.", "Hasil survei kepuasan masyarakat nantinya menjadi bahan perbaikan pelayanan."] },
  23: { title: "Rapat Evaluasi Standar Pelayanan Puskesmas", paragraphs: ["Kepala puskesmas se-Kabupaten Kuantan Singingi mengikuti rapat evaluasi standar pelayanan dan penanganan pengaduan masyarakat. Setiap puskesmas diminta menyediakan kotak saran dan petugas pengaduan."] },
  96: { title: "Sosialisasi Maklumat Pelayanan kepada Kepala Puskesmas", paragraphs: ["Bagian Organisasi Setdakab menyosialisasikan pentingnya maklumat pelayanan, motto pelayanan dan kompensasi pelayanan kepada kepala puskesmas."] },
};

function slugify(title: string): string {
  return title.toLowerCase().replace(/%/g, "-persen").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export function archivePosts(): Post[] {
  const posts: Post[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < ARCHIVE_PAGES * POSTS_PER_PAGE; i++) {
    const fixed = KEYWORD_POSTS[i];
    // Each round through the templates moves to other places, so titles rarely repeat.
    const t = i % TEMPLATES.length;
    const round = Math.floor(i / TEMPLATES.length);
    const made = fixed ?? TEMPLATES[t]({
      kec: KECAMATAN[(round * 4 + t) % KECAMATAN.length],
      pkm: PUSKESMAS[(round * 7 + t * 2) % PUSKESMAS.length],
      desa: DESA[(round * 3 + t * 5) % DESA.length],
      n: 60 + ((i * 13) % 38),
    });
    let slug = slugify(made.title);
    if (seen.has(slug)) slug = `${slug}-${i}`;
    seen.add(slug);
    posts.push({ slug, ...made, daysAgo: NEWEST_POST_DAYS_AGO + Math.floor(i * DAYS_BETWEEN_POSTS) });
  }
  return posts;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)} - Dinas Kesehatan Kabupaten Kuantan Singingi</title>\n{{> head}}\n</head>\n<body class="blog">\n{{> header}}\n<main id="konten" class="wrap">\n${body}</main>\n{{> footer}}\n</body>\n</html>\n`;
}

/** Listing excerpts stop at about this many characters, like a CMS's "read more" cut. */
const EXCERPT_CHARS = 140;
const excerpt = (t: string) => (t.length <= EXCERPT_CHARS ? esc(t) : `${esc(t.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, ""))}&hellip;`);

const listingUrl = (n: number) => (n === 1 ? "/berita/" : `/berita/page/${n}/`);

function pagination(current: number): string {
  const links: string[] = [];
  if (current > 1) links.push(`<a class="prev" href="${listingUrl(current - 1)}">&laquo; Sebelumnya</a>`);
  for (let n = 1; n <= ARCHIVE_PAGES; n++) {
    const near = Math.abs(n - current) <= PAGINATION_WINDOW;
    if (n === current) links.push(`<span aria-current="page">${n}</span>`);
    else if (n === 1 || n === ARCHIVE_PAGES || near) links.push(`<a href="${listingUrl(n)}">${n}</a>`);
    else if (Math.abs(n - current) === PAGINATION_WINDOW + 1) links.push("<span>&hellip;</span>");
  }
  if (current < ARCHIVE_PAGES) links.push(`<a class="next" href="${listingUrl(current + 1)}">Berikutnya &raquo;</a>`);
  return `<nav class="pagination" aria-label="Halaman berita">${links.join(" ")}</nav>\n`;
}

function write(rel: string, text: string): void {
  const file = path.join(OUT, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function main(): void {
  const posts = archivePosts();
  fs.rmSync(path.join(OUT, "berita"), { recursive: true, force: true });
  for (const p of posts) {
    const body = `<article class="post">\n<h1 class="entry-title">${esc(p.title)}</h1>\n<p class="entry-meta">Dipublikasikan <time datetime="{{iso:-${p.daysAgo}}}">{{tanggal:-${p.daysAgo}}}</time> oleh Humas Dinkes</p>\n${p.paragraphs.map((t) => `<p>${esc(t)}</p>`).join("\n")}\n<p><a href="/berita/">&laquo; Kembali ke Berita</a></p>\n</article>\n`;
    write(`berita/${p.slug}/index.html`, page(p.title, body));
  }
  for (let n = 1; n <= ARCHIVE_PAGES; n++) {
    const items = posts.slice((n - 1) * POSTS_PER_PAGE, n * POSTS_PER_PAGE).map(
      (p) => `<article class="ringkas">\n<h2><a href="/berita/${p.slug}/">${esc(p.title)}</a></h2>\n<p class="entry-meta"><time datetime="{{iso:-${p.daysAgo}}}">{{tgl:-${p.daysAgo}}}</time></p>\n<p>${excerpt(p.paragraphs[0])}</p>\n</article>\n`,
    );
    const heading = n === 1 ? "Berita" : `Berita - Halaman ${n}`;
    write(n === 1 ? "berita/index.html" : `berita/page/${n}/index.html`, page(heading, `<h1>${heading}</h1>\n${items.join("")}${pagination(n)}`));
  }
  const latest = posts.slice(0, 4).map((p) => `  <li><a href="/berita/${p.slug}/">${esc(p.title)}</a> <time datetime="{{iso:-${p.daysAgo}}}">{{tgl:-${p.daysAgo}}}</time></li>`);
  write("_partials/berita-terbaru.html", `<ul class="berita-terbaru">\n${latest.join("\n")}\n</ul>\n`);
  const urls = [
    ...Array.from({ length: ARCHIVE_PAGES }, (_, i) => listingUrl(i + 1)),
    ...posts.map((p) => `/berita/${p.slug}/`),
  ];
  const lastmod = (u: string) => posts.find((p) => u === `/berita/${p.slug}/`)?.daysAgo ?? NEWEST_POST_DAYS_AGO;
  write(
    "post-sitemap.xml",
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `  <url><loc>{{origin}}${u}</loc><lastmod>{{iso:-${lastmod(u)}}}</lastmod></url>`).join("\n")}\n</urlset>\n`,
  );
  console.log(`${posts.length} berita dan ${ARCHIVE_PAGES} halaman arsip ditulis ke ${OUT}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
