// Progress page: poll the job, show each file's state, open the result when it is ready.
(function () {
  "use strict";
  var box = document.getElementById("job");
  if (!box) { return; }
  var id = box.getAttribute("data-job");
  var body = document.getElementById("job-files");
  function cell(text, cls) {
    var td = document.createElement("td");
    td.textContent = text;
    if (cls) { td.className = cls; }
    return td;
  }
  function show(job) {
    document.getElementById("bar").style.width = (job.total ? 100 * job.done / job.total : 0) + "%";
    document.getElementById("job-status").textContent = job.status_zh + "：" + job.done + " / " + job.total + " 个文件";
    document.getElementById("job-message").textContent = job.message || "";
    body.replaceChildren();
    var failed = 0;
    job.files.forEach(function (f) {
      var tr = document.createElement("tr");
      tr.appendChild(cell(f.name));
      tr.appendChild(cell(f.status_zh, "st-" + f.status));
      tr.appendChild(cell(f.score === null ? "" : String(Math.round(f.score)), "num"));
      tr.appendChild(cell(f.message, "ev"));
      body.appendChild(tr);
      if (f.status === "error") { failed++; }
    });
    if (job.status === "done" && job.url) {
      var link = document.getElementById("result-link");
      link.setAttribute("href", job.url);
      document.getElementById("job-result").classList.remove("hidden");
      if (!failed) { window.location.assign(job.url); }
      return true;
    }
    return job.status === "failed";
  }
  function poll() {
    fetch("/api/jobs/" + encodeURIComponent(id), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (job) { if (!show(job)) { setTimeout(poll, 300); } })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
