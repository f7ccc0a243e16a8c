// Upload page: drag & drop or choose files, send them with the CSRF token, go to the progress page.
(function () {
  "use strict";
  var form = document.getElementById("upload");
  if (!form) { return; }
  var input = document.getElementById("files");
  var drop = document.getElementById("drop");
  var chosen = document.getElementById("chosen");
  var status = document.getElementById("upload-status");
  var token = document.querySelector('meta[name="csrf-token"]').getAttribute("content");
  var dropped = null;

  function names(files) {
    var out = [];
    for (var i = 0; i < files.length; i++) { out.push(files[i].name); }
    return out.join("、");
  }
  function send(files) {
    if (!files || !files.length) { status.textContent = "请先选择文件"; return; }
    var data = new FormData();
    data.append("csrf_token", token);
    for (var i = 0; i < files.length; i++) { data.append("files", files[i], files[i].name); }
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.getAttribute("action"));
    xhr.setRequestHeader("X-CSRF-Token", token);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) { status.textContent = "上传中 " + Math.round(100 * e.loaded / e.total) + "%"; }
    };
    xhr.onload = function () {
      var answer = {};
      try { answer = JSON.parse(xhr.responseText); } catch (err) { answer = { error: xhr.responseText }; }
      if (xhr.status < 300 && answer.url) { window.location.assign(answer.url); }
      else { status.textContent = answer.error || ("上传失败（" + xhr.status + "）"); status.className = "sev-error"; }
    };
    xhr.onerror = function () { status.textContent = "上传失败：无法连接审核台"; };
    status.textContent = "上传中……";
    xhr.send(data);
  }
  input.addEventListener("change", function () { dropped = null; chosen.textContent = names(input.files); });
  ["dragenter", "dragover"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove("over"); });
  });
  drop.addEventListener("drop", function (e) {
    dropped = e.dataTransfer.files;
    chosen.textContent = names(dropped);
    send(dropped);
  });
  form.addEventListener("submit", function (e) { e.preventDefault(); send(dropped || input.files); });
})();
