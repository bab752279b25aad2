// Widget SKM: mengambil hasil survei dari data/skm.json dan menampilkannya sebagai tabel.
(function () {
  var box = document.getElementById("skm-widget");
  if (!box) return;
  fetch("/data/skm.json").then(function (r) { return r.json(); }).then(function (d) {
    var html = '<p>Pengguna layanan Bappeda dapat mengisi <a href="' + d.survei.url + '" target="_blank" rel="noopener">' + d.survei.label + "</a>.</p>";
    d.hasil.forEach(function (h) {
      html += "<h4>Hasil SKM Tahun " + h.tahun + "</h4>" +
        '<table class="table table-bordered"><thead><tr><th>Jumlah Responden</th><th>Nilai IKM</th><th>Mutu Pelayanan</th><th>Kinerja Unit Pelayanan</th></tr></thead>' +
        "<tbody><tr><td>" + h.responden + "</td><td>" + h.ikm + "</td><td>" + h.mutu + "</td><td>" + h.kinerja + "</td></tr></tbody></table>";
    });
    box.innerHTML = html;
  }).catch(function () { box.innerHTML = "<p>Data gagal dimuat.</p>"; });
})();
