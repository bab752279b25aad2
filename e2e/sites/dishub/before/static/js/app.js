/* Situs Dishub: semua halaman dirender di browser dari window.DISHUB (content.js). */
(function () {
  var site = window.DISHUB;
  var app = document.getElementById("app");

  function navHtml() {
    return site.nav.map(function (item) {
      var sub = item.children
        ? '<ul class="sub">' + item.children.map(function (c) { return '<li><a href="' + c.href + '">' + c.text + "</a></li>"; }).join("") + "</ul>"
        : "";
      return '<li><a href="' + item.href + '">' + item.text + "</a>" + sub + "</li>";
    }).join("");
  }

  function shell(page) {
    return (
      '<header class="hd"><div class="in"><img src="/static/img/logo-kuansing.svg" alt="Logo Kabupaten Kuantan Singingi" width="48" height="55">' +
      '<div><small>Pemerintah Kabupaten Kuantan Singingi</small><br><b>Dinas Perhubungan</b></div></div>' +
      '<nav aria-label="Menu"><ul class="nav in">' + navHtml() + "</ul></nav></header>" +
      '<main id="konten" class="in">' + page.html + "</main>" +
      '<footer class="ft"><div class="in">' + site.footer + "</div></footer>"
    );
  }

  function render(path) {
    var key = path.length > 1 ? path.replace(/\/+$/, "") : "/";
    var page = site.pages[key] || site.notFound;
    document.title = page.title + " - Dishub Kuantan Singingi";
    app.innerHTML = shell(page);
    window.scrollTo(0, 0);
  }

  document.addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a") : null;
    if (!a || a.target || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var url = new URL(a.href, location.href);
    if (url.origin !== location.origin || /\.[a-z0-9]+$/i.test(url.pathname)) return;
    e.preventDefault();
    history.pushState({}, "", url.pathname);
    render(url.pathname);
  });
  window.addEventListener("popstate", function () { render(location.pathname); });
  render(location.pathname);
})();
