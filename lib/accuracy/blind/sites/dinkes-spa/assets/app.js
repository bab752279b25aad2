/* Dinkes Kuansing: aplikasi satu halaman tanpa build. Semua halaman dirender dari state + /data/*.json. */
(function () {
  "use strict";
  var PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
  var cache = {};
  var state = { route: "/", slide: 0, tab: "visi" };

  function load(name) {
    if (!cache[name]) cache[name] = fetch("/data/" + name + ".json").then(function (r) { return r.json(); });
    return cache[name];
  }
  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; });
  }
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "onClick") el.addEventListener("click", attrs[k]);
      else if (k === "html") el.innerHTML = attrs[k];
      else el.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c != null) el.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return el;
  }
  function lazyImg(src, alt, cls) {
    return h("img", { src: PIXEL, "data-src": src, alt: alt, class: (cls || "") + " lazy", loading: "lazy" });
  }
  function wakeLazy() {
    var imgs = document.querySelectorAll("img.lazy[data-src]");
    var io = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        if (e.isIntersecting) { e.target.src = e.target.getAttribute("data-src"); e.target.removeAttribute("data-src"); io.unobserve(e.target); }
      });
    }, { rootMargin: "200px" }) : null;
    imgs.forEach(function (img) { if (io) io.observe(img); else img.src = img.getAttribute("data-src"); });
  }

  function Shell(site, content) {
    var nav = h("nav", { class: "main" }, site.menu.map(function (m) {
      var on = ("#" + state.route).indexOf(m.to) === 0 && (m.to !== "#/" || state.route === "/");
      return h("a", { href: m.to, class: on ? "on" : "" }, [m.label]);
    }));
    var header = h("header", { class: "topbar" }, [h("div", { class: "in" }, [
      h("a", { href: "#/", class: "brand" }, [h("span", { class: "logo" }, ["DK"]), h("span", {}, [h("b", {}, [site.nama]), h("small", {}, [site.daerah])])]),
      nav])]);
    var footer = h("footer", {}, [h("div", { class: "in" }, [
      h("div", {}, [h("b", {}, [site.nama + " " + site.daerah]), h("p", {}, [site.alamat]), h("p", { html: "Telp. " + esc(site.telepon) + "<br>Email: <a href=\"mailto:" + esc(site.email) + "\">" + esc(site.email) + "</a>" })]),
      h("div", {}, [h("b", {}, ["Jam Pelayanan"]), h("ul", {}, site.jam.map(function (j) { return h("li", {}, [j]); }))]),
      h("div", {}, [h("b", {}, ["Ikuti Kami"]), h("p", {}, site.sosmed.map(function (s) { return h("a", { href: s.url, target: "_blank", rel: "noopener", style: "margin-right:10px" }, [s.label]); }))])
    ])]);
    return [header, h("main", { class: "wrap" }, content), footer];
  }

  function Carousel(slides) {
    var box = h("div", { class: "carousel" });
    function paint() {
      box.innerHTML = "";
      var s = slides[state.slide];
      box.appendChild(h("img", { src: s.src, alt: s.alt, width: "1200", height: "480" }));
      box.appendChild(h("button", { class: "prev", type: "button", onClick: function () { state.slide = (state.slide + slides.length - 1) % slides.length; paint(); } }, ["\u2039"]));
      box.appendChild(h("button", { class: "next", type: "button", onClick: function () { state.slide = (state.slide + 1) % slides.length; paint(); } }, ["\u203A"]));
      box.appendChild(h("div", { class: "dots" }, slides.map(function (_, i) { return h("span", { class: i === state.slide ? "on" : "" }); })));
    }
    paint();
    return box;
  }

  var pages = {
    "/": function () {
      return Promise.all([load("beranda"), load("berita"), load("layanan")]).then(function (d) {
        var b = d[0], news = d[1], lay = d[2];
        return [Carousel(b.slides), h("p", {}, [b.sambutan]),
          h("h2", {}, ["Layanan Kami"]),
          h("div", { class: "grid" }, lay.items.map(function (l) { return h("div", { class: "card" }, [h("h3", {}, [h("a", { href: "#/layanan/" + l.id }, [l.nama])]), h("p", { class: "muted" }, [l.ringkas])]); })),
          h("h2", {}, ["Berita Terkini"]),
          h("div", { class: "grid" }, news.slice(0, 3).map(function (n) { return h("article", { class: "card" }, [h("time", { datetime: n.iso, class: "muted" }, [n.tanggal]), h("h3", {}, [h("a", { href: "#/berita/" + n.id }, [n.judul])])]); }))];
      });
    },
    "/profil": function () {
      return load("profil").then(function (p) {
        var panel = h("div", { class: "panel" });
        var bar = h("div", { class: "tabs" });
        function paint() {
          bar.innerHTML = "";
          p.tabs.forEach(function (t) {
            bar.appendChild(h("button", { type: "button", class: t.id === state.tab ? "active" : "", onClick: function () { state.tab = t.id; paint(); } }, [t.label]));
          });
          panel.innerHTML = "";
          if (state.tab === "visi") {
            panel.appendChild(h("h2", {}, ["Visi"])); panel.appendChild(h("p", {}, ["\u201C" + p.visi + "\u201D"]));
            panel.appendChild(h("h2", {}, ["Misi"])); panel.appendChild(h("ol", {}, p.misi.map(function (m) { return h("li", {}, [m]); })));
          } else if (state.tab === "pejabat") {
            p.pejabat.forEach(function (o) {
              panel.appendChild(h("div", { class: "card", style: "margin-bottom:12px" }, [
                h("img", { src: o.foto, alt: o.nama, width: "120", height: "150", style: "float:right;border-radius:8px" }),
                h("h3", {}, [o.jabatan]), h("p", {}, [h("b", {}, [o.nama])]),
                h("ul", {}, o.riwayat.map(function (r) { return h("li", {}, [r]); })),
                h("p", {}, [h("b", {}, ["LHKPN: "]), o.lhkpn]), h("div", { style: "clear:both" })]));
            });
          } else if (state.tab === "tupoksi") {
            panel.appendChild(h("h2", {}, ["Tugas Pokok"])); panel.appendChild(h("p", {}, [p.tugas]));
            panel.appendChild(h("h2", {}, ["Fungsi"])); panel.appendChild(h("ol", {}, p.fungsi.map(function (f) { return h("li", {}, [f]); })));
          } else if (state.tab === "struktur") {
            panel.appendChild(h("img", { src: p.struktur.src, alt: p.struktur.alt, class: "info", style: "max-width:100%" }));
          } else if (state.tab === "aduan") {
            panel.appendChild(h("h2", {}, ["Pengelola Pengaduan"]));
            panel.appendChild(h("table", {}, [h("tbody", {}, p.aduan.map(function (a) { return h("tr", {}, [h("td", {}, [a.peran]), h("td", {}, [a.nama]), h("td", {}, [h("a", { href: "tel:" + a.telp.replace(/-/g, "") }, [a.telp])])]); }))]));
          }
        }
        paint();
        return [h("h1", {}, ["Profil Dinas Kesehatan"]), bar, panel];
      });
    },
    "/layanan": function () {
      return load("layanan").then(function (l) {
        return [h("h1", {}, ["Layanan"]), h("p", {}, [l.pengantar]),
          h("div", { class: "grid" }, l.items.map(function (i) { return h("div", { class: "card" }, [h("h3", {}, [h("a", { href: "#/layanan/" + i.id }, [i.nama])]), h("p", { class: "muted" }, [i.ringkas])]); })),
          h("p", {}, [h("a", { href: l.daring.url, target: "_blank", rel: "noopener" }, [l.daring.label])]),
          h("p", {}, [h("a", { href: l.sk.url }, [l.sk.label])]),
          h("div", { class: "card" }, [h("p", {}, [l.prioritas])])];
      });
    },
    "/berita": function () {
      return load("berita").then(function (news) {
        return [h("h1", {}, ["Berita"])].concat(news.map(function (n) { return h("article", { class: "card", style: "margin-bottom:10px" }, [h("time", { datetime: n.iso, class: "muted" }, [n.tanggal]), h("h3", {}, [h("a", { href: "#/berita/" + n.id }, [n.judul])])]); }));
      });
    },
    "/pengaduan": function () {
      return load("pengaduan").then(function (p) {
        var form = h("form", { class: "card", onsubmit: "return false" }, [h("h3", {}, ["Formulir Pengaduan"]),
          h("label", {}, ["Nama", h("input", { name: "nama" })]), h("label", {}, ["No. HP / Email", h("input", { name: "kontak" })]),
          h("label", {}, ["Isi pengaduan", h("textarea", { name: "isi", rows: "5" })]), h("p", {}, [h("button", { class: "btn", type: "submit" }, ["Kirim Pengaduan"])])]);
        return [h("h1", {}, ["Pengaduan"]), h("p", {}, [p.pengantar]),
          h("ul", {}, p.kanal.map(function (k) { return h("li", {}, [h("a", { href: k.url, target: "_blank", rel: "noopener" }, [k.label])]); })),
          h("h2", {}, ["Alur Pengaduan"]), h("ol", {}, p.alur.map(function (a) { return h("li", {}, [a]); })),
          form,
          h("h2", {}, ["Rekap Pengaduan dan Tindak Lanjut"]),
          h("table", {}, [h("thead", {}, [h("tr", {}, [h("th", {}, ["Periode"]), h("th", {}, ["Pengaduan masuk"]), h("th", {}, ["Selesai ditindaklanjuti"]), h("th", {}, ["Dalam proses"])])]),
            h("tbody", {}, p.rekap.map(function (r) { return h("tr", {}, [h("td", {}, [r.periode]), h("td", {}, [String(r.masuk)]), h("td", {}, [String(r.selesai)]), h("td", {}, [String(r.proses)])]); }))])];
      });
    },
    "/skm": function () {
      return load("skm").then(function (s) {
        return [h("h1", {}, ["Survei Kepuasan Masyarakat"]), h("p", {}, [s.pengantar]), h("p", {}, [h("a", { class: "btn", href: s.form.url, target: "_blank", rel: "noopener" }, [s.form.label])]),
          h("h2", {}, ["Hasil Indeks Kepuasan Masyarakat (IKM)"]),
          h("table", {}, [h("thead", {}, [h("tr", {}, [h("th", {}, ["Periode"]), h("th", {}, ["Responden"]), h("th", {}, ["Nilai IKM"]), h("th", {}, ["Mutu Pelayanan"])])]),
            h("tbody", {}, s.hasil.map(function (r) { return h("tr", {}, [h("td", {}, [r.periode]), h("td", {}, [String(r.responden)]), h("td", {}, [r.ikm]), h("td", {}, [r.mutu])]); }))]),
          h("h2", {}, ["Tindak Lanjut Hasil SKM"]), h("ul", {}, s.tindakLanjut.map(function (t) { return h("li", {}, [t]); }))];
      });
    },
    "/ppid": function () {
      return load("ppid").then(function (p) {
        return [h("h1", {}, ["PPID Pelaksana Dinas Kesehatan"]), h("p", {}, [p.pengantar]),
          h("h2", {}, ["Daftar Informasi Publik"]),
          h("table", {}, [h("tbody", {}, p.dip.map(function (d, i) { return h("tr", {}, [h("td", {}, [String(i + 1)]), h("td", {}, [d.jenis]), h("td", {}, [d.kategori])]); }))]),
          h("h2", {}, ["Tata Cara Permohonan Informasi dan Pengajuan Keberatan"]), h("ol", {}, p.permohonan.map(function (x) { return h("li", {}, [x]); })),
          h("h2", {}, ["Program dan Kegiatan Tahun " + p.programTahun]),
          h("table", {}, [h("thead", {}, [h("tr", {}, [h("th", {}, ["Program"]), h("th", {}, ["Kegiatan"]), h("th", {}, ["Pagu"])])]), h("tbody", {}, p.program.map(function (x) { return h("tr", {}, [h("td", {}, [x.program]), h("td", {}, [x.kegiatan]), h("td", {}, [x.pagu])]); }))]),
          h("h2", {}, ["Dokumen Perencanaan, Kinerja dan Keuangan"]), h("ul", {}, p.dokumen.map(function (x) { return h("li", {}, [h("a", { href: x.url }, [x.label])]); })),
          h("h2", {}, ["Regulasi"]), h("ul", {}, p.regulasi.map(function (x) { return h("li", {}, [x]); })),
          h("p", {}, [h("a", { href: p.jdih, target: "_blank", rel: "noopener" }, ["Produk hukum daerah selengkapnya di JDIH Kabupaten"])])];
      });
    },
    "/kontak": function () {
      return load("site").then(function (s) {
        return [h("h1", {}, ["Kontak"]), h("p", {}, [s.alamat]), h("p", {}, ["Telepon: ", h("a", { href: "tel:+62760561119" }, [s.telepon])]), h("p", {}, ["Email: ", h("a", { href: "mailto:" + s.email }, [s.email])]),
          h("iframe", { title: "Peta Dinas Kesehatan", src: "https://maps.google.com/maps?q=Dinas+Kesehatan+Kuantan+Singingi&output=embed", width: "100%", height: "280", style: "border:0", loading: "lazy" })];
      });
    }
  };

  function detail(route) {
    var m = route.match(/^\/layanan\/([\w-]+)$/);
    if (m) return load("layanan").then(function (l) {
      var it = l.items.filter(function (x) { return x.id === m[1]; })[0];
      if (!it) return [h("p", {}, ["Halaman tidak ditemukan."])];
      return [h("p", { class: "muted" }, [h("a", { href: "#/layanan" }, ["Layanan"]), " / " + it.nama]), h("h1", {}, [it.nama]), h("p", {}, [it.ringkas]),
        h("h2", {}, ["Standar Pelayanan"])].concat(it.gambar.map(function (g) { return lazyImg(g.src, g.alt, "info"); }));
    });
    m = route.match(/^\/berita\/([\w-]+)$/);
    if (m) return load("berita").then(function (news) {
      var n = news.filter(function (x) { return x.id === m[1]; })[0];
      if (!n) return [h("p", {}, ["Berita tidak ditemukan."])];
      return [h("article", { class: "panel" }, [h("h1", {}, [n.judul]), h("time", { datetime: n.iso, class: "muted" }, [n.tanggal])].concat(n.isi.map(function (p) { return h("p", {}, [p]); })))];
    });
    return null;
  }

  function render() {
    state.route = (location.hash || "#/").slice(1) || "/";
    var page = pages[state.route] ? pages[state.route]() : detail(state.route) || Promise.resolve([h("h1", {}, ["404"]), h("p", {}, ["Halaman tidak ditemukan."])]);
    Promise.all([load("site"), page]).then(function (d) {
      var root = document.getElementById("root");
      root.innerHTML = "";
      Shell(d[0], d[1]).forEach(function (n) { root.appendChild(n); });
      document.title = d[0].nama + " " + d[0].daerah;
      window.scrollTo(0, 0);
      wakeLazy();
    });
  }
  window.addEventListener("hashchange", function () { state.slide = 0; state.tab = "visi"; render(); });
  render();
})();
