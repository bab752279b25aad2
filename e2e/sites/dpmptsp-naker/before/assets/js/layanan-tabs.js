/* Tab layanan: isi panel baru dimuat ke halaman saat tab diklik. */
(function () {
  var PENGADUAN = '<h3>Pengaduan</h3><p>Pengaduan disampaikan melalui <a href="/halaman/pengaduan">halaman pengaduan</a>, WhatsApp 0852-7100-2200 atau <a href="https://www.lapor.go.id/">SP4N-LAPOR!</a></p>';
  var LAYANAN = {
    nib:
      '<h2>Perizinan Berusaha (NIB/OSS)</h2>' +
      '<h3>Persyaratan</h3><ul><li>KTP-el pemilik usaha (perorangan) atau akta pendirian dan SK Kemenkumham (badan usaha);</li><li>NPWP;</li><li>Alamat email dan nomor HP aktif;</li><li>Data lokasi dan kegiatan usaha (KBLI).</li></ul>' +
      '<h3>Prosedur</h3><ol><li>Pemohon membuat akun di oss.go.id atau dibantu petugas di Mal Pelayanan Publik;</li><li>Pemohon mengisi data usaha dan memilih KBLI;</li><li>Sistem OSS menerbitkan NIB untuk usaha risiko rendah;</li><li>Untuk risiko menengah dan tinggi, petugas memverifikasi pemenuhan persyaratan;</li><li>Perizinan berusaha diterbitkan melalui OSS.</li></ol>' +
      '<h3>Jangka Waktu</h3><p>NIB terbit 1 hari kerja (risiko rendah); verifikasi risiko menengah tinggi paling lama 5 hari kerja.</p>' +
      '<h3>Biaya</h3><p>Tidak dipungut biaya (gratis).</p>' +
      '<h3>Produk Layanan</h3><p>Nomor Induk Berusaha (NIB), Sertifikat Standar dan/atau Izin.</p>' + PENGADUAN,
    pbg:
      '<h2>Persetujuan Bangunan Gedung (PBG)</h2>' +
      '<h3>Persyaratan</h3><ul><li>Data pemohon dan KTP-el;</li><li>Bukti kepemilikan tanah (sertifikat);</li><li>Gambar rencana arsitektur, struktur dan utilitas;</li><li>Dokumen lingkungan sesuai skala bangunan.</li></ul>' +
      '<h3>Prosedur</h3><ol><li>Pemohon mendaftar dan mengunggah dokumen melalui SIMBG;</li><li>Tim Profesi Ahli atau Tim Penilai Teknis memeriksa dokumen;</li><li>Konsultasi perencanaan bersama pemohon;</li><li>Penerbitan Surat Pernyataan Pemenuhan Standar Teknis;</li><li>Pembayaran retribusi PBG;</li><li>PBG diterbitkan melalui SIMBG.</li></ol>' +
      '<h3>Jangka Waktu</h3><p>Paling lama 28 hari kerja sejak dokumen dinyatakan lengkap.</p>' +
      '<h3>Biaya/Tarif</h3><p>Retribusi PBG sesuai Peraturan Daerah Kabupaten Kuantan Singingi tentang Pajak Daerah dan Retribusi Daerah; besaran dihitung oleh SIMBG berdasarkan luas dan fungsi bangunan.</p>' +
      '<h3>Produk Layanan</h3><p>Dokumen Persetujuan Bangunan Gedung (PBG).</p>' + PENGADUAN,
    ak1:
      '<h2>Kartu Pencari Kerja (AK1)</h2>' +
      '<h3>Persyaratan</h3><ul><li>KTP-el Kabupaten Kuantan Singingi;</li><li>Fotokopi ijazah terakhir;</li><li>Pas foto 3x4 sebanyak 2 lembar;</li><li>Akun SIAPkerja.</li></ul>' +
      '<h3>Prosedur</h3><ol><li>Pencari kerja mendaftar akun di SIAPkerja;</li><li>Mengisi data diri dan mengunggah dokumen;</li><li>Datang ke loket ketenagakerjaan untuk verifikasi;</li><li>Kartu AK1 dicetak dan diserahkan.</li></ol>' +
      '<h3>Jangka Waktu</h3><p>30 menit sejak berkas lengkap.</p>' +
      '<h3>Biaya</h3><p>Gratis, tidak dipungut biaya.</p>' +
      '<h3>Produk Layanan</h3><p>Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK1) yang berlaku 2 tahun.</p>' + PENGADUAN
  };
  var panel = document.getElementById("panel-layanan");
  var tabs = document.querySelectorAll(".tabs [role=tab]");
  tabs.forEach(function (tab) {
    tab.addEventListener("click", function () {
      tabs.forEach(function (t) { t.setAttribute("aria-selected", "false"); });
      tab.setAttribute("aria-selected", "true");
      panel.innerHTML = LAYANAN[tab.getAttribute("data-tab")];
    });
  });
})();
