/**
 * HTML of a "Keputusan Kepala Dinas ... tentang Standar Pelayanan" (the decree an OPD signs to
 * set its service standards), with one appendix table per service listing the 14 components of
 * PermenPAN-RB 15/2014. Printed to PDF by make-assets.ts: once with a text layer, once as a
 * scanned copy (screenshots only).
 */

export type ServiceStandard = {
  name: string;
  persyaratan: string[];
  prosedur: string[];
  waktu: string;
  biaya: string;
  produk: string;
  pengaduan: string;
  dasarHukum: string[];
  sarana: string;
  kompetensi: string;
  pengawasan: string;
  jumlahPelaksana: string;
  jaminan: string;
  keamanan: string;
  evaluasi: string;
};

export type StandardDecree = {
  opd: string;
  /** Title of the signing official, e.g. "Kepala Dinas Sosial, ...". */
  signerTitle: string;
  signer: string;
  nip: string;
  nomor: string;
  year: number;
  address: string;
  services: ServiceStandard[];
};

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const list = (items: string[], ordered = false) =>
  `<${ordered ? "ol" : "ul"}>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</${ordered ? "ol" : "ul"}>`;

function appendix(s: ServiceStandard, n: number): string {
  const rows: [string, string][] = [
    ["Persyaratan", list(s.persyaratan)],
    ["Sistem, mekanisme dan prosedur", list(s.prosedur, true)],
    ["Jangka waktu pelayanan", esc(s.waktu)],
    ["Biaya/tarif", esc(s.biaya)],
    ["Produk pelayanan", esc(s.produk)],
    ["Penanganan pengaduan, saran dan masukan", esc(s.pengaduan)],
    ["Dasar hukum", list(s.dasarHukum)],
    ["Sarana dan prasarana, dan/atau fasilitas", esc(s.sarana)],
    ["Kompetensi pelaksana", esc(s.kompetensi)],
    ["Pengawasan internal", esc(s.pengawasan)],
    ["Jumlah pelaksana", esc(s.jumlahPelaksana)],
    ["Jaminan pelayanan", esc(s.jaminan)],
    ["Jaminan keamanan dan keselamatan pelayanan", esc(s.keamanan)],
    ["Evaluasi kinerja pelaksana", esc(s.evaluasi)],
  ];
  return `<section class="lampiran"><h3>${n}. STANDAR PELAYANAN ${esc(s.name.toUpperCase())}</h3>
<table><tr><th class="no">No</th><th class="komp">Komponen</th><th>Uraian</th></tr>
${rows.map(([k, v], i) => `<tr><td class="no">${i + 1}</td><td>${k}</td><td>${v}</td></tr>`).join("\n")}
</table></section>`;
}

/**
 * The decree as one HTML document. `scanned` adds the look of a photocopy (for screenshots);
 * `sheet` renders one printed sheet only ("body" = the decree, n = the n-th appendix, from 1),
 * because a screenshot cannot follow the print page breaks.
 */
export function standardDecreeHtml(d: StandardDecree, opts: { scanned?: boolean; sheet?: "body" | number } = {}): string {
  const showBody = opts.sheet === undefined || opts.sheet === "body";
  const appendices = d.services
    .map((s, i) => (opts.sheet === undefined || opts.sheet === i + 1 ? appendix(s, i + 1) : ""))
    .join("\n");
  const scanCss = opts.scanned
    ? `body{background:#f1eee6;filter:grayscale(1) contrast(1.15);transform:rotate(-0.35deg);transform-origin:top left}`
    : "";
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Keputusan tentang Standar Pelayanan ${esc(d.opd)}</title><style>
@page{size:A4;margin:18mm 18mm 20mm 22mm}
body{font-family:"Liberation Serif","DejaVu Serif",serif;font-size:12pt;line-height:1.4;color:#000;margin:0}
${scanCss}
.kop{display:flex;align-items:center;gap:14px;border-bottom:3px double #000;padding-bottom:6px;margin-bottom:14px}
.kop .teks{flex:1;text-align:center}.kop .p{font-size:14pt;font-weight:bold}.kop .o{font-size:15pt;font-weight:bold}.kop .a{font-size:10pt}
.emblem{width:60px;height:70px;border:3px solid #000;border-radius:0 0 30px 30px;display:flex;align-items:center;justify-content:center;font-size:8pt;font-weight:bold}
h1,h2{text-align:center;font-size:12.5pt;margin:4px 0}
.dasar td{vertical-align:top;padding:2px 4px}.dasar td:first-child{width:110px}
ol,ul{margin:2px 0;padding-left:20px}
.ttd{margin:24px 0 0 55%;}
.lampiran{break-before:page}body>.lampiran:first-child{break-before:auto}.lampiran h3{font-size:12pt}
table{border-collapse:collapse;width:100%}
.lampiran td,.lampiran th{border:1px solid #000;padding:3px 5px;vertical-align:top;font-size:11pt}
.no{width:30px;text-align:center}.komp{width:190px}
</style></head><body>
${showBody ? `<div class="kop"><div class="emblem">KUANSING</div><div class="teks"><div class="p">PEMERINTAH KABUPATEN KUANTAN SINGINGI</div>
<div class="o">${esc(d.opd.toUpperCase())}</div><div class="a">${esc(d.address)}</div></div></div>
<h1>KEPUTUSAN ${esc(d.signerTitle.toUpperCase())}</h1>
<h2>NOMOR: ${esc(d.nomor)}</h2>
<h2>TENTANG</h2>
<h2>STANDAR PELAYANAN PADA ${esc(d.opd.toUpperCase())}</h2>
<p style="text-align:center">${esc(d.signerTitle.toUpperCase())},</p>
<table class="dasar">
<tr><td>Menimbang</td><td>: a. bahwa dalam rangka memberikan kepastian, meningkatkan kualitas dan kinerja pelayanan publik perlu ditetapkan standar pelayanan; b. bahwa sesuai Pasal 20 Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik, penyelenggara wajib menyusun dan menetapkan standar pelayanan; c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan tentang Standar Pelayanan.</td></tr>
<tr><td>Mengingat</td><td>: 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; 2. Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009; 3. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan.</td></tr>
</table>
<h2>MEMUTUSKAN:</h2>
<table class="dasar">
<tr><td>Menetapkan</td><td>: KEPUTUSAN ${esc(d.signerTitle.toUpperCase())} TENTANG STANDAR PELAYANAN PADA ${esc(d.opd.toUpperCase())}.</td></tr>
<tr><td>KESATU</td><td>: Menetapkan Standar Pelayanan pada ${esc(d.opd)} sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.</td></tr>
<tr><td>KEDUA</td><td>: Standar Pelayanan sebagaimana dimaksud pada Diktum KESATU meliputi: ${d.services.map((s) => esc(s.name)).join("; ")}.</td></tr>
<tr><td>KETIGA</td><td>: Standar Pelayanan wajib dipublikasikan dan dilaksanakan oleh seluruh pelaksana pelayanan serta menjadi acuan penilaian kinerja pelayanan.</td></tr>
<tr><td>KEEMPAT</td><td>: Keputusan ini mulai berlaku pada tanggal ditetapkan.</td></tr>
</table>
<div class="ttd">Ditetapkan di Teluk Kuantan<br>pada tanggal 2 Januari ${d.year}<br>${esc(d.signerTitle.toUpperCase())},<br><br><br><br><b><u>${esc(d.signer)}</u></b><br>NIP. ${esc(d.nip)}</div>` : ""}
${appendices}
</body></html>`;
}
