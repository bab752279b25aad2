/**
 * HTML for the demo sites' images, rendered to PNG/JPEG by make-assets.ts: the kind of poster an
 * OPD hangs in its service hall and then uploads instead of writing the text on its website
 * (maklumat, alur pelayanan, struktur organisasi), plus banners. Text is large and plain so
 * that OCR can read it back, as it can read a real poster.
 */

const BASE_CSS = `*{box-sizing:border-box}html,body{margin:0}body{font-family:"Liberation Sans","DejaVu Sans",Arial,sans-serif}`;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export type Struktur = { opd: string; head: string; secretariat: string[]; fields: string[]; extra?: string[]; color: string };

/** An organisation chart: head, secretariat and its subdivisions, one box per field. */
export function strukturPoster(s: Struktur): string {
  const box = (text: string, strong = false) =>
    `<div class="box${strong ? " strong" : ""}">${esc(text)}</div>`;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>${BASE_CSS}
body{width:900px;height:600px;background:#fff;padding:18px 20px;color:#111}
h1{margin:0;text-align:center;font-size:26px;letter-spacing:1px}
h2{margin:2px 0 14px;text-align:center;font-size:17px;font-weight:normal}
.box{border:2px solid ${s.color};border-radius:6px;padding:7px 8px;text-align:center;font-size:14px;background:#fff}
.strong{background:${s.color};color:#fff;font-weight:bold;font-size:16px}
.row{display:flex;justify-content:center;gap:12px;position:relative}
.line{height:18px;border-left:2px solid #444;margin:0 auto;width:0}
.head{width:300px;margin:0 auto}
.sek{display:flex;gap:14px;justify-content:flex-end;align-items:flex-start;margin-right:30px}
.sek .box{width:230px}.sub{display:flex;flex-direction:column;gap:6px}
.fields{display:grid;grid-template-columns:repeat(${s.fields.length},1fr);gap:10px;border-top:2px solid #444;padding-top:16px}
.extra{margin-top:16px;display:flex;gap:10px;justify-content:center}.extra .box{width:240px}
</style></head><body>
<h1>STRUKTUR ORGANISASI</h1><h2>${esc(s.opd)}</h2>
<div class="head">${box(s.head, true)}</div><div class="line"></div>
<div class="sek"><div class="sub">${box("Sekretariat", true)}${s.secretariat.map((x) => box(x)).join("")}</div></div>
<div class="line"></div>
<div class="fields">${s.fields.map((f) => box(f, true)).join("")}</div>
${s.extra?.length ? `<div class="extra">${s.extra.map((x) => box(x)).join("")}</div>` : ""}
</body></html>`;
}

/** A maklumat pelayanan poster (portrait), with the commitment and sanction sentence. */
export function maklumatPoster(p: { opd: string; signer: string; title: string; year: number }): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>${BASE_CSS}
body{width:800px;height:1120px;background:#fdf6e3;padding:40px;color:#1b1b1b}
.frame{border:10px double #7b1fa2;height:100%;padding:40px 44px;display:flex;flex-direction:column;align-items:center;text-align:center;background:#fff}
.pemkab{font-size:24px;font-weight:bold;margin:10px 0 4px}.opd{font-size:24px;font-weight:bold;color:#4a148c;margin:0 0 24px;line-height:1.3}
h1{font-size:60px;letter-spacing:4px;margin:6px 0 28px;color:#b71c1c;line-height:1.15}
.isi{font-size:30px;line-height:1.5;font-weight:bold;margin:0 0 24px}
.ttd{font-size:24px;line-height:1.5;margin-top:auto}
</style></head><body><div class="frame">
<div class="pemkab">PEMERINTAH KABUPATEN KUANTAN SINGINGI</div>
<div class="opd">${esc(p.opd.toUpperCase())}</div>
<h1>MAKLUMAT PELAYANAN</h1>
<p class="isi">DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG TELAH DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU.</p>
<div class="ttd">Teluk Kuantan, 2 Januari ${p.year}<br>${esc(p.title)}<br><br><br><b><u>${esc(p.signer)}</u></b></div>
</div></body></html>`;
}

/** A service flow poster: numbered steps joined by arrows. */
export function alurPoster(p: { opd: string; title: string; steps: string[]; note: string }): string {
  const steps = p.steps
    .map((s, i) => `<div class="step">${i + 1}. ${esc(s)}</div>`)
    .join(`<div class="arrow"></div>`);
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>${BASE_CSS}
body{width:800px;height:1120px;background:linear-gradient(#ede7f6,#fff);padding:36px 50px;color:#1a1a1a}
h1{text-align:center;font-size:52px;margin:0 0 18px;color:#311b92}.opd{text-align:center;font-size:22px;font-weight:bold;margin:0 0 6px}
.sub{text-align:center;font-size:24px;margin:0 0 24px}
.step{background:#f3e5f5;border-left:10px solid #7b1fa2;padding:18px 22px;font-size:30px;font-weight:bold;line-height:1.35}
.arrow{margin:0 auto;width:0;height:0;border-left:16px solid transparent;border-right:16px solid transparent;border-top:22px solid #7b1fa2;margin-top:6px;margin-bottom:6px}
.note{margin-top:30px;text-align:center;font-size:26px;font-weight:bold;line-height:1.4}
</style></head><body>
<h1>${esc(p.title)}</h1><div class="opd">${esc(p.opd.toUpperCase())}</div><p class="sub">Kabupaten Kuantan Singingi</p>
${steps}<div class="note">${esc(p.note)}</div>
</body></html>`;
}

/** A wide banner (carousel slide, header picture) with a headline and a line under it. */
export function bannerImage(p: { headline: string; line: string; from: string; to: string; width?: number; height?: number }): string {
  const w = p.width ?? 1000;
  const h = p.height ?? 360;
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>${BASE_CSS}
body{width:${w}px;height:${h}px;background:linear-gradient(120deg,${p.from},${p.to});color:#fff;display:flex;flex-direction:column;justify-content:center;padding:0 60px;overflow:hidden;position:relative}
h1{font-size:${Math.round(h / 6)}px;margin:0 0 10px;text-shadow:2px 2px 4px rgba(0,0,0,.35)}p{font-size:${Math.round(h / 13)}px;margin:0}
.circle{position:absolute;right:-80px;top:-60px;width:${h * 1.2}px;height:${h * 1.2}px;border-radius:50%;background:rgba(255,255,255,.12)}
</style></head><body><div class="circle"></div><h1>${esc(p.headline)}</h1><p>${esc(p.line)}</p></body></html>`;
}
