// Carousel beranda: geser setiap 6 detik.
(function () {
  var items = document.querySelectorAll(".carousel-item");
  if (!items.length) return;
  var i = 0;
  setInterval(function () { items[i].classList.remove("active"); i = (i + 1) % items.length; items[i].classList.add("active"); }, 6000);
})();
