/* Isi halaman situs Dinas Perhubungan Kabupaten Kuantan Singingi. */
window.DISHUB = {
  nav: [
    { href: "/", text: "Beranda" },
    { href: "/profil", text: "Profil", children: [
      { href: "/profil", text: "Visi dan Misi" },
      { href: "/profil/tugas-fungsi", text: "Tugas dan Fungsi" },
      { href: "/profil/struktur-organisasi", text: "Struktur Organisasi" }
    ] },
    { href: "/layanan", text: "Layanan", children: [
      { href: "/layanan/uji-kir", text: "Pengujian Kendaraan Bermotor (Uji KIR)" },
      { href: "/layanan/izin-trayek", text: "Izin Trayek" },
      { href: "/layanan/jadwal-uji-keliling", text: "Jadwal Uji Keliling" }
    ] },
    { href: "/berita", text: "Berita" },
    { href: "/pengaduan", text: "Pengaduan" },
    { href: "/ppid", text: "PPID" },
    { href: "/kontak", text: "Kontak" }
  ],
  footer: `<p><b>Dinas Perhubungan Kabupaten Kuantan Singingi</b><br>Jl. Lintas Teluk Kuantan - Pekanbaru Km. 3, Koto Taluk, Teluk Kuantan, Riau 29511<br>
Telepon (0760) 561512 &middot; Email <a href="mailto:dishub@kuansing.go.id">dishub@kuansing.go.id</a></p>
<p><a href="https://www.instagram.com/dishub.kuansing/">Instagram</a> &middot; <a href="https://www.facebook.com/dishubkuansing">Facebook</a> &middot; <a href="https://www.tiktok.com/@dishubkuansing">TikTok</a></p>
<p>&copy; {{tahun}} Dishub Kuantan Singingi</p>`,
  notFound: { title: "Halaman tidak ditemukan", html: `<h1>Halaman tidak ditemukan</h1><p>Maaf, halaman yang Anda cari tidak tersedia. <a href="/">Kembali ke beranda</a>.</p>` },
  pages: {
    "/": { title: "Beranda", html: `<h1>Dinas Perhubungan Kabupaten Kuantan Singingi</h1>
<p>Mewujudkan transportasi yang aman, tertib, lancar dan terjangkau di Kabupaten Kuantan Singingi.</p>
<h2>Layanan Unggulan</h2>
<ul><li><a href="/layanan/uji-kir">Pengujian Kendaraan Bermotor (Uji KIR)</a></li><li><a href="/layanan/izin-trayek">Izin Trayek Angkutan Umum</a></li><li><a href="/layanan/jadwal-uji-keliling">Jadwal Uji Keliling</a></li></ul>
<h2>Berita Terbaru</h2>
<ul><li><a href="/berita/uji-kir-keliling-singingi">Uji KIR Keliling di Kecamatan Singingi</a> - <time datetime="{{iso:-8}}">{{tanggal:-8}}</time></li>
<li><a href="/berita/pengaturan-lalu-lintas-pasar-teluk-kuantan">Penataan Lalu Lintas di Kawasan Pasar Teluk Kuantan</a> - <time datetime="{{iso:-31}}">{{tanggal:-31}}</time></li>
<li><a href="/berita/pemasangan-rambu-jalan-desa">Pemasangan Rambu dan Marka di Jalan Lintas Kuansing</a> - <time datetime="{{iso:-57}}">{{tanggal:-57}}</time></li></ul>` },
    "/profil": { title: "Visi dan Misi", html: `<h1>Visi dan Misi</h1><h2>Visi</h2><p>Terwujudnya pelayanan transportasi yang aman, selamat, tertib dan terpadu.</p>
<h2>Misi</h2><ol><li>Meningkatkan keselamatan lalu lintas dan angkutan jalan;</li><li>Meningkatkan kualitas pengujian kendaraan bermotor;</li><li>Meningkatkan pelayanan angkutan umum dan perizinan.</li></ol>
<h2>Motto</h2><p>"Selamat, Tertib, Melayani."</p>` },
    "/profil/tugas-fungsi": { title: "Tugas dan Fungsi", html: `<h1>Tugas dan Fungsi</h1><p>Dinas Perhubungan melaksanakan urusan pemerintahan bidang perhubungan meliputi lalu lintas dan angkutan jalan, pengujian kendaraan bermotor, perparkiran dan angkutan sungai, danau dan penyeberangan.</p>` },
    "/profil/struktur-organisasi": { title: "Struktur Organisasi", html: `<h1>Struktur Organisasi</h1><ul><li>Kepala Dinas</li><li>Sekretariat</li><li>Bidang Lalu Lintas dan Angkutan Jalan</li><li>Bidang Sarana dan Prasarana</li><li>UPT Pengujian Kendaraan Bermotor</li></ul>` },
    "/layanan": { title: "Layanan", html: `<h1>Jenis Layanan</h1><ol><li><a href="/layanan/uji-kir">Pengujian Kendaraan Bermotor (Uji KIR)</a></li><li><a href="/layanan/izin-trayek">Izin Trayek Angkutan Perdesaan</a></li><li>Rekomendasi Analisis Dampak Lalu Lintas (Andalalin)</li><li>Izin Penyelenggaraan Parkir</li></ol>` },
    "/layanan/uji-kir": { title: "Uji KIR", html: `<h1>Pengujian Kendaraan Bermotor (Uji KIR)</h1>
<p>Pengujian berkala wajib bagi mobil barang, mobil bus, kendaraan khusus dan kereta gandengan setiap 6 bulan.</p>
<h2>Persyaratan</h2><ul><li>Fotokopi STNK yang masih berlaku;</li><li>Fotokopi KTP-el pemilik;</li><li>Buku uji (kartu uji) lama untuk uji berkala;</li><li>Surat kuasa bila diwakilkan.</li></ul>
<h2>Prosedur</h2><ol><li>Pendaftaran dan pembayaran retribusi di loket;</li><li>Pemeriksaan administrasi;</li><li>Pengujian fisik kendaraan di jalur uji (rem, lampu, emisi, kincup roda);</li><li>Penerbitan kartu uji elektronik (BLUe) dan tanda uji;</li><li>Penyerahan hasil uji kepada pemohon.</li></ol>
<h2>Waktu Penyelesaian</h2><p>60 menit per kendaraan apabila persyaratan lengkap.</p>
<h2>Biaya</h2><p>Retribusi pengujian kendaraan bermotor sesuai Peraturan Daerah Kabupaten Kuantan Singingi: mobil barang Rp 75.000; mobil bus Rp 85.000; kereta gandengan Rp 90.000.</p>
<h2>Produk</h2><p>Kartu uji elektronik (Bukti Lulus Uji Elektronik/BLUe) dan tanda lulus uji.</p>` },
    "/layanan/izin-trayek": { title: "Izin Trayek", html: `<h1>Izin Trayek Angkutan Perdesaan</h1>
<h2>Persyaratan</h2><ul><li>Surat permohonan;</li><li>Fotokopi STNK dan buku uji yang masih berlaku;</li><li>Fotokopi KTP-el pemohon;</li><li>Surat keterangan domisili usaha.</li></ul>
<h2>Prosedur</h2><ol><li>Pemohon menyerahkan berkas ke Bidang Lalu Lintas dan Angkutan Jalan;</li><li>Petugas memeriksa kelengkapan dan melakukan survei trayek;</li><li>Kepala Dinas menerbitkan izin trayek.</li></ol>
<p>Jangka waktu penyelesaian 7 hari kerja.</p>` },
    "/layanan/jadwal-uji-keliling": { title: "Jadwal Uji Keliling", html: `<h1>Jadwal Uji Keliling</h1><table><tr><th>Tanggal</th><th>Lokasi</th></tr>
<tr><td>{{tanggal:+6}}</td><td>Kantor Camat Singingi Hilir</td></tr><tr><td>{{tanggal:+13}}</td><td>Lapangan Bola Baserah, Kuantan Hilir</td></tr><tr><td>{{tanggal:+20}}</td><td>Pasar Lubuk Jambi, Kuantan Mudik</td></tr></table>` },
    "/berita": { title: "Berita", html: `<h1>Berita</h1><ul>
<li><a href="/berita/uji-kir-keliling-singingi">Uji KIR Keliling di Kecamatan Singingi</a> - <time datetime="{{iso:-8}}">{{tanggal:-8}}</time></li>
<li><a href="/berita/pengaturan-lalu-lintas-pasar-teluk-kuantan">Penataan Lalu Lintas di Kawasan Pasar Teluk Kuantan</a> - <time datetime="{{iso:-31}}">{{tanggal:-31}}</time></li>
<li><a href="/berita/pemasangan-rambu-jalan-desa">Pemasangan Rambu dan Marka di Jalan Lintas Kuansing</a> - <time datetime="{{iso:-57}}">{{tanggal:-57}}</time></li>
<li><a href="/berita/ramp-check-angkutan-lebaran">Ramp Check Angkutan Umum Menjelang Libur Panjang</a> - <time datetime="{{iso:-88}}">{{tanggal:-88}}</time></li></ul>` },
    "/berita/uji-kir-keliling-singingi": { title: "Uji KIR Keliling di Kecamatan Singingi", html: `<article><h1>Uji KIR Keliling di Kecamatan Singingi</h1><p><time datetime="{{iso:-8}}">{{tanggal:-8}}</time></p><p>UPT Pengujian Kendaraan Bermotor melaksanakan uji KIR keliling di Kecamatan Singingi. Sebanyak 96 kendaraan angkutan barang dan sawit diuji dalam satu hari.</p></article>` },
    "/berita/pengaturan-lalu-lintas-pasar-teluk-kuantan": { title: "Penataan Lalu Lintas di Kawasan Pasar Teluk Kuantan", html: `<article><h1>Penataan Lalu Lintas di Kawasan Pasar Teluk Kuantan</h1><p><time datetime="{{iso:-31}}">{{tanggal:-31}}</time></p><p>Dishub bersama Satlantas Polres Kuantan Singingi menata parkir dan arus kendaraan di kawasan Pasar Rakyat Teluk Kuantan pada hari pasar.</p></article>` },
    "/berita/pemasangan-rambu-jalan-desa": { title: "Pemasangan Rambu dan Marka di Jalan Lintas Kuansing", html: `<article><h1>Pemasangan Rambu dan Marka di Jalan Lintas Kuansing</h1><p><time datetime="{{iso:-57}}">{{tanggal:-57}}</time></p><p>Sebanyak 140 rambu lalu lintas baru dipasang di ruas jalan rawan kecelakaan.</p></article>` },
    "/berita/ramp-check-angkutan-lebaran": { title: "Ramp Check Angkutan Umum", html: `<article><h1>Ramp Check Angkutan Umum Menjelang Libur Panjang</h1><p><time datetime="{{iso:-88}}">{{tanggal:-88}}</time></p><p>Pemeriksaan kelaikan bus dan travel dilakukan di Terminal Teluk Kuantan.</p></article>` },
    "/pengaduan": { title: "Pengaduan", html: `<h1>Pengaduan</h1><p>Keluhan terkait pelayanan pengujian kendaraan dan angkutan umum dapat disampaikan ke telepon (0760) 561512 pada jam kerja.</p>` },
    "/ppid": { title: "PPID", html: `<h1>PPID</h1><p>Informasi publik Dinas Perhubungan dilayani oleh PPID Pelaksana. Silakan ajukan permohonan informasi melalui <a href="https://ppid.kuansing.go.id/">PPID Kabupaten Kuantan Singingi</a>.</p>` },
    "/kontak": { title: "Kontak", html: `<h1>Kontak</h1><p>Jl. Lintas Teluk Kuantan - Pekanbaru Km. 3, Koto Taluk, Teluk Kuantan, Riau 29511</p><p>Telepon (0760) 561512<br>Email <a href="mailto:dishub@kuansing.go.id">dishub@kuansing.go.id</a></p><p>Jam pelayanan uji KIR: Senin - Jumat pukul 08.00 - 14.00 WIB.</p>` }
  }
};
