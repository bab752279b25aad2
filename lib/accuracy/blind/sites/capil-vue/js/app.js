/* Disdukcapil Kuansing - aplikasi satu halaman (gaya Vue, tanpa build).
   Semua tampilan dirender dari objek state; data layanan dan berita diambil dari /data/*.json. */
(function () {
  "use strict";

  var state = {
    route: "/",
    layanan: null,
    berita: [],
    open: {},          // layanan yang sedang dibuka ("Selengkapnya")
    tab: "visi",       // tab komitmen di beranda
    skmTerkirim: false,
    menu: [
      ["/", "Beranda"], ["/profil", "Profil"], ["/layanan", "Layanan"], ["/pengaduan", "Pengaduan"],
      ["/skm", "SKM"], ["/ppid", "PPID"], ["/berita", "Berita"]
    ]
  };

  function h(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
  function ul(a) { return "<ul>" + a.map(function (x) { return "<li>" + h(x) + "</li>"; }).join("") + "</ul>"; }
  function ol(a) { return "<ol>" + a.map(function (x) { return "<li>" + h(x) + "</li>"; }).join("") + "</ol>"; }

  var komitmen = {
    visi: '<h3>Visi</h3><p>"Terwujudnya Tertib Administrasi Kependudukan yang Akurat dan Terpercaya menuju Kuantan Singingi Unggul, Religius dan Berbudaya"</p>' +
      "<h3>Misi</h3><ol><li>Meningkatkan kualitas pelayanan pendaftaran penduduk dan pencatatan sipil yang cepat, mudah dan tanpa biaya.</li>" +
      "<li>Meningkatkan cakupan kepemilikan dokumen kependudukan.</li><li>Memanfaatkan data kependudukan untuk perencanaan pembangunan daerah.</li></ol>",
    motto: '<h3>Motto Pelayanan</h3><p style="font-size:22px"><b>"TUNTAS"</b> &mdash; Tulus, Uji teliti, Nyaman, Tepat waktu, Amanah, Senyum.</p>' +
      "<p>Setiap petugas melayani dengan tulus, memeriksa berkas dengan teliti, menjaga ruang layanan tetap nyaman, menyelesaikan dokumen tepat waktu, amanah menjaga data pribadi, dan menyambut warga dengan senyum.</p>",
    maklumat: "<h3>Maklumat Pelayanan</h3><p><i>&ldquo;Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan, dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.&rdquo;</i></p>" +
      "<p>Teluk Kuantan, Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kuantan Singingi</p>"
  };

  var pages = {
    "/": function () {
      var b = state.berita.slice(0, 3).map(function (x) {
        return '<li><a href="#/berita/' + x.slug + '">' + h(x.judul) + '</a> <span class="muted">' + x.tanggal + "</span></li>";
      }).join("");
      return '<section class="hero"><div class="wrap"><h1>Selamat Datang di Disdukcapil Kuantan Singingi</h1>' +
        "<p>Melayani administrasi kependudukan dan pencatatan sipil. Seluruh layanan tidak dipungut biaya.</p>" +
        '<a class="btn ghost" href="#/layanan">Lihat Jenis Layanan</a></div></section>' +
        '<div class="wrap"><div class="card"><h2>Komitmen Kami</h2><div class="tabs">' +
        [["visi", "Visi &amp; Misi"], ["motto", "Motto"], ["maklumat", "Maklumat Pelayanan"]].map(function (t) {
          return '<button data-tab="' + t[0] + '"' + (state.tab === t[0] ? ' class="on"' : "") + ">" + t[1] + "</button>";
        }).join("") + '</div><div class="panel">' + komitmen[state.tab] + "</div></div>" +
        '<div class="card"><h2>Berita Terbaru</h2><ul>' + b + '</ul><a href="#/berita">Semua berita &raquo;</a></div></div>';
    },

    "/layanan": function () {
      var d = state.layanan;
      if (!d) return '<div class="wrap"><p>Memuat data layanan...</p></div>';
      var items = d.layanan.map(function (s) {
        var open = !!state.open[s.id];
        var detail = open ? '<div class="detail">' +
          "<h4>1. Persyaratan</h4>" + ul(s.persyaratan) +
          "<h4>2. Sistem, Mekanisme dan Prosedur</h4>" + ol(s.prosedur) +
          "<h4>3. Jangka Waktu Penyelesaian</h4><p>" + h(s.waktu) + "</p>" +
          "<h4>4. Biaya/Tarif</h4><p>" + h(s.biaya) + "</p>" +
          "<h4>5. Produk Pelayanan</h4><p>" + h(s.produk) + "</p>" +
          "<h4>6. Penanganan Pengaduan, Saran dan Masukan</h4><p>" + h(d.pengaduan) + "</p>" +
          "<h4>Dasar Hukum</h4>" + ul(d.dasarHukum) + "</div>" : "";
        return '<div class="card"><div class="acc-head"><div><h3 style="margin:0">' + h(s.nama) + '</h3><p class="muted" style="margin:4px 0 0">' + h(s.ringkas) + "</p></div>" +
          '<button class="btn" data-open="' + s.id + '">' + (open ? "Tutup" : "Selengkapnya") + "</button></div>" + detail + "</div>";
      }).join("");
      return '<div class="wrap"><h1>Jenis Layanan</h1><p>Standar pelayanan berikut ditetapkan dengan ' + h(d.keputusan) + ". Klik <b>Selengkapnya</b> untuk melihat standar setiap layanan.</p>" +
        '<div class="card"><b>Layanan daring:</b> ajukan KK, akta dan pindah datang tanpa datang ke kantor melalui <a href="https://dukcapil-online.kuansing.go.id/">Dukcapil Online Kuansing</a> atau aktivasi <a href="https://play.google.com/store/apps/details?id=gov.dukcapil.mobile_id">Identitas Kependudukan Digital</a>.</div>' +
        items +
        '<div class="card"><h2>Pelayanan Khusus</h2><p>Warga lanjut usia, penyandang disabilitas, ibu hamil dan orang sakit dilayani di loket prioritas tanpa antre. Bagi yang tidak dapat datang, tersedia layanan jemput bola ke rumah, rumah sakit dan panti dengan menghubungi WhatsApp 0811-7650-221.</p></div>' +
        "</div>";
    },

    "/profil": function () {
      return '<div class="wrap"><h1>Profil Dinas</h1>' +
        '<div class="card"><h2>Tugas Pokok dan Fungsi</h2><p>Dinas Kependudukan dan Pencatatan Sipil mempunyai tugas membantu Bupati melaksanakan urusan pemerintahan bidang administrasi kependudukan dan pencatatan sipil yang menjadi kewenangan daerah.</p>' +
        "<p>Untuk melaksanakan tugas tersebut, Dinas menyelenggarakan fungsi:</p><ol><li>perumusan kebijakan di bidang pendaftaran penduduk, pencatatan sipil, pengelolaan informasi administrasi kependudukan serta pemanfaatan data;</li>" +
        "<li>pelaksanaan kebijakan dan pelayanan pendaftaran penduduk dan pencatatan sipil;</li><li>pelaksanaan evaluasi dan pelaporan;</li><li>pelaksanaan administrasi dinas;</li><li>pelaksanaan fungsi lain yang diberikan oleh Bupati.</li></ol></div>" +
        '<div class="card"><h2>Struktur Organisasi</h2><ul><li>Kepala Dinas: Hj. Rosmaini, S.Sos., M.Si</li><li>Sekretaris: Zulfikar, S.E.<ul><li>Subbagian Umum dan Kepegawaian</li><li>Subbagian Perencanaan dan Keuangan</li></ul></li>' +
        "<li>Bidang Pelayanan Pendaftaran Penduduk: Afrizal, S.Kom</li><li>Bidang Pelayanan Pencatatan Sipil: Nurhayati, S.H.</li><li>Bidang Pengelolaan Informasi Administrasi Kependudukan: Deni Saputra, S.T.</li><li>Bidang Pemanfaatan Data dan Inovasi Pelayanan: Marlina, S.E., M.M.</li><li>Kelompok Jabatan Fungsional</li></ul></div>" +
        '<div class="card"><h2>Profil Pejabat</h2><h3>Hj. Rosmaini, S.Sos., M.Si &mdash; Kepala Dinas</h3><p>Lahir di Teluk Kuantan, 14 Maret 1971. Pendidikan S2 Ilmu Administrasi Universitas Riau. Riwayat jabatan: Camat Kuantan Tengah (2014-2017), Sekretaris Dinas Sosial (2017-2021), Kepala Disdukcapil sejak 2021.</p>' +
        '<p>LHKPN: telah menyampaikan Laporan Harta Kekayaan Penyelenggara Negara periodik tahun {{tahun:-1}}. Pengumuman dapat dilihat di <a href="https://elhkpn.kpk.go.id/portal/user/check_bast">e-LHKPN KPK</a>.</p></div>' +
        '<div class="card"><h2>Sarana dan Prasarana</h2><p>Ruang pelayanan dilengkapi ruang tunggu ber-AC, ramp dan jalur pemandu bagi pengguna kursi roda, kursi roda siap pakai, toilet disabilitas, ruang laktasi, ruang bermain anak, serta mesin antrean.</p></div></div>';
    },

    "/pengaduan": function () {
      return '<div class="wrap"><h1>Pengaduan</h1><div class="card"><h2>Saluran Pengaduan</h2><ul>' +
        '<li>WhatsApp: <a href="https://wa.me/628117650221">0811-7650-221</a></li><li>Email: <a href="mailto:pengaduan.disdukcapil@kuansing.go.id">pengaduan.disdukcapil@kuansing.go.id</a></li>' +
        '<li>SP4N-LAPOR!: <a href="https://www.lapor.go.id/">www.lapor.go.id</a></li><li>Kotak saran di ruang tunggu pelayanan</li></ul>' +
        '<h2>Alur Pengaduan</h2><ol><li>Warga menyampaikan pengaduan melalui salah satu saluran di atas.</li><li>Petugas pengaduan mencatat dan memberi nomor register paling lambat 1 hari kerja.</li><li>Pengaduan diteruskan kepada bidang terkait untuk ditindaklanjuti.</li><li>Bidang terkait menyelesaikan pengaduan paling lama 5 hari kerja.</li><li>Petugas menyampaikan jawaban kepada pelapor.</li></ol>' +
        "<h2>Pengelola Pengaduan</h2><p>Petugas pengelola pengaduan: <b>Rini Apriyanti, S.AP</b>, telepon/WA 0811-7650-221.</p></div>" +
        '<div class="card"><h2>Formulir Pengaduan</h2><form action="#/pengaduan" onsubmit="return false"><label>Nama</label><input name="nama"><label>Nomor HP</label><input name="hp"><label>Isi pengaduan</label><textarea name="isi" rows="4"></textarea><p><button class="btn">Kirim</button></p></form></div></div>';
    },

    "/skm": function () {
      var rows = [["Triwulan I", 412, "86,94", "B"], ["Triwulan II", 455, "87,80", "B"], ["Triwulan III", 438, "88,45", "A"], ["Triwulan IV", 397, "88,73", "A"]];
      return '<div class="wrap"><h1>Survei Kepuasan Masyarakat</h1>' +
        '<div class="card"><h2>Hasil SKM Tahun {{tahun:-1}}</h2><table><thead><tr><th>Periode</th><th>Jumlah Responden</th><th>Nilai IKM</th><th>Mutu Pelayanan</th></tr></thead><tbody>' +
        rows.map(function (r) { return "<tr><td>" + r[0] + " {{tahun:-1}}</td><td>" + r[1] + "</td><td>" + r[2] + "</td><td>" + r[3] + "</td></tr>"; }).join("") +
        '<tr><th>Rata-rata {{tahun:-1}}</th><th>1.702</th><th>87,98</th><th>B (Baik)</th></tr></tbody></table>' +
        "<h3>Tindak Lanjut Hasil SKM</h3><ol><li>Unsur waktu pelayanan bernilai terendah: ditambah satu loket cetak KK dan akta.</li><li>Unsur sarana: kursi ruang tunggu ditambah dan antrean daring diperluas.</li></ol></div>" +
        '<div class="card"><h2>Isi Survei</h2>' + (state.skmTerkirim ? "<p>Terima kasih, jawaban Anda telah kami terima.</p>" :
        '<form id="skm"><label>Jenis layanan yang diterima</label><select name="layanan"><option>KTP-el</option><option>Kartu Keluarga</option><option>KIA</option><option>Akta Kelahiran</option><option>Akta Kematian</option><option>Pindah Datang</option></select>' +
        '<label>Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan?</label><select name="u1"><option>Sangat sesuai</option><option>Sesuai</option><option>Kurang sesuai</option><option>Tidak sesuai</option></select>' +
        '<label>Bagaimana pendapat Saudara tentang kecepatan waktu pelayanan?</label><select name="u3"><option>Sangat cepat</option><option>Cepat</option><option>Kurang cepat</option><option>Tidak cepat</option></select>' +
        '<label>Saran</label><textarea name="saran"></textarea><p><button class="btn">Kirim Survei</button></p></form>') + "</div></div>";
    },

    "/ppid": function () {
      return '<div class="wrap"><h1>PPID Pelaksana Disdukcapil</h1>' +
        '<div class="card"><h2>Daftar Informasi Publik</h2><table><tr><th>Kategori</th><th>Informasi</th></tr>' +
        "<tr><td>Informasi berkala</td><td>Profil dinas, standar pelayanan, program dan kegiatan, laporan kinerja, laporan keuangan</td></tr>" +
        "<tr><td>Informasi serta merta</td><td>Gangguan jaringan SIAK dan penghentian sementara pelayanan</td></tr>" +
        "<tr><td>Informasi setiap saat</td><td>Data agregat kependudukan per kecamatan, daftar produk hukum, SOP pelayanan</td></tr></table></div>" +
        '<div class="card"><h2>Tata Cara Permohonan Informasi dan Keberatan</h2><ol><li>Pemohon mengisi formulir permohonan informasi di meja PPID atau melalui email ppid.disdukcapil@kuansing.go.id.</li><li>PPID memberikan jawaban paling lambat 10 hari kerja dan dapat diperpanjang 7 hari kerja.</li><li>Apabila tidak puas, pemohon dapat mengajukan keberatan kepada atasan PPID paling lambat 30 hari kerja setelah jawaban diterima.</li></ol></div>' +
        '<div class="card"><h2>Program dan Kegiatan Tahun {{tahun:0}}</h2><table><tr><th>Program</th><th>Kegiatan</th><th>Pagu (Rp)</th></tr>' +
        "<tr><td>Pendaftaran Penduduk</td><td>Pelayanan pendaftaran penduduk dan jemput bola KTP-el</td><td>1.245.600.000</td></tr>" +
        "<tr><td>Pencatatan Sipil</td><td>Pelayanan pencatatan sipil</td><td>612.300.000</td></tr>" +
        "<tr><td>Pengelolaan Informasi Administrasi Kependudukan</td><td>Pengelolaan SIAK dan jaringan komunikasi data</td><td>874.150.000</td></tr></table></div>" +
        '<div class="card"><h2>Laporan Kinerja</h2><p>Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun {{tahun:-1}}:</p><iframe src="/dokumen/lkjip-disdukcapil.pdf" title="LKjIP Disdukcapil Tahun {{tahun:-1}}" style="width:100%;height:480px;border:1px solid #ccc"></iframe></div>' +
        '<div class="card"><h2>Laporan Keuangan</h2><ul><li>Laporan Realisasi Anggaran Tahun {{tahun:-3}}: pagu Rp 3.912.400.000, realisasi Rp 3.701.255.120 (94,60%)</li></ul></div>' +
        '<div class="card"><h2>Regulasi</h2><p>Peraturan daerah, peraturan bupati dan produk hukum lainnya dapat diakses di <a href="https://jdih.kuansing.go.id/">JDIH Kabupaten Kuantan Singingi</a>.</p></div></div>';
    },

    "/berita": function () {
      return '<div class="wrap"><h1>Berita</h1>' + state.berita.map(function (x) {
        return '<div class="card"><h3><a href="#/berita/' + x.slug + '">' + h(x.judul) + '</a></h3><p class="muted"><time datetime="' + x.iso + '">' + x.tanggal + "</time></p><p>" + h(x.isi[0].slice(0, 150)) + "...</p></div>";
      }).join("") + "</div>";
    }
  };

  function beritaDetail(slug) {
    var x = state.berita.filter(function (b) { return b.slug === slug; })[0];
    if (!x) return '<div class="wrap"><p>Berita tidak ditemukan.</p></div>';
    return '<div class="wrap"><div class="card"><h1>' + h(x.judul) + '</h1><p class="muted">Diterbitkan <time datetime="' + x.iso + '">' + x.tanggal + "</time> oleh Admin Disdukcapil</p>" +
      x.isi.map(function (p) { return "<p>" + h(p) + "</p>"; }).join("") + "</div></div>";
  }

  function header() {
    return '<header class="topbar"><div class="brand">DISDUKCAPIL<small>Kabupaten Kuantan Singingi</small></div><nav class="nav">' +
      state.menu.map(function (m) {
        var on = state.route === m[0] || (m[0] !== "/" && state.route.indexOf(m[0]) === 0);
        return '<a href="#' + m[0] + '"' + (on ? ' class="active"' : "") + ">" + m[1] + "</a>";
      }).join("") + "</nav></header>";
  }

  function footer() {
    return '<footer><div class="fcols"><div><b>Dinas Kependudukan dan Pencatatan Sipil</b><br>Jl. Proklamasi No. 12, Teluk Kuantan, Kabupaten Kuantan Singingi, Riau 29562<br>Telp. (0760) 561 208<br>Email: <a href="mailto:disdukcapil@kuansing.go.id">disdukcapil@kuansing.go.id</a></div>' +
      "<div><b>Jam Pelayanan</b><br>Senin - Kamis: 08.00 - 15.30 WIB<br>Jumat: 08.00 - 11.30 dan 13.30 - 16.00 WIB<br>Sabtu pertama setiap bulan: 08.00 - 12.00 WIB</div>" +
      '<div><b>Ikuti Kami</b><br><a href="https://www.instagram.com/disdukcapil.kuansing">Instagram</a> &middot; <a href="https://www.facebook.com/disdukcapilkuansing">Facebook</a> &middot; <a href="https://www.youtube.com/@disdukcapilkuansing">YouTube</a></div></div></footer>';
  }

  function render() {
    var r = state.route, body;
    if (r.indexOf("/berita/") === 0) body = beritaDetail(r.slice(8));
    else body = (pages[r] || pages["/"])();
    document.getElementById("app").innerHTML = header() + "<main>" + body + "</main>" + footer();
    document.title = (r === "/" ? "Beranda" : r.slice(1).split("/")[0].toUpperCase()) + " - Disdukcapil Kuansing";
  }

  document.addEventListener("click", function (e) {
    var t = e.target.closest("[data-tab],[data-open]");
    if (!t) return;
    if (t.hasAttribute("data-tab")) state.tab = t.getAttribute("data-tab");
    else { var id = t.getAttribute("data-open"); state.open[id] = !state.open[id]; }
    render();
  });
  document.addEventListener("submit", function (e) {
    if (e.target.id === "skm") { e.preventDefault(); state.skmTerkirim = true; render(); }
  });

  function route() { state.route = (location.hash.replace(/^#/, "") || "/"); window.scrollTo(0, 0); render(); }
  window.addEventListener("hashchange", route);

  Promise.all([
    fetch("/data/layanan.json").then(function (r) { return r.json(); }),
    fetch("/data/berita.json").then(function (r) { return r.json(); })
  ]).then(function (res) { state.layanan = res[0]; state.berita = res[1]; render(); })
    .catch(function () { document.getElementById("app").textContent = "Gagal memuat data. Muat ulang halaman."; });
  route();
})();
