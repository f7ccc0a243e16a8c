(function () {
  "use strict";
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var ths = table.querySelectorAll("thead th");
    ths.forEach(function (th, i) {
      th.style.cursor = "pointer";
      th.title = "点击排序";
      th.addEventListener("click", function () {
        var asc = th.getAttribute("data-dir") !== "asc";
        ths.forEach(function (x) { x.removeAttribute("data-dir"); });
        th.setAttribute("data-dir", asc ? "asc" : "desc");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[i].getAttribute("data-v") || a.cells[i].textContent.trim();
          var y = b.cells[i].getAttribute("data-v") || b.cells[i].textContent.trim();
          var nx = parseFloat(x), ny = parseFloat(y);
          var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, "zh", { numeric: true });
          return asc ? r : -r;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  var box = document.getElementById("rank-q");
  if (box) {
    box.addEventListener("input", function () {
      var t = box.value.trim().toLowerCase();
      document.querySelectorAll("table.sortable tbody tr").forEach(function (tr) {
        tr.classList.toggle("hidden", !!t && tr.textContent.toLowerCase().indexOf(t) < 0);
      });
    });
  }
})();
