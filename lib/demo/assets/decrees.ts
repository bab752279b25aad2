/**
 * The two service-standard decrees the demo sites publish as PDF: DPMPTSP-Naker's (text layer)
 * and Dinsos-PMD's (a scanned copy before, a text version after). Contents follow what such
 * decrees in Riau regencies contain; names and numbers are invented.
 */
import type { ServiceStandard, StandardDecree } from "./standard-document";

const PENGAWASAN = "Dilakukan oleh atasan langsung secara berjenjang dan oleh Inspektorat Daerah.";
const EVALUASI = "Evaluasi dilakukan setiap 6 (enam) bulan melalui Survei Kepuasan Masyarakat dan rapat evaluasi.";

function managing(over: Partial<ServiceStandard>): Omit<ServiceStandard, "name" | "persyaratan" | "prosedur" | "waktu" | "biaya" | "produk" | "dasarHukum"> {
  return {
    pengaduan: "Melalui meja pengaduan, WhatsApp, email, kotak saran dan SP4N-LAPOR! (www.lapor.go.id).",
    sarana: "Ruang tunggu, loket pelayanan, komputer dan jaringan internet, ramp dan kursi roda, toilet disabilitas.",
    kompetensi: "Pendidikan minimal SMA/sederajat, memahami peraturan terkait, mampu mengoperasikan komputer, ramah dan santun.",
    pengawasan: PENGAWASAN,
    jumlahPelaksana: "4 (empat) orang.",
    jaminan: "Pelayanan diberikan sesuai standar pelayanan dan maklumat pelayanan.",
    keamanan: "Kerahasiaan data pemohon dijamin; ruang pelayanan dilengkapi CCTV dan alat pemadam api ringan.",
    evaluasi: EVALUASI,
    ...over,
  };
}

export function dpmptspDecree(year: number): StandardDecree {
  return {
    opd: "Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja",
    signerTitle: "Kepala Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja Kabupaten Kuantan Singingi",
    signer: "Ir. HENDRA SAPUTRA, M.T.",
    nip: "19710512 199803 1 004",
    nomor: `503/DPMPTSP-NAKER/SK/${year}/07`,
    year,
    address: "Mal Pelayanan Publik, Jl. Jend. Sudirman No. 8, Teluk Kuantan 29511, Telp. (0760) 562200",
    services: [
      {
        name: "Perizinan Berusaha (NIB/OSS)",
        persyaratan: ["KTP-el atau akta pendirian badan usaha", "NPWP", "Email dan nomor HP aktif", "Data lokasi dan KBLI"],
        prosedur: ["Pemohon membuat akun OSS", "Mengisi data usaha", "Sistem menerbitkan NIB", "Verifikasi persyaratan untuk risiko menengah tinggi dan tinggi", "Penerbitan perizinan berusaha"],
        waktu: "1 (satu) hari kerja untuk risiko rendah; paling lama 5 (lima) hari kerja untuk verifikasi.",
        biaya: "Tidak dipungut biaya.",
        produk: "Nomor Induk Berusaha (NIB), Sertifikat Standar dan/atau Izin.",
        dasarHukum: ["Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Perppu Cipta Kerja menjadi Undang-Undang", "Peraturan Pemerintah Nomor 28 Tahun 2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko"],
        ...managing({ jumlahPelaksana: "6 (enam) orang petugas front office dan back office." }),
      },
      {
        name: "Persetujuan Bangunan Gedung (PBG)",
        persyaratan: ["Data pemohon dan KTP-el", "Bukti kepemilikan tanah", "Gambar arsitektur, struktur dan utilitas", "Dokumen lingkungan sesuai skala"],
        prosedur: ["Pendaftaran melalui SIMBG", "Pemeriksaan dokumen oleh Tim Profesi Ahli/Tim Penilai Teknis", "Konsultasi perencanaan", "Penerbitan Surat Pernyataan Pemenuhan Standar Teknis", "Pembayaran retribusi", "Penerbitan PBG"],
        waktu: "Paling lama 28 (dua puluh delapan) hari kerja.",
        biaya: "Retribusi PBG sesuai Peraturan Daerah Kabupaten Kuantan Singingi tentang Pajak Daerah dan Retribusi Daerah.",
        produk: "Persetujuan Bangunan Gedung (PBG).",
        dasarHukum: ["Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan UU Nomor 28 Tahun 2002 tentang Bangunan Gedung"],
        ...managing({ kompetensi: "Tenaga teknis berlatar belakang teknik sipil/arsitektur dan memahami SIMBG." }),
      },
      {
        name: "Kartu Pencari Kerja (AK1)",
        persyaratan: ["KTP-el Kabupaten Kuantan Singingi", "Fotokopi ijazah terakhir", "Pas foto 3x4 dua lembar", "Akun SIAPkerja"],
        prosedur: ["Pendaftaran akun SIAPkerja", "Pengisian data dan unggah dokumen", "Verifikasi di loket", "Pencetakan dan penyerahan kartu AK1"],
        waktu: "30 (tiga puluh) menit.",
        biaya: "Tidak dipungut biaya.",
        produk: "Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK1).",
        dasarHukum: ["Peraturan Menteri Ketenagakerjaan Nomor 39 Tahun 2016 tentang Penempatan Tenaga Kerja"],
        ...managing({ jumlahPelaksana: "2 (dua) orang." }),
      },
    ],
  };
}

export function dinsosDecree(year: number): StandardDecree {
  return {
    opd: "Dinas Sosial, Pemberdayaan Masyarakat dan Desa",
    signerTitle: "Kepala Dinas Sosial, Pemberdayaan Masyarakat dan Desa Kabupaten Kuantan Singingi",
    signer: "Drs. M. YUSRI, M.Si.",
    nip: "19680304 199303 1 006",
    nomor: `400.9/DINSOS-PMD/${year}/015`,
    year,
    address: "Jl. Imam Bonjol No. 5, Sinambek, Teluk Kuantan 29511, Telp. (0760) 561377",
    services: [
      {
        name: "Pendaftaran Data Terpadu Kesejahteraan Sosial (DTKS)",
        persyaratan: ["Fotokopi KTP-el dan Kartu Keluarga", "Surat keterangan tidak mampu dari kepala desa/lurah", "Foto rumah tampak depan"],
        prosedur: ["Pemohon mendaftar melalui operator desa atau loket dinas", "Musyawarah desa/kelurahan", "Verifikasi dan validasi oleh petugas", "Pengusulan melalui SIKS-NG", "Penetapan oleh Kementerian Sosial"],
        waktu: "14 (empat belas) hari kerja sampai data diusulkan.",
        biaya: "Tidak dipungut biaya.",
        produk: "Data pemohon terdaftar dalam usulan DTKS.",
        dasarHukum: ["Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin", "Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial"],
        ...managing({}),
      },
      {
        name: "Rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK)",
        persyaratan: ["Terdaftar dalam DTKS", "Fotokopi KTP-el dan Kartu Keluarga", "Surat keterangan rawat inap (kondisi darurat)"],
        prosedur: ["Pemohon mengajukan berkas ke loket", "Petugas memeriksa status DTKS", "Penerbitan surat rekomendasi", "Pengusulan kepada BPJS Kesehatan"],
        waktu: "1 (satu) hari kerja.",
        biaya: "Tidak dipungut biaya.",
        produk: "Surat rekomendasi PBI-JK.",
        dasarHukum: ["Peraturan Pemerintah Nomor 101 Tahun 2012 tentang Penerima Bantuan Iuran Jaminan Kesehatan"],
        ...managing({ jumlahPelaksana: "3 (tiga) orang." }),
      },
      {
        name: "Rehabilitasi Sosial",
        persyaratan: ["Surat permohonan keluarga atau laporan masyarakat", "Fotokopi KTP-el/KK (bila ada)", "Surat keterangan dari kepala desa/lurah"],
        prosedur: ["Penerimaan laporan", "Asesmen oleh pekerja sosial", "Penyusunan rencana intervensi", "Rujukan ke sentra/panti", "Monitoring dan terminasi"],
        waktu: "Asesmen paling lama 3 (tiga) hari kerja sejak laporan diterima.",
        biaya: "Tidak dipungut biaya.",
        produk: "Layanan rehabilitasi sosial dan surat rujukan.",
        dasarHukum: ["Undang-Undang Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial", "Peraturan Menteri Sosial Nomor 7 Tahun 2022 tentang Asistensi Rehabilitasi Sosial"],
        ...managing({ kompetensi: "Pekerja sosial profesional dan tenaga kesejahteraan sosial kecamatan." }),
      },
    ],
  };
}
