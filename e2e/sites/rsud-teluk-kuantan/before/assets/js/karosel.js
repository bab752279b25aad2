/* Karosel beranda: satu slide tampil, tombol dan timer berganti slide. */
(function () {
  var slides = document.querySelectorAll(".karosel figure");
  var i = 0;
  function tampil(n) {
    i = (n + slides.length) % slides.length;
    slides.forEach(function (s, k) { s.hidden = k !== i; });
  }
  document.querySelector(".karosel .sebelum").addEventListener("click", function () { tampil(i - 1); });
  document.querySelector(".karosel .sesudah").addEventListener("click", function () { tampil(i + 1); });
  tampil(0);
  setInterval(function () { tampil(i + 1); }, 6000);
})();
