/**
 * What the bench's image-heavy site says: the 40 posters (text and layout), the photo scenes and
 * icons (shapes only, nothing to read), and the 12 pages that place them. Pure data and HTML
 * strings; ./poster-site.ts renders and serves them.
 */

export type PageId =
  | "beranda" | "profil" | "layanan-1" | "layanan-2" | "layanan-3" | "layanan-4"
  | "jam" | "skm" | "pengaduan" | "galeri" | "berita" | "kontak";
type Page = { id: PageId; path: string; title: string; intro: string; carousel?: boolean };
type Block = { h: string; lines: string[]; ordered?: boolean };
export type Poster = { page: PageId; layout: "band" | "cards" | "frame" | "steps"; title: string; subtitle: string; blocks: Block[]; footer: string };

const OPD = "Dinas Penanaman Modal dan PTSP Kabupaten Kuantan Singingi";
const LAPOR = "SP4N-LAPOR! www.lapor.go.id · WhatsApp 0811-7600-2200";

export const PAGES: Page[] = [
  { id: "beranda", path: "/index.html", title: "Beranda", intro: "Selamat datang di situs resmi kami.", carousel: true },
  { id: "profil", path: "/profil.html", title: "Profil", intro: "Visi: pelayanan perizinan yang mudah, cepat dan terpercaya." },
  { id: "layanan-1", path: "/layanan-1.html", title: "Layanan Usaha", intro: "Informasi layanan." },
  { id: "layanan-2", path: "/layanan-2.html", title: "Layanan Kesehatan", intro: "Informasi layanan." },
  { id: "layanan-3", path: "/layanan-3.html", title: "Layanan Farmasi dan Reklame", intro: "Informasi layanan." },
  { id: "layanan-4", path: "/layanan-4.html", title: "Layanan Lainnya", intro: "Informasi layanan." },
  { id: "jam", path: "/info.html", title: "Info", intro: "Pengumuman untuk masyarakat." },
  { id: "skm", path: "/survei.html", title: "Survei", intro: "Terima kasih atas partisipasi Anda.", carousel: true },
  { id: "pengaduan", path: "/pengaduan.html", title: "Pengaduan", intro: "Sampaikan pengaduan Anda." },
  { id: "galeri", path: "/galeri.html", title: "Galeri", intro: "Dokumentasi kegiatan." },
  { id: "berita", path: "/berita.html", title: "Berita", intro: "Kabar terbaru." },
  { id: "kontak", path: "/kontak.html", title: "Kontak", intro: "Jl. Perintis Kemerdekaan No. 7, Teluk Kuantan. Telp. (0760) 561777." },
];

/** [service, product, time, fee, its own requirement] */
const SERVICES: Array<[string, string, string, string, string]> = [
  ["Nomor Induk Berusaha (NIB)", "NIB melalui OSS", "1 hari kerja", "GRATIS", "KTP pemilik usaha"],
  ["Persetujuan Bangunan Gedung (PBG)", "Dokumen PBG", "28 hari kerja", "Retribusi sesuai Perda", "Gambar rencana teknis bangunan"],
  ["Surat Izin Praktik Dokter", "SIP Dokter", "5 hari kerja", "GRATIS", "STR dokter yang masih berlaku"],
  ["Surat Izin Praktik Bidan", "SIP Bidan", "5 hari kerja", "GRATIS", "STR bidan yang masih berlaku"],
  ["Izin Apotek", "Surat Izin Apotek", "12 hari kerja", "GRATIS", "Surat izin praktik apoteker"],
  ["Izin Operasional Klinik", "Izin Operasional Klinik", "14 hari kerja", "GRATIS", "Denah ruangan klinik"],
  ["Izin Toko Obat", "Izin Toko Obat", "7 hari kerja", "GRATIS", "Pernyataan tenaga teknis kefarmasian"],
  ["Izin Reklame", "Izin Penyelenggaraan Reklame", "3 hari kerja", "Pajak reklame sesuai Perda", "Desain dan ukuran reklame"],
  ["Tanda Daftar Usaha Pariwisata", "TDUP", "3 hari kerja", "GRATIS", "Akta pendirian usaha"],
  ["Surat Pernyataan Pengelolaan Lingkungan", "SPPL", "1 hari kerja", "GRATIS", "Uraian kegiatan usaha"],
  ["Izin Trayek Angkutan", "Kartu Pengawasan Izin Trayek", "7 hari kerja", "Retribusi Rp 50.000", "Bukti lulus uji KIR"],
  ["Izin Usaha Perikanan", "Surat Izin Usaha Perikanan", "5 hari kerja", "GRATIS", "Foto kapal atau kolam usaha"],
];
const LAYANAN_PAGES: PageId[] = ["layanan-1", "layanan-2", "layanan-3", "layanan-4"];

function standar(i: number): Poster {
  const [name, produk, waktu, biaya, syarat] = SERVICES[i];
  return {
    page: LAYANAN_PAGES[Math.floor(i / 3)], layout: i % 2 ? "cards" : "band", title: "STANDAR PELAYANAN", subtitle: name, footer: OPD,
    blocks: [
      { h: "PERSYARATAN", lines: [syarat, "Fotokopi KTP pemohon", "Surat permohonan bermaterai"] },
      { h: "PROSEDUR", ordered: true, lines: ["Pemohon mengajukan berkas", "Petugas memverifikasi berkas", "Kepala Dinas menandatangani izin", "Izin diserahkan kepada pemohon"] },
      { h: "JANGKA WAKTU", lines: [waktu] },
      { h: "BIAYA", lines: [biaya] },
      { h: "PRODUK", lines: [produk] },
      { h: "PENGADUAN", lines: [LAPOR] },
    ],
  };
}

function alur(i: number): Poster {
  const [name, produk] = SERVICES[i];
  return {
    page: LAYANAN_PAGES[Math.floor(i / 2)], layout: "steps", title: "ALUR PELAYANAN", subtitle: name, footer: OPD,
    blocks: [{ h: "", lines: ["Pemohon mengambil nomor antrean", "Berkas diperiksa di loket", "Verifikasi dan pemeriksaan lapangan", "Penandatanganan oleh Kepala Dinas", `${produk} diserahkan`] }],
  };
}

const JAM: Array<[string, string, string]> = [
  ["Loket Perizinan", "08.00 - 15.30", "08.00 - 11.30"],
  ["Loket Pengaduan", "08.00 - 16.00", "08.00 - 11.00"],
  ["Mal Pelayanan Publik", "07.30 - 15.30", "07.30 - 11.30"],
  ["Loket Kesehatan", "08.00 - 14.00", "08.00 - 11.00"],
  ["Layanan Konsultasi", "09.00 - 15.00", "09.00 - 11.00"],
  ["Pengambilan Dokumen", "10.00 - 15.00", "10.00 - 11.30"],
];
function jam(i: number): Poster {
  const [unit, weekdays, friday] = JAM[i];
  return {
    page: i === 0 ? "beranda" : "jam", layout: (["band", "cards", "frame"] as const)[i % 3], title: "JAM PELAYANAN", subtitle: unit, footer: OPD,
    blocks: [
      { h: "SENIN - KAMIS", lines: [`${weekdays} WIB`, "Istirahat 12.00 - 13.00 WIB"] },
      { h: "JUMAT", lines: [`${friday} WIB`] },
      { h: "SABTU, MINGGU DAN HARI LIBUR", lines: ["TUTUP"] },
    ],
  };
}

const UNSUR = ["Persyaratan", "Prosedur", "Waktu pelayanan", "Biaya/tarif", "Produk pelayanan", "Kompetensi pelaksana", "Perilaku pelaksana", "Sarana dan prasarana", "Penanganan pengaduan"];
function skm(i: number): Poster {
  const ikm = [84.12, 85.4, 86.95, 88.71][i];
  return {
    page: "skm", layout: i % 2 ? "cards" : "band", title: "HASIL SURVEI KEPUASAN MASYARAKAT", subtitle: `Triwulan ${["I", "II", "III", "IV"][i]} Tahun 2025`, footer: OPD,
    blocks: [
      { h: "INDEKS KEPUASAN MASYARAKAT", lines: [`IKM ${ikm.toFixed(2).replace(".", ",")} - Mutu ${ikm > 88.3 ? "A (Sangat Baik)" : "B (Baik)"}`, `${310 + i * 23} responden`] },
      { h: "NILAI PER UNSUR", lines: UNSUR.map((u, j) => `${u}: ${(3.2 + ((i + j) % 7) * 0.09).toFixed(2).replace(".", ",")}`) },
    ],
  };
}

function notice(page: PageId, layout: Poster["layout"], title: string, lines: string[], h = ""): Poster {
  return { page, layout, title, subtitle: OPD, footer: "Kepala Dinas", blocks: [{ h, lines }] };
}
const MAKLUMAT = "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.";
const PENGADUAN_STEPS = ["Sampaikan pengaduan melalui SP4N-LAPOR!, WhatsApp atau datang langsung", "Petugas mencatat dan memverifikasi", "Pengaduan diteruskan ke bidang terkait", "Tindak lanjut paling lama 14 hari kerja", "Jawaban disampaikan kepada pelapor"];

/** The 40 posters, in a fixed order: the order names the files. */
export const POSTERS: Poster[] = [
  ...SERVICES.map((_, i) => standar(i)),
  ...Array.from({ length: 8 }, (_, i) => alur(i)),
  ...JAM.map((_, i) => jam(i)),
  ...Array.from({ length: 4 }, (_, i) => skm(i)),
  notice("beranda", "frame", "MAKLUMAT PELAYANAN", [MAKLUMAT]),
  notice("profil", "frame", "MAKLUMAT PELAYANAN", [MAKLUMAT.toUpperCase()]),
  notice("pengaduan", "band", "MAKLUMAT PELAYANAN", [MAKLUMAT]),
  notice("beranda", "frame", "MOTTO PELAYANAN", ["CEPAT, TEPAT DAN TRANSPARAN"]),
  notice("profil", "band", "MOTTO PELAYANAN", ["MELAYANI DENGAN HATI, TANPA PUNGUTAN"]),
  notice("pengaduan", "cards", "MOTTO", ["MUDAH, MURAH DAN RAMAH"], "MOTTO KAMI"),
  notice("beranda", "band", "KOMPENSASI PELAYANAN", ["Izin yang terlambat diantar ke alamat pemohon tanpa biaya", "Permintaan maaf tertulis dari Kepala Dinas"], "JANJI LAYANAN"),
  notice("pengaduan", "cards", "KOMPENSASI PELAYANAN", ["Layanan prioritas pada permohonan berikutnya", "Pengembalian biaya pengiriman dokumen"], "KOMPENSASI"),
  { ...notice("pengaduan", "steps", "ALUR PENGADUAN", PENGADUAN_STEPS), footer: OPD },
  { ...notice("pengaduan", "steps", "MEKANISME PENGADUAN MASYARAKAT", ["Isi formulir pengaduan di loket atau daring", "Pengaduan diberi nomor registrasi", "Pengelola pengaduan menelaah laporan", "Hasil penyelesaian diumumkan kepada pelapor"]), footer: LAPOR },
];

const PALETTES = [
  ["#b71c1c", "#ffebee"], ["#0d47a1", "#e3f2fd"], ["#1b5e20", "#e8f5e9"],
  ["#4a148c", "#f3e5f5"], ["#e65100", "#fff3e0"], ["#004d40", "#e0f2f1"],
];

function list(b: Block): string {
  if (b.lines.length === 1) return `<div class="one">${b.lines[0]}</div>`;
  const tag = b.ordered ? "ol" : "ul";
  return `<${tag}>${b.lines.map((l) => `<li>${l}</li>`).join("")}</${tag}>`;
}

/** One poster as a page of 800x1000: `.wrap` must fit, or the build stops with its title. */
export function posterHtml(p: Poster, i: number): string {
  const [main, light] = PALETTES[i % PALETTES.length];
  const css = `body{margin:0;width:800px;height:1000px;overflow:hidden;font:22px/1.35 "DejaVu Sans",Arial,sans-serif;color:#111;background:${light}}
*{box-sizing:border-box}.wrap{padding:0 0 20px}h1{font-size:42px;margin:0}h2{font-size:26px;margin:8px 0 0;font-weight:normal}
h3{margin:0 0 2px;font-size:24px;color:${main}}ul,ol{margin:0;padding-left:30px}.one{font-size:28px;font-weight:bold}
.head{background:${main};color:#fff;padding:20px 30px;text-align:center}.foot{text-align:center;font-size:21px;margin-top:14px;color:${main}}
.box{margin:8px 26px;border:3px solid ${main};border-radius:14px;padding:6px 16px;background:#fff}
.row{display:flex;margin:12px 24px;background:#fff;border-radius:14px;overflow:hidden}.row h3{background:${main};color:#fff;width:200px;margin:0;padding:12px;font-size:21px}.row div.v{padding:10px 14px;flex:1}
.frame{margin:24px;border:12px double ${main};min-height:880px;padding:50px 40px;text-align:center;background:#fff}.frame .one,.frame li{font-size:32px;line-height:1.5;list-style:none}
.step{margin:0 auto;width:660px;background:${main};color:#fff;border-radius:16px;padding:16px 20px;font-size:25px}.arrow{text-align:center;font-size:36px;color:${main};line-height:48px}`;
  const head = `<div class="head"><h1>${p.title}</h1><h2>${p.subtitle}</h2></div>`;
  let body: string;
  if (p.layout === "band") body = head + p.blocks.map((b) => `<div class="box">${b.h ? `<h3>${b.h}</h3>` : ""}${list(b)}</div>`).join("");
  else if (p.layout === "cards") body = head + p.blocks.map((b) => `<div class="row"><h3>${b.h || "INFO"}</h3><div class="v">${list(b)}</div></div>`).join("");
  else if (p.layout === "frame") {
    body = `<div class="frame"><h1 style="color:${main}">${p.title}</h1><h2>${p.subtitle}</h2><br><br>` +
      p.blocks.map((b) => `${b.h ? `<h3>${b.h}</h3>` : ""}${list(b)}`).join("<br>") + "</div>";
  } else body = head + "<br>" + p.blocks[0].lines.map((l, n) => `<div class="step">${n + 1}. ${l}</div>`).join('<div class="arrow">&#9660;</div>');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>${css}</style></head><body><div class="wrap">${body}<div class="foot">${p.footer}</div></div></body></html>`;
}

/** An event photo: people, a vehicle or a building drawn with shapes, deterministic per index. */
export function photoHtml(i: number): string {
  const hue = (i * 47) % 360;
  const skin = ["#8d5524", "#c68642", "#e0ac69"];
  const people = Array.from({ length: 3 + (i % 5) }, (_, k) => {
    const x = 80 + k * (820 / (3 + (i % 5))), y = 330 + ((k * 37 + i * 11) % 80);
    return `<div style="left:${x}px;top:${y}px;width:60px;height:60px;border-radius:50%;background:${skin[(k + i) % 3]}"></div>` +
      `<div style="left:${x - 20}px;top:${y + 62}px;width:100px;height:180px;border-radius:40px 40px 8px 8px;background:hsl(${(hue + k * 67) % 360},60%,45%)"></div>`;
  }).join("");
  const extra = i % 3 === 0
    ? `<div style="left:560px;top:220px;width:380px;height:170px;background:#fafafa;border-radius:16px 50px 8px 8px"></div><div style="left:600px;top:360px;width:80px;height:80px;border-radius:50%;background:#222"></div><div style="left:820px;top:360px;width:80px;height:80px;border-radius:50%;background:#222"></div>`
    : i % 3 === 1 ? `<div style="left:120px;top:60px;width:780px;height:220px;background:hsl(${hue},25%,80%);border:8px solid #666"></div>`
      : `<div style="left:700px;top:80px;width:220px;height:220px;border-radius:50%;background:radial-gradient(#7cb342,#33691e)"></div>`;
  return `<!doctype html><html><head><style>body{margin:0;width:1024px;height:768px;overflow:hidden;position:relative;background:linear-gradient(180deg,hsl(${hue},45%,75%) 0,hsl(${hue},30%,90%) 55%,hsl(${(hue + 30) % 360},25%,40%) 55%)}div{position:absolute}</style></head><body>${extra}${people}` +
    `<div style="left:0;top:0;width:1024px;height:768px;background:radial-gradient(circle at 50% 45%,transparent 55%,rgba(0,0,0,.35))"></div></body></html>`;
}

/** A 64x64 pictogram: a coloured shape, no letters. */
export function iconHtml(i: number): string {
  const shapes = ["border-radius:50%", "border-radius:8px", "clip-path:polygon(50% 0,100% 100%,0 100%)", "clip-path:polygon(50% 0,100% 50%,50% 100%,0 50%)", "border-radius:50% 50% 0 0"];
  return `<!doctype html><html><head><style>body{margin:0;width:64px;height:64px;display:flex;align-items:center;justify-content:center;background:#fff}div{width:44px;height:44px;background:hsl(${i * 36},65%,45%);${shapes[i % shapes.length]}}</style></head><body><div></div></body></html>`;
}

const POSTER_ALTS = ["", "gambar", "image", ""];
const LAZY_SCRIPT = `<script>
document.querySelectorAll(".carousel").forEach(function (c) {
  var s = JSON.parse(c.querySelector("script").textContent), i = 0, img = c.querySelector("img");
  c.querySelector(".prev").onclick = function () { i = (i + s.length - 1) % s.length; img.src = s[i]; };
  c.querySelector(".next").onclick = function () { i = (i + 1) % s.length; img.src = s[i]; };
});
var io = new IntersectionObserver(function (es) { es.forEach(function (e) {
  if (e.isIntersecting) { e.target.src = e.target.dataset.src; e.target.removeAttribute("data-src"); io.unobserve(e.target); } }); });
document.querySelectorAll("img[data-src]").forEach(function (x) { io.observe(x); });
</script>`;
const BLANK = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

/** One page: menu, intro, then its images; posters of a carousel page are slides, one in the DOM. */
export function renderPage(p: Page, images: Array<{ src: string; kind: "poster" | "photo" | "icon" }>): string {
  const menu = PAGES.map((x) => `<a href="${x.path === "/index.html" ? "/" : x.path}">${x.title}</a>`).join(" ");
  const posters = images.filter((x) => x.kind === "poster");
  const img = (src: string, alt: string, n: number) =>
    n % 3 === 2 ? `<img src="${BLANK}" data-src="${src}" alt="${alt}">` : `<img src="${src}" alt="${alt}"${n % 3 === 1 ? ' loading="lazy"' : ""}>`;
  const posterHtmlPart = p.carousel && posters.length
    ? `<div class="carousel"><button class="prev">&#8249;</button><img src="${posters[0].src}" alt=""><button class="next">&#8250;</button><script type="application/json">${JSON.stringify(posters.map((x) => x.src))}</script></div>`
    : posters.map((x, n) => `<figure>${img(x.src, POSTER_ALTS[n % POSTER_ALTS.length], n)}</figure>`).join("");
  const photos = images.filter((x) => x.kind === "photo").map((x, n) =>
    p.id === "berita"
      ? `<article><h3>Kegiatan pelayanan ${n + 1}</h3><time>${2 + n * 5} November 2025</time>${img(x.src, "", n)}<p>Petugas melayani masyarakat di lokasi kegiatan.</p></article>`
      : img(x.src, n % 2 ? "foto" : "", n)).join("");
  const icons = images.filter((x) => x.kind === "icon").map((x) => `<li><img src="${x.src}" width="32" height="32" alt=""> Informasi</li>`).join("");
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${p.title} - ${OPD}</title>
<style>body{font-family:sans-serif;margin:0}nav a{margin-right:10px}main{max-width:860px;margin:0 auto;padding:12px}figure{margin:0 0 16px}main img{max-width:100%;height:auto}.carousel{display:flex;align-items:center}</style></head>
<body><header><strong>${OPD}</strong><nav>${menu}</nav></header><main><h1>${p.title}</h1><p>${p.intro}</p>${posterHtmlPart}${photos ? `<section class="foto">${photos}</section>` : ""}${icons ? `<ul>${icons}</ul>` : ""}</main>
<footer>${OPD}</footer>${LAZY_SCRIPT}</body></html>`;
}
