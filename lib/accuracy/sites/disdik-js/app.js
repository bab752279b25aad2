// The site's own renderer: a small single-page-style theme that builds the menu and the page
// body from JSON after load, so nothing but the shell is in the HTML the server sends.
(function () {
  var MENU = [
    ["/", "Beranda"], ["/visi-misi.html", "Visi dan Misi"], ["/layanan/spmb.html", "SPMB"],
    ["/layanan/legalisir.html", "Legalisir Ijazah"], ["/maklumat.html", "Maklumat Pelayanan"],
    ["/skm.html", "Survei Kepuasan"], ["/pengaduan.html", "Pengaduan"], ["/kontak.html", "Kontak"]
  ];
  function esc(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;"); }
  function list(tag, items) { return "<" + tag + ">" + items.map(function (i) { return "<li>" + i + "</li>"; }).join("") + "</" + tag + ">"; }
  function section(s) {
    var h = s.h ? "<h2>" + esc(s.h) + "</h2>" : "";
    (s.p || []).forEach(function (p) { h += "<p>" + p + "</p>"; });
    if (s.ul) h += list("ul", s.ul);
    if (s.ol) h += list("ol", s.ol);
    if (s.links) h += list("ul", s.links.map(function (l) { return '<a href="' + l.href + '">' + esc(l.text) + "</a>"; }));
    if (s.form) {
      h += '<form action="' + s.form.action + '" method="post">';
      s.form.fields.forEach(function (f) {
        h += "<label>" + esc(f.label) + " " + (f.type === "textarea" ? '<textarea name="' + f.name + '"></textarea>' : '<input type="' + f.type + '" name="' + f.name + '">') + "</label><br>";
      });
      h += '<button type="submit">' + esc(s.form.submit) + "</button></form>";
    }
    return h;
  }
  var nav = document.getElementById("menu");
  nav.innerHTML = MENU.map(function (m) { return '<a href="' + m[0] + '">' + m[1] + "</a>"; }).join(" · ");
  var page = document.body.getAttribute("data-page");
  var main = document.getElementById("app");
  fetch("/data/" + page + ".json").then(function (r) { return r.json(); }).then(function (d) {
    document.title = d.title + " - Disdikpora Kuansing";
    main.innerHTML = "<h1>" + esc(d.title) + "</h1>" + d.sections.map(section).join("");
  }).catch(function () { main.textContent = "Gagal memuat konten."; });
})();
