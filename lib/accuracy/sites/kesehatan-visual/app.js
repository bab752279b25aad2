// The site's own single-page app, as a theme vendor would ship it without a build step: the menu
// and every page body are rendered from /data/<page>.json; the carousel, the tabs and the
// lightbox keep their state in this script and put only the current slide or panel in the DOM.
(function () {
  var MENU = [
    ["/", "Beranda"], ["/profil", "Profil"], ["/layanan", "Layanan"], ["/pengaduan", "Pengaduan"],
    ["/dokumen", "Dokumen"], ["/berita", "Berita"], ["/kontak", "Kontak"]
  ];
  var BLANK = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";
  var CHEVRON = {
    prev: '<svg width="24" height="24" viewBox="0 0 24 24"><path d="M15 4 7 12l8 8" fill="none" stroke="currentColor" stroke-width="3"/></svg>',
    next: '<svg width="24" height="24" viewBox="0 0 24 24"><path d="M9 4l8 8-8 8" fill="none" stroke="currentColor" stroke-width="3"/></svg>'
  };

  function attr(s) { return String(s == null ? "" : s).replace(/&/g, "&amp;").replace(/"/g, "&quot;"); }

  function img(i) {
    var a = ' alt="' + attr(i.alt) + '" class="' + (i.cls || "poster") + '"';
    if (i.width) a += ' width="' + i.width + '"';
    if (i.lazy) a += ' loading="lazy"';
    if (i.dataSrc) return '<img src="' + BLANK + '" data-src="' + i.dataSrc + '"' + a + ">";
    if (i.srcset) return '<img src="' + BLANK + '" srcset="' + i.srcset + '" sizes="' + attr(i.sizes) + '"' + a + ">";
    return '<img src="' + i.src + '"' + a + ">";
  }

  var RENDER = {
    text: function (b) { return (b.h ? "<h2>" + b.h + "</h2>" : "") + b.html; },
    img: img,
    carousel: function (b, id) {
      return '<div class="carousel" id="' + id + '"><button type="button" class="nav prev">' + CHEVRON.prev +
        '</button><div class="slide"></div><button type="button" class="nav next">' + CHEVRON.next + "</button></div>";
    },
    tabs: function (b, id) {
      return '<div class="tabs" id="' + id + '"><div class="tabbar">' + b.tabs.map(function (t, i) {
        return '<button type="button" data-i="' + i + '">' + t.label + "</button>";
      }).join("") + '</div><div class="tabpanel"></div></div>';
    },
    bg: function (b) { return '<div class="bgblock" style="background-image:url(' + b.src + ')"></div>'; },
    lightbox: function (b) { return '<a class="lb" href="' + b.href + '">' + img(b.thumb) + "</a>"; },
    iframe: function (b) { return '<iframe src="' + b.src + '" title="' + attr(b.title) + '"></iframe>'; },
    photos: function (b) { return '<div class="photos">' + b.items.map(img).join("") + "</div>"; },
    news: function (b) {
      return '<div class="news">' + b.items.map(function (n) {
        return "<article>" + (n.photo ? img(n.photo) : "") + '<h3>' + n.title + '</h3><time datetime="' + n.iso + '">' +
          n.date + "</time><p>" + n.body + "</p></article>";
      }).join("") + "</div>";
    }
  };

  // Interactive blocks: state lives here, the DOM shows one slide or one panel at a time.
  var MOUNT = {
    carousel: function (el, b) {
      var i = 0;
      function show() { el.querySelector(".slide").innerHTML = img(b.slides[i]); }
      el.querySelector(".prev").onclick = function () { i = (i + b.slides.length - 1) % b.slides.length; show(); };
      el.querySelector(".next").onclick = function () { i = (i + 1) % b.slides.length; show(); };
      show();
    },
    tabs: function (el, b) {
      var buttons = el.querySelectorAll(".tabbar button");
      function show(i) {
        buttons.forEach(function (x, j) { x.className = i === j ? "on" : ""; });
        el.querySelector(".tabpanel").innerHTML = b.tabs[i].html;
      }
      buttons.forEach(function (x, j) { x.onclick = function () { show(j); }; });
      show(0);
    }
  };

  function lazy(root) {
    var imgs = root.querySelectorAll("img[data-src]");
    var io = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (!e.isIntersecting) return;
        e.target.src = e.target.getAttribute("data-src");
        e.target.removeAttribute("data-src");
        io.unobserve(e.target);
      });
    }, { rootMargin: "200px" });
    imgs.forEach(function (x) { io.observe(x); });
  }

  function lightbox(root) {
    root.querySelectorAll("a.lb").forEach(function (a) {
      a.onclick = function (ev) {
        ev.preventDefault();
        var box = document.createElement("div");
        box.className = "overlay lightbox";
        box.innerHTML = '<img src="' + a.getAttribute("href") + '" alt="">';
        box.onclick = function () { box.remove(); };
        document.body.appendChild(box);
      };
    });
  }

  function pageName(pathname) {
    var p = pathname.replace(/\.html$/, "").replace(/\/+$/, "");
    return p === "" || p === "/index" ? "beranda" : p.slice(1);
  }

  function render(pathname) {
    var main = document.getElementById("app");
    return fetch("/data/" + pageName(pathname) + ".json").then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (d) {
      document.title = d.title + " - Dinas Kesehatan Kabupaten Kuantan Singingi";
      main.innerHTML = "<h1>" + d.title + "</h1>" + d.blocks.map(function (b, i) { return RENDER[b.type](b, "b" + i); }).join("");
      d.blocks.forEach(function (b, i) { if (MOUNT[b.type]) MOUNT[b.type](document.getElementById("b" + i), b); });
      lazy(main);
      lightbox(main);
      window.scrollTo(0, 0);
    }).catch(function () { main.innerHTML = "<h1>Halaman tidak ditemukan</h1>"; });
  }

  function menu() {
    var nav = document.getElementById("menu");
    nav.innerHTML = MENU.map(function (m) { return '<a href="' + m[0] + '">' + m[1] + "</a>"; }).join("");
    // Client-side navigation: same-site links change the view without a page load.
    document.addEventListener("click", function (ev) {
      var a = ev.target.closest && ev.target.closest("a[href^='/']");
      if (!a || a.classList.contains("lb") || /\.(pdf|jpe?g|png|webp)$/.test(a.getAttribute("href"))) return;
      ev.preventDefault();
      history.pushState(null, "", a.getAttribute("href"));
      render(location.pathname);
    });
    window.addEventListener("popstate", function () { render(location.pathname); });
  }

  function firstVisitPopup() {
    var pop = document.getElementById("popup");
    var seen = false;
    try { seen = localStorage.getItem("dinkes-popup") === "1"; } catch (e) { seen = false; }
    if (seen) return;
    pop.style.display = "flex";
    pop.querySelector(".close").onclick = function () {
      pop.style.display = "none";
      try { localStorage.setItem("dinkes-popup", "1"); } catch (e) { /* private mode */ }
    };
  }

  menu();
  render(location.pathname);
  firstVisitPopup();
})();
