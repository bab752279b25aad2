/** Binary files (posters, photos, PDFs) of blind group B, rendered by lib/accuracy/make-assets.ts. */
import type { Asset } from "../make-assets";

export const ASSETS_B: Asset[] = [
  // capil-vue
  { src: "capil-vue-lkjip.html", out: "capil-vue/dokumen/lkjip-disdukcapil.pdf", kind: "pdf" },
  // puskesmas-wp
  { src: "puskesmas-wp-maklumat-foto.html", out: "puskesmas-wp/wp-content/uploads/2024/06/IMG-20240611-WA0007.jpg", kind: "jpeg", width: 900, height: 1200, quality: 70 },
  { src: "puskesmas-wp-gedung.html", out: "puskesmas-wp/wp-content/uploads/2023/02/gedung-puskesmas-benai.jpg", kind: "jpeg", width: 1000, height: 520 },
  { src: "puskesmas-wp-kapus.html", out: "puskesmas-wp/wp-content/uploads/2023/02/kepala-puskesmas.jpg", kind: "jpeg", width: 160, height: 200 },
  // dpmptsp-lengkap
  { src: "dpmptsp-lengkap-sk-standar.html", out: "dpmptsp-lengkap/dokumen/sk-standar-pelayanan-dpmptsp.pdf", kind: "pdf" },
  { src: "dpmptsp-lengkap-lkjip.html", out: "dpmptsp-lengkap/dokumen/lkjip-dpmptsp.pdf", kind: "pdf" },
  { src: "dpmptsp-lengkap-renja.html", out: "dpmptsp-lengkap/dokumen/renja-dpmptsp.pdf", kind: "pdf" },
  { src: "dpmptsp-lengkap-struktur.html", out: "dpmptsp-lengkap/assets/img/struktur-organisasi-dpmptsp.png", kind: "png", width: 1000, height: 620 },
  // disdik-kosong
  { src: "disdik-kosong-uu-kip.html", out: "disdik-kosong/files/uu-14-2008-kip.pdf", kind: "pdf" },
  { src: "disdik-kosong-lakip-2019.html", out: "disdik-kosong/files/lakip-2019.pdf", kind: "pdf", scanned: true },
  // dishub-poster
  { src: "dishub-poster-kir.html", out: "dishub-poster/uploads/IMG-20250302-WA0011.jpg", kind: "jpeg", width: 900, height: 1120, quality: 72 },
  { src: "dishub-poster-trayek.html", out: "dishub-poster/uploads/IMG-20250302-WA0012.jpg", kind: "jpeg", width: 900, height: 1120, quality: 72 },
  { src: "dishub-poster-thumb-kir.html", out: "dishub-poster/uploads/IMG-20250302-WA0011-150x150.jpg", kind: "jpeg", width: 150, height: 150 },
  { src: "dishub-poster-thumb-trayek.html", out: "dishub-poster/uploads/IMG-20250302-WA0012-150x150.jpg", kind: "jpeg", width: 150, height: 150 },
  { src: "dishub-poster-alur-pengaduan.html", out: "dishub-poster/uploads/alur-pengaduan.jpg", kind: "jpeg", width: 800, height: 1100, quality: 75 },
  { src: "dishub-poster-hero.html", out: "dishub-poster/assets/img/hero-maklumat.jpg", kind: "jpeg", width: 1400, height: 420, quality: 78 },
  { src: "dishub-poster-slide-1.html", out: "dishub-poster/assets/img/slider/slide-1.jpg", kind: "jpeg", width: 1100, height: 400, quality: 75 },
  { src: "dishub-poster-slide-2.html", out: "dishub-poster/assets/img/slider/slide-2.jpg", kind: "jpeg", width: 1100, height: 400, quality: 75 },
  { src: "dishub-poster-slide-3.html", out: "dishub-poster/assets/img/slider/slide-3.jpg", kind: "jpeg", width: 1100, height: 400, quality: 75 },
  // a WebP file with a .png name, as a CMS plug-in leaves it
  { src: "dishub-poster-slide-4.html", out: "dishub-poster/assets/img/slider/slide-4.png", kind: "webp", width: 1100, height: 400 },
  { src: "dishub-poster-foto-uji-kir.html", out: "dishub-poster/uploads/galeri/foto-uji-kir.jpg", kind: "jpeg", width: 800, height: 500 },
  { src: "dishub-poster-foto-terminal.html", out: "dishub-poster/uploads/galeri/sarana-prasarana-terminal.jpg", kind: "jpeg", width: 800, height: 500 },
  { src: "dishub-poster-foto-rapat.html", out: "dishub-poster/uploads/galeri/rapat-koordinasi.jpg", kind: "jpeg", width: 800, height: 500 },
];
