// The reviewer's controls on a report page: accept / reject / edit each finding and rewrite.
// Decisions are saved at once (POST with the CSRF token); all text is set with textContent.
(function () {
  "use strict";
  function meta(name) { var m = document.querySelector('meta[name="' + name + '"]'); return m ? m.getAttribute("content") : ""; }
  var auditId = meta("audit-id"), seq = meta("doc-seq"), token = meta("csrf-token");
  if (!auditId) { return; }
  var api = "/api/audits/" + encodeURIComponent(auditId) + "/review";
  var review = { findings: {}, rewrites: {}, comment: "" };
  var LABELS = { pending: "未处理", accept: "已采纳", reject: "不采纳（豁免）", edit: "已修改" };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function ownText(node) {  // the message: the text nodes directly inside the finding's <li>
    var out = "";
    node.childNodes.forEach(function (c) { if (c.nodeType === 3) { out += c.textContent; } });
    return out.trim();
  }
  function save(update, done) {
    fetch(api, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token, Accept: "application/json" },
      body: JSON.stringify(update)
    }).then(function (r) { return r.json().then(function (j) { return [r.ok, j]; }); })
      .then(function (res) {
        if (res[0]) { review = res[1]; done(); progress(); }
        else { window.alert(res[1].error || "保存失败"); }
      })
      .catch(function () { window.alert("保存失败：无法连接审核台"); });
  }
  function progress() {
    var box = document.getElementById("review-progress");
    if (!box) { return; }
    var all = document.querySelectorAll("li[data-key]").length, decided = 0;
    document.querySelectorAll("li[data-key]").forEach(function (li) {
      var d = review.findings[seq + "/" + li.getAttribute("data-key")];
      if (d && d.decision !== "pending") { decided++; }
    });
    box.textContent = "审核进度：已处理 " + decided + " / " + all + " 条问题";
    box.setAttribute("data-decided", String(decided));
  }

  function controls(target, kind, key, fields) {
    var state = function () { return (kind === "finding" ? review.findings : review.rewrites)[key] || { decision: "pending", text: "", suggestion: "", comment: "" }; };
    var bar = el("div", "rv noprint");
    var label = el("span", "rv-state");
    var edited = el("div", "rv-edited");
    var buttons = {};
    function paint() {
      var s = state();
      ["accept", "reject", "edit"].forEach(function (d) { buttons[d].classList.toggle("on", s.decision === d); });
      target.classList.remove("rv-accept", "rv-reject", "rv-edit");
      if (s.decision !== "pending") { target.classList.add("rv-" + s.decision); }
      label.textContent = LABELS[s.decision] + (s.comment ? "（备注：" + s.comment + "）" : "");
      var lines = [];
      if (s.decision === "edit" && s.text) { lines.push("审核后：" + s.text); }
      if (s.suggestion) { lines.push("建议修改为：" + s.suggestion); }
      edited.textContent = lines.join("　");
    }
    function decide(decision, extra) {
      var s = state();
      var update = { kind: kind, key: key, decision: decision, text: s.text || "", suggestion: s.suggestion || "", comment: s.comment || "" };
      Object.keys(extra || {}).forEach(function (k) { update[k] = extra[k]; });
      if (kind === "rewrite") { delete update.suggestion; }
      save(update, paint);
    }
    function editor() {
      if (target.querySelector(".rv-editor")) { return; }
      var s = state(), box = el("div", "rv-editor");
      var text = el("textarea", "rv-text"); text.rows = 2; text.value = s.text || fields.text;
      box.appendChild(el("div", "ev", kind === "finding" ? "问题（审核后的表述）" : "改写建议（审核后的表述）"));
      box.appendChild(text);
      var sugg = null;
      if (kind === "finding") {
        sugg = el("textarea", "rv-suggestion"); sugg.rows = 2; sugg.value = s.suggestion || "";
        box.appendChild(el("div", "ev", "建议修改为（可选；留空则用改写建议）"));
        box.appendChild(sugg);
      }
      var comment = el("input", "rv-comment"); comment.value = s.comment || ""; comment.placeholder = "审核备注（可选）";
      box.appendChild(comment);
      var ok = el("button", "rv-save", "保存"), cancel = el("button", "rv-cancel secondary", "取消");
      ok.type = cancel.type = "button";
      ok.addEventListener("click", function () {
        var extra = { text: text.value.trim(), comment: comment.value.trim() };
        if (sugg) { extra.suggestion = sugg.value.trim(); }
        decide("edit", extra);
        box.remove();
      });
      cancel.addEventListener("click", function () { box.remove(); });
      box.appendChild(ok); box.appendChild(cancel);
      bar.after(box);
      text.focus();
    }
    [["accept", "采纳"], ["reject", "不采纳"], ["edit", "修改"]].forEach(function (p) {
      var b = el("button", "rv-" + p[0], p[1]);
      b.type = "button";
      b.addEventListener("click", function () { if (p[0] === "edit") { editor(); } else { decide(p[0]); } });
      buttons[p[0]] = b;
      bar.appendChild(b);
    });
    bar.appendChild(label);
    target.appendChild(bar);
    target.appendChild(edited);
    paint();
  }

  function attach() {
    document.querySelectorAll("li[data-key]").forEach(function (li) {
      controls(li, "finding", seq + "/" + li.getAttribute("data-key"), { text: ownText(li) });
    });
    document.querySelectorAll("tr.row").forEach(function (tr) {
      var rw = tr.querySelector("div.rw");
      if (!rw) { return; }
      var text = rw.textContent.replace(/^[^：]*：/, "").trim();
      controls(rw, "rewrite", seq + "/" + tr.id, { text: text });
    });
    progress();
  }
  fetch(api, { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json(); })
    .then(function (j) { if (j && j.findings) { review = j; } attach(); })
    .catch(attach);
})();
