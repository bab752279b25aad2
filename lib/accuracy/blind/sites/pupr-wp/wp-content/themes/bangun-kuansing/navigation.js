/* Bangun Kuansing: toggles the sub-menus on touch devices. */
(function () {
  document.querySelectorAll(".menu-item-has-children > a").forEach(function (a) {
    a.addEventListener("touchstart", function () { a.parentNode.classList.toggle("focus"); }, { passive: true });
  });
})();
