/**
 * The nine priority OPD of Kabupaten Kuantan Singingi (2018 coordination meeting), with the
 * services each typically publishes. Website URLs are the production pattern; the demo points
 * them at the bundled local sites instead.
 */
export type OpdSeed = {
  slug: string;
  name: string;
  shortName: string;
  websiteUrl: string;
  services: string[];
};

export const OFFICIAL_DOMAIN = "kuansing.go.id";
export const REGENCY_NAME = "Kabupaten Kuantan Singingi";

export const OPD_SEED: OpdSeed[] = [
  {
    slug: "dpmptsp-naker",
    name: "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja",
    shortName: "DPMPTSP-Naker",
    websiteUrl: "https://dpmptsp.kuansing.go.id/",
    services: ["Perizinan Berusaha (NIB/OSS)", "Persetujuan Bangunan Gedung (PBG)", "Kartu Pencari Kerja (AK1)"],
  },
  {
    slug: "disdukcapil",
    name: "Dinas Kependudukan dan Pencatatan Sipil",
    shortName: "Disdukcapil",
    websiteUrl: "https://disdukcapil.kuansing.go.id/",
    services: ["KTP-el", "Kartu Keluarga", "Kartu Identitas Anak", "Akta Kelahiran", "Akta Kematian", "Pindah Datang"],
  },
  {
    slug: "disdikpora",
    name: "Dinas Pendidikan, Kepemudaan dan Olahraga",
    shortName: "Disdikpora",
    websiteUrl: "https://disdikpora.kuansing.go.id/",
    services: ["SPMB/PPDB", "Legalisir Ijazah", "Izin Operasional Satuan Pendidikan"],
  },
  {
    slug: "dinsos-pmd",
    name: "Dinas Sosial, Pemberdayaan Masyarakat dan Desa",
    shortName: "Dinsos-PMD",
    websiteUrl: "https://dinsos.kuansing.go.id/",
    services: ["Pendaftaran DTKS", "Rekomendasi PBI-JK", "Rehabilitasi Sosial"],
  },
  {
    slug: "dishub",
    name: "Dinas Perhubungan",
    shortName: "Dishub",
    websiteUrl: "https://dishub.kuansing.go.id/",
    services: ["Uji KIR", "Izin Trayek"],
  },
  {
    slug: "dinkes",
    name: "Dinas Kesehatan",
    shortName: "Dinkes",
    websiteUrl: "https://dinkes.kuansing.go.id/",
    services: ["Surat Izin Praktik (SIP)", "Izin Fasyankes", "PSC 119"],
  },
  {
    slug: "bapenda",
    name: "Badan Pendapatan Daerah",
    shortName: "Bapenda",
    websiteUrl: "https://bapenda.kuansing.go.id/",
    services: ["PBB-P2", "BPHTB", "Pajak Daerah"],
  },
  {
    slug: "rsud-teluk-kuantan",
    name: "Rumah Sakit Umum Daerah Teluk Kuantan",
    shortName: "RSUD Teluk Kuantan",
    websiteUrl: "https://rsud.kuansing.go.id/",
    services: ["Pendaftaran Pasien", "Jadwal Dokter", "IGD 24 Jam"],
  },
  {
    slug: "diskop-ukm-perindag",
    name: "Dinas Koperasi, Usaha Kecil Menengah dan Perindustrian Perdagangan",
    shortName: "Diskop-UKM-Perindag",
    websiteUrl: "https://diskopukm.kuansing.go.id/",
    services: ["Izin Koperasi", "Tera/Tera Ulang", "Informasi Harga Bahan Pokok"],
  },
];
