// Lightbox sederhana: klik gambar kecil di galeri untuk melihat ukuran penuh.
(function () {
  var lb = document.getElementById("lb");
  if (!lb) return;
  var big = lb.querySelector("img");
  document.querySelectorAll("a.lightbox").forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      big.src = a.getAttribute("href");
      lb.hidden = false;
    });
  });
  lb.addEventListener("click", function () { lb.hidden = true; big.removeAttribute("src"); });
})();
