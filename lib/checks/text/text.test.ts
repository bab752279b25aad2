import { describe, expect, it } from "vitest";
import { isPlanLabel, isPlanMention } from "./mention";
import { clip, hasKeyword, matchKeyword, sentences, stripNumbering, urlWords, yearsIn } from "./normalize";
import { listItems, procedureSteps } from "./lists";
import { DURATION_RE, FEE_RE, findPhones, indexValues, PERSON_RE, TIME_RE } from "./patterns";
import { judgeShell } from "./shell";

describe("keyword matching", () => {
  it("is case-insensitive and treats pelayanan and layanan as one word", () => {
    expect(hasKeyword("MAKLUMAT LAYANAN Dinas", ["maklumat pelayanan"])).toBe(true);
    expect(hasKeyword("Maklumat Pelayanan", ["maklumat layanan"])).toBe(true);
  });
  it("respects word boundaries", () => {
    expect(hasKeyword("Kerupuk", ["rup"])).toBe(false);
    expect(hasKeyword("Rencana Umum Pengadaan (RUP) 2025", ["rup"])).toBe(true);
    expect(hasKeyword("misinya", ["misi"])).toBe(false);
  });
  it("matches across punctuation, URL separators and line breaks", () => {
    expect(hasKeyword("SP4N-LAPOR!", ["sp4n lapor"])).toBe(true);
    expect(hasKeyword(urlWords("https://x.go.id/profil/maklumat-pelayanan/"), ["maklumat pelayanan"])).toBe(true);
    expect(hasKeyword("Maklumat\nPelayanan", ["maklumat pelayanan"])).toBe(true);
  });
  it("reports the earliest match", () => {
    expect(matchKeyword("visi dan misi", ["misi", "visi"])?.keyword).toBe("visi");
  });
});

describe("sentences and clipping", () => {
  it("does not split after Jl. or inside times", () => {
    const s = sentences("Kantor di Jl. Proklamasi No. 1 Teluk Kuantan. Buka 08.00 WIB.\nSenin");
    expect(s.map((x) => x.text)).toEqual(["Kantor di Jl. Proklamasi No. 1 Teluk Kuantan.", "Buka 08.00 WIB.", "Senin"]);
  });
  it("clips to the limit", () => {
    expect(clip("a ".repeat(400)).length).toBeLessThanOrEqual(300);
  });
  it("strips numbering", () => {
    expect(stripNumbering("3. Persyaratan")).toBe("Persyaratan");
    expect(stripNumbering("b) Biaya")).toBe("Biaya");
    expect(stripNumbering("- Produk")).toBe("Produk");
  });
  it("finds years", () => {
    expect(yearsIn("LKjIP Tahun 2024 dan Renstra 2021-2026")).toEqual([2024, 2021, 2026]);
  });
});

describe("empty shells", () => {
  it.each([
    "Maklumat belum diisi!",
    "Halaman sedang dalam pengembangan",
    "Coming soon",
    "Under construction",
    "404 - Halaman tidak ditemukan",
    "Maaf, data belum tersedia.",
    "Konten akan segera diperbarui.",
    "",
  ])("%j is a shell", (body) => {
    expect(judgeShell(body, 5).shell).toBe(true);
  });
  it("a page with real content and one 'coming soon' note is not a shell", () => {
    const body = `${"Kami berkomitmen memberikan pelayanan yang cepat, tepat, dan transparan kepada masyarakat. ".repeat(4)}\nFitur unduhan coming soon.`;
    expect(judgeShell(body, 5).shell).toBe(false);
  });
  it("too few words is a shell", () => {
    expect(judgeShell("Visi", 3).shell).toBe(true);
    expect(judgeShell("Terwujudnya pelayanan prima", 3).shell).toBe(false);
  });
});

describe("passing mentions", () => {
  it.each([
    ["OPD diminta segera menyusun maklumat pelayanan", "maklumat"],
    ["SKM akan dilaksanakan tahun depan", "SKM"],
    ["Dinas direncanakan menerbitkan standar pelayanan", "standar"],
    ["Kami belum memiliki maklumat pelayanan", "maklumat"],
  ])("%j is a plan mention", (s, kw) => {
    expect(isPlanMention(s, s.indexOf(kw), kw.length)).toBe(true);
  });
  it("a statement of fact is not", () => {
    const s = "Maklumat pelayanan ini ditandatangani oleh Kepala Dinas pada 2 Januari 2024";
    expect(isPlanMention(s, 0, 8)).toBe(false);
    expect(isPlanLabel("Rencana Kerja 2025")).toBe(false);
    expect(isPlanLabel("Bupati Minta OPD Segera Susun Maklumat")).toBe(true);
  });
});

describe("lists and steps", () => {
  it("reads numbered, bulleted, tabbed and inline lists", () => {
    expect(listItems("1. Fotokopi KTP\n2. Fotokopi KK")).toHaveLength(2);
    expect(listItems("- KTP\n- KK\n- Akta")).toHaveLength(3);
    expect(listItems("KTP\tAsli\nKK\tFotokopi")).toHaveLength(2);
    expect(listItems("Fotokopi KTP, fotokopi KK dan surat pengantar RT")).toHaveLength(3);
    expect(listItems("1. KTP 2. KK 3. Pas foto")).toHaveLength(3);
  });
  it("reads arrow chains as steps", () => {
    expect(procedureSteps("Daftar → Verifikasi → Cetak → Serahkan")).toHaveLength(4);
  });
  it("a long paragraph is not a list", () => {
    expect(listItems(`${"kata ".repeat(80)}.`)).toHaveLength(0);
  });
});

describe("value patterns", () => {
  it("durations", () => {
    for (const s of ["3 hari kerja", "1 (satu) hari kerja", "60 menit", "1x24 jam", "tujuh hari", "selesai di hari yang sama"]) expect(DURATION_RE.test(s)).toBe(true);
    expect(DURATION_RE.test("Senin sampai Kamis")).toBe(false);
  });
  it("fees", () => {
    for (const s of ["Rp 50.000", "Rp. 0", "Gratis", "tidak dipungut biaya", "sesuai Perbup Nomor 5"]) expect(FEE_RE.test(s)).toBe(true);
    expect(FEE_RE.test("biaya perjalanan dinas")).toBe(false);
  });
  it("times", () => {
    expect(TIME_RE.test("08.00 - 16.00")).toBe(true);
    expect(TIME_RE.test("Nomor 12")).toBe(false);
  });
  it("phones need a prefix or a label", () => {
    expect(findPhones("Telp. (0760) 561234")).toHaveLength(1);
    expect(findPhones("WA 0812-7654-3210")).toHaveLength(1);
    expect(findPhones("+62 812 7654 3210")).toHaveLength(1);
    expect(findPhones("NIP 1978051220050110")).toHaveLength(0);
  });
  it("index values in range", () => {
    expect(indexValues("IKM 85,23 dan 2024 dan 12,5").map((v) => v.value)).toEqual([85.23]);
  });
  it("person names", () => {
    expect(PERSON_RE.test("Budi Santoso, S.Kom")).toBe(true);
    expect(PERSON_RE.test("petugas loket")).toBe(false);
  });
});
