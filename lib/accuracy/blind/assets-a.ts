/** Binary files (posters, photos, PDFs) of blind group A, rendered by lib/accuracy/make-assets.ts. */
import type { Asset } from "../make-assets";

export const ASSETS_A: Asset[] = [
  // pupr-wp
  { src: "pupr-wp-struktur.html", out: "pupr-wp/wp-content/uploads/struktur-organisasi-pupr.png", kind: "png", width: 1000, height: 640 },
  { src: "pupr-wp-foto.html", out: "pupr-wp/wp-content/uploads/foto/kegiatan-lapangan.jpg", kind: "jpeg", width: 800, height: 450 },
  { src: "pupr-wp-lkjip-2022.html", out: "pupr-wp/wp-content/uploads/dokumen/lkjip-dinas-pupr-2022.pdf", kind: "pdf" },
  { src: "pupr-wp-renja-2023.html", out: "pupr-wp/wp-content/uploads/dokumen/renja-dinas-pupr-2023.pdf", kind: "pdf" },
  // kecamatan-tabel
  { src: "kecamatan-tabel-kantor.html", out: "kecamatan-tabel/images/kantor_camat.jpg", kind: "jpeg", width: 540, height: 300 },
  // dinkes-spa
  { src: "dinkes-spa-banner-01.html", out: "dinkes-spa/uploads/banner-01.jpg", kind: "jpeg", width: 1200, height: 480, quality: 80 },
  { src: "dinkes-spa-banner-02.html", out: "dinkes-spa/uploads/banner-02.jpg", kind: "jpeg", width: 1200, height: 480, quality: 80 },
  { src: "dinkes-spa-banner-03.html", out: "dinkes-spa/uploads/banner-03.jpg", kind: "jpeg", width: 1200, height: 480, quality: 80 },
  { src: "dinkes-spa-banner-04.html", out: "dinkes-spa/uploads/banner-04.jpg", kind: "jpeg", width: 1200, height: 480, quality: 80 },
  { src: "dinkes-spa-spgdt.html", out: "dinkes-spa/uploads/spgdt.jpeg", kind: "jpeg", width: 800, height: 1250, quality: 80 },
  { src: "dinkes-spa-psc119.html", out: "dinkes-spa/uploads/psc119.jpeg", kind: "jpeg", width: 800, height: 800, quality: 80 },
  // A WebP file with a .png name, as phone uploads often are.
  { src: "dinkes-spa-sip.html", out: "dinkes-spa/uploads/IMG-20250611-WA0007.png", kind: "webp", width: 800, height: 1250 },
  { src: "dinkes-spa-fasyankes.html", out: "dinkes-spa/uploads/IMG-20250611-WA0012.jpg", kind: "jpeg", width: 800, height: 1250, quality: 80 },
  { src: "dinkes-spa-struktur.html", out: "dinkes-spa/uploads/struktur-dinkes.png", kind: "png", width: 1000, height: 560 },
  { src: "dinkes-spa-foto.html", out: "dinkes-spa/uploads/kadis.jpg", kind: "jpeg", width: 240, height: 300 },
  { src: "dinkes-spa-foto.html", out: "dinkes-spa/uploads/sekretaris.jpg", kind: "jpeg", width: 240, height: 300 },
  { src: "dinkes-spa-kepkadis-sp.html", out: "dinkes-spa/dokumen/kepkadis-standar-pelayanan.pdf", kind: "pdf" },
  { src: "dinkes-spa-renstra.html", out: "dinkes-spa/dokumen/renstra-dinkes.pdf", kind: "pdf" },
  { src: "dinkes-spa-renja.html", out: "dinkes-spa/dokumen/renja-dinkes.pdf", kind: "pdf" },
  { src: "dinkes-spa-lkjip.html", out: "dinkes-spa/dokumen/lkjip-dinkes.pdf", kind: "pdf" },
  { src: "dinkes-spa-lra.html", out: "dinkes-spa/dokumen/lra-dinkes.pdf", kind: "pdf" },
  // rsud-dokumen
  { src: "rsud-dokumen-kepdir-sp.html", out: "rsud-dokumen/dokumen/kepdir-standar-pelayanan.pdf", kind: "pdf" },
  { src: "rsud-dokumen-tarif.html", out: "rsud-dokumen/dokumen/tarif-layanan-perbup.pdf", kind: "pdf", scanned: true },
  { src: "rsud-dokumen-renstra.html", out: "rsud-dokumen/dokumen/renstra-rsud-2019-2023.pdf", kind: "pdf" },
  { src: "rsud-dokumen-alur.html", out: "rsud-dokumen/img/alur-pendaftaran-pasien.jpg", kind: "jpeg", width: 800, height: 1100, quality: 80 },
  { src: "rsud-dokumen-alur-thumb.html", out: "rsud-dokumen/img/thumb/alur-pendaftaran-pasien.jpg", kind: "jpeg", width: 200, height: 275 },
  { src: "rsud-dokumen-jam-poli.html", out: "rsud-dokumen/img/poster-jam-poliklinik.jpg", kind: "jpeg", width: 900, height: 500, quality: 80 },
  { src: "rsud-dokumen-struktur.html", out: "rsud-dokumen/img/struktur-organisasi-rsud.png", kind: "png", width: 1000, height: 625 },
  { src: "rsud-dokumen-struktur-thumb.html", out: "rsud-dokumen/img/thumb/struktur-organisasi-rsud.png", kind: "png", width: 200, height: 125 },
  { src: "rsud-dokumen-gedung.html", out: "rsud-dokumen/img/gedung-rsud.jpg", kind: "jpeg", width: 640, height: 400 },
  { src: "rsud-dokumen-gedung-thumb.html", out: "rsud-dokumen/img/thumb/gedung-rsud.jpg", kind: "jpeg", width: 200, height: 125 },
  // bappeda-arsip
  { src: "bappeda-arsip-uu14.html", out: "bappeda-arsip/unduhan/uu-14-2008-kip.pdf", kind: "pdf" },
  { src: "bappeda-arsip-perbup.html", out: "bappeda-arsip/unduhan/perbup-sotk-bappeda.pdf", kind: "pdf" },
  { src: "bappeda-arsip-sp-ppid.html", out: "bappeda-arsip/unduhan/standar-pelayanan-permohonan-informasi.pdf", kind: "pdf" },
  { src: "bappeda-arsip-renstra.html", out: "bappeda-arsip/unduhan/renstra-bappeda.pdf", kind: "pdf" },
  { src: "bappeda-arsip-renja.html", out: "bappeda-arsip/unduhan/renja-bappeda.pdf", kind: "pdf" },
  { src: "bappeda-arsip-lkjip.html", out: "bappeda-arsip/unduhan/lkjip-bappeda.pdf", kind: "pdf" },
  { src: "bappeda-arsip-pk.html", out: "bappeda-arsip/unduhan/perjanjian-kinerja-bappeda.pdf", kind: "pdf" },
  { src: "bappeda-arsip-rkpd.html", out: "bappeda-arsip/unduhan/rkpd-kabupaten.pdf", kind: "pdf" },
  { src: "bappeda-arsip-rapat.html", out: "bappeda-arsip/assets/img/rapat.jpg", kind: "jpeg", width: 720, height: 400 },
];
