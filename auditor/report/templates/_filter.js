(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var sev = $("f-sev"), fam = $("f-fam"), code = $("f-code"), q = $("f-q"), only = $("f-only"), shown = $("shown");
  if (!sev) { return; }
  function has(el, attr, v) { return !v || (" " + (el.getAttribute(attr) || "") + " ").indexOf(" " + v + " ") >= 0; }
  function apply() {
    var s = sev.value, f = fam.value, c = code.value, text = q.value.trim().toLowerCase(), o = only.checked;
    var filtering = !!(s || f || c);
    var visible = 0, total = 0;
    document.querySelectorAll("section.tbl").forEach(function (sec) {
      var head = (sec.querySelector(".thead") || sec).textContent.toLowerCase();
      var headHit = text && head.indexOf(text) >= 0;
      var secVisible = 0;
      sec.querySelectorAll("tr.row").forEach(function (tr) {
        total++;
        var flagged = tr.getAttribute("data-codes") !== "";
        var ok = has(tr, "data-sev", s) && has(tr, "data-fam", f) && has(tr, "data-codes", c) &&
          (!filtering || flagged) && (!o || flagged) &&
          (!text || headHit || tr.textContent.toLowerCase().indexOf(text) >= 0);
        tr.classList.toggle("hidden", !ok);
        if (ok) { visible++; secVisible++; }
      });
      var tfVisible = 0;
      sec.querySelectorAll("li.tf").forEach(function (li) {
        var ok = has(li, "data-sev", s) && has(li, "data-fam", f) && has(li, "data-codes", c) &&
          (!text || headHit || li.textContent.toLowerCase().indexOf(text) >= 0);
        li.classList.toggle("hidden", !ok);
        if (ok) { tfVisible++; }
      });
      var any = filtering || o || text;
      sec.classList.toggle("hidden", !!any && secVisible === 0 && tfVisible === 0);
    });
    document.querySelectorAll("li.df").forEach(function (li) {
      var ok = has(li, "data-sev", s) && has(li, "data-fam", f) && has(li, "data-codes", c) &&
        (!text || li.textContent.toLowerCase().indexOf(text) >= 0);
      li.classList.toggle("hidden", !ok);
    });
    shown.textContent = "显示 " + visible + " / " + total + " 行";
    shown.setAttribute("data-visible", String(visible));
  }
  [sev, fam, code, only].forEach(function (el) { el.addEventListener("change", apply); });
  q.addEventListener("input", apply);
  $("f-reset").addEventListener("click", function () { sev.value = ""; fam.value = ""; code.value = ""; q.value = ""; only.checked = false; apply(); });
  document.querySelectorAll("[data-set-code]").forEach(function (a) {
    a.addEventListener("click", function (e) { e.preventDefault(); code.value = a.getAttribute("data-set-code"); apply(); $("filters").scrollIntoView(); });
  });
  apply();
})();
