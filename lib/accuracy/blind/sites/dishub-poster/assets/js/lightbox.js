// Lightbox sederhana: klik thumbnail membuka gambar besar di lapisan gelap.
document.addEventListener("click", function (e) {
  var a = e.target.closest("a.lightbox");
  if (a) {
    e.preventDefault();
    var d = document.createElement("div");
    d.className = "lb";
    d.innerHTML = '<button type="button">&times;</button><img src="' + a.getAttribute("href") + '" alt="gambar">';
    document.body.appendChild(d);
    return;
  }
  var lb = e.target.closest(".lb");
  if (lb && (e.target.tagName === "BUTTON" || e.target === lb)) lb.remove();
});
