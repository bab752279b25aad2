// Slider beranda: hanya slide aktif yang dirender dari state.
(function () {
  var state = {
    i: 0,
    slides: [
      { src: "/assets/img/slider/slide-1.jpg", alt: "banner" },
      { src: "/assets/img/slider/slide-2.jpg", alt: "banner" },
      { src: "/assets/img/slider/slide-3.jpg", alt: "banner" },
      { src: "/assets/img/slider/slide-4.png", alt: "banner" }
    ]
  };
  var el = document.getElementById("slider");
  function render() {
    var s = state.slides[state.i];
    el.innerHTML = '<img src="' + s.src + '" alt="' + s.alt + '" width="1100" height="400">' +
      '<button class="prev" type="button">&#8249;</button><button class="next" type="button">&#8250;</button>' +
      '<div class="dots">' + state.slides.map(function (_, k) { return "<i" + (k === state.i ? ' class="on"' : "") + "></i>"; }).join("") + "</div>";
  }
  el.addEventListener("click", function (e) {
    if (e.target.classList.contains("next")) { state.i = (state.i + 1) % state.slides.length; render(); }
    if (e.target.classList.contains("prev")) { state.i = (state.i + state.slides.length - 1) % state.slides.length; render(); }
  });
  render();
})();
