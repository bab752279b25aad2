import { describe, expect, it } from "vitest";
import { DETECTORS } from "../index";
import { DEFAULT_ITEM_CONFIG } from "../defaults";
import { ctx, doc, home, page, site, withPages } from "../testing/build";
import type { ScanArtifacts } from "@/lib/artifacts/types";

function run(code: string, a: ScanArtifacts, mode: "A" | "P" = "A") {
  const c = DEFAULT_ITEM_CONFIG[code];
  const d = DETECTORS[c.detector];
  return d.evaluate(a, d.params.parse(c.params), ctx(mode));
}

const MAKLUMAT = "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini kami siap menerima sanksi sesuai peraturan yang berlaku.";

describe("KP-02 substansi maklumat (maklumat, P)", () => {
  it("complete substance is scored", () => {
    expect(run("KP-02", withPages(page("/maklumat", { text: `# Maklumat Pelayanan\n${MAKLUMAT}` })), "P").level).toBe(3);
  });
  it("missing sanksi is review in P mode", () => {
    const r = run("KP-02", withPages(page("/maklumat", { text: "# Maklumat Pelayanan\nKami sanggup menyelenggarakan pelayanan sesuai standar pelayanan dengan sepenuh hati untuk masyarakat." })), "P");
    expect(r.status).toBe("review");
    expect(r.reason).toContain("sanksi");
  });
  it("an unreadable image is review (a person reads it); no maklumat is 0", () => {
    const p = page("/maklumat", { text: "# Maklumat Pelayanan", images: [{ src: "/img/maklumat.jpg", alt: "maklumat" }] });
    expect(run("KP-02", withPages(p), "P").status).toBe("review");
    expect(run("KP-02", withPages(page("/x", { text: "# Profil\nTentang kami." })), "P").level).toBe(0);
  });
  it("trap: shell and news never pass", () => {
    expect(run("KP-02", withPages(page("/maklumat", { text: "# Maklumat Pelayanan\nMaklumat belum diisi!" })), "P").level ?? 0).toBe(0);
    const news = page("/berita/maklumat", { text: `# OPD Diminta Segera Menyusun Maklumat\n${MAKLUMAT}` });
    const r = run("KP-02", withPages(news), "P");
    expect(r.level === null || r.level === 0).toBe(true);
  });
});

describe("KP-04 motto and KP-05 kompensasi", () => {
  it("motto in the footer counts; a motto heading without text does not", () => {
    const h = home({ chromeText: "Motto Pelayanan: Melayani dengan Hati\nJl. Proklamasi No. 1" });
    expect(run("KP-04", site([h])).level).toBe(3);
    expect(run("KP-04", withPages(page("/motto", { text: "# Motto" }))).level).toBe(0);
  });
  it("a sentence stating compensation counts; a plan does not", () => {
    expect(run("KP-05", withPages(page("/sp", { text: "# Standar Pelayanan\nApabila pelayanan melebihi jangka waktu, pemohon berhak atas kompensasi berupa pengantaran dokumen ke rumah." }))).level).toBe(3);
    expect(run("KP-05", withPages(page("/sp", { text: "# Profil\nDinas akan segera merumuskan kebijakan kompensasi pelayanan bagi masyarakat." }))).level).toBe(0);
  });
});

describe("PG-01 kanal pengaduan (complaint-channel)", () => {
  it("present: a complaint form with a textarea", () => {
    const p = page("/pengaduan", { text: "# Pengaduan Masyarakat\nSampaikan pengaduan Anda.", forms: [{ action: "/kirim", method: "post", fields: [{ name: "nama", type: "text", label: "Nama" }, { name: "isi", type: "textarea", label: "Isi pengaduan" }] }] });
    expect(run("PG-01", withPages(p)).level).toBe(3);
  });
  it("present: a footer line with a WhatsApp number", () => {
    expect(run("PG-01", site([home({ chromeText: "Pengaduan: WA 0812-7654-3210" })])).level).toBe(3);
  });
  it("a general contact form is level 1", () => {
    const p = page("/kontak", { text: "# Hubungi Kami", forms: [{ action: "/k", method: "post", fields: [{ name: "pesan", type: "textarea", label: "Pesan" }] }] });
    expect(run("PG-01", withPages(p)).level).toBe(1);
  });
  it("traps: empty complaint page, a menu entry, news give 0", () => {
    expect(run("PG-01", withPages(page("/pengaduan", { text: "# Pengaduan\nHalaman sedang dalam pengembangan" }))).level).toBe(0);
    expect(run("PG-01", site([home({ chromeText: "Beranda\nPengaduan\nKontak", links: [["/pengaduan", "Pengaduan", "nav"]] })])).level).toBe(0);
    expect(run("PG-01", withPages(page("/berita/a", { text: "# Bupati Minta OPD Buka Kanal Pengaduan\nPengaduan warga dapat disampaikan melalui WA 0812-7654-3210 mulai tahun depan." }))).level).toBe(0);
  });
});

describe("PG-02 SP4N-LAPOR! (link-present)", () => {
  it("linked within 2 clicks is 3; deeper 2; named without link 1", () => {
    expect(run("PG-02", site([home({ links: [["https://www.lapor.go.id/", "", "footer"]] })])).level).toBe(3);
    expect(run("PG-02", withPages(page("/pengaduan", { links: [["https://www.lapor.go.id/", "LAPOR!"]] }))).level).toBe(3);
    expect(run("PG-02", site([home(), page("/a/b/c", { depth: 3, links: [["https://www.lapor.go.id/", "LAPOR!"]] })])).level).toBe(2);
    expect(run("PG-02", withPages(page("/pengaduan", { text: "# Pengaduan\nSampaikan pengaduan melalui SP4N-LAPOR kapan saja." }))).level).toBe(1);
  });
  it("trap: a news headline naming SP4N-LAPOR! is not a mention", () => {
    const h = home({ text: "## Dinsos Ikuti Sosialisasi SP4N-LAPOR! di Pekanbaru\nTeluk Kuantan - Dinas mengikuti sosialisasi.", links: [["/berita/sosialisasi", "Dinsos Ikuti Sosialisasi SP4N-LAPOR! di Pekanbaru", "main"]] });
    expect(run("PG-02", site([h])).level).toBe(0);
  });
  it("absent is 0; a lapor link only in news is not a pass", () => {
    expect(run("PG-02", withPages(page("/x", { text: "# Profil" }))).level).toBe(0);
    expect(run("PG-02", withPages(page("/berita/x", { text: "# Berita", links: [["https://www.lapor.go.id/", "lapor"]] }))).level).toBe(0);
  });
});

describe("PG-03 alur pengaduan (procedure with complaint words)", () => {
  it("steps under 'Alur Pengaduan'; an image needs both 'alur' and 'aduan'", () => {
    expect(run("PG-03", withPages(page("/p", { text: "# Alur Pengaduan\n1. Pelapor menyampaikan aduan\n2. Petugas mencatat\n3. Aduan ditindaklanjuti\n4. Jawaban disampaikan" }))).level).toBe(3);
    const img = (alt: string) => withPages(page("/p", { text: "# Info", images: [{ src: "/i/x.png", alt }] }));
    expect(run("PG-03", img("Alur Pengaduan")).level).toBe(1);
    expect(run("PG-03", img("Alur Pelayanan KTP")).level).toBe(0);
  });
});

describe("PG-04 pengelola pengaduan (P)", () => {
  it("name and phone: scored; label without them: review... or level 1", () => {
    expect(run("PG-04", withPages(page("/p", { text: "# Pengaduan\nPengelola Pengaduan: Budi Santoso, S.Kom (HP 0812-7654-3210)" })), "P").level).toBe(3);
    const r = run("PG-04", withPages(page("/p", { text: "# Pengaduan\nPetugas Pengaduan: bagian umum kantor dinas yang bertugas setiap hari" })), "P");
    expect(r.level === 1 || r.status === "review").toBe(true);
    expect(run("PG-04", withPages(page("/p", { text: "# Profil\nTentang dinas" })), "P").level).toBe(0);
  });
});

describe("PG-05 rekap pengaduan (report-year, P)", () => {
  it("a current recap is scored; an old one is level 1", () => {
    expect(run("PG-05", withPages(page("/rekap", { text: "# Rekap Pengaduan Tahun 2024\nTriwulan I: 12 aduan, selesai 12\nTriwulan II: 8 aduan, selesai 7" })), "P").level).toBe(3);
    expect(run("PG-05", withPages(page("/rekap", { text: "# Rekap Pengaduan Tahun 2019\nTriwulan I: 12 aduan, selesai 12" })), "P").level).toBe(1);
  });
});
