"""Evaluation benchmark runs (`auditor eval`): dataset, scorers, run directory, rescore, compare, gate.

The model columns talk to a small scripted OpenAI-compatible server defined here (stdlib
http.server, answering /v1/chat/completions): "good" answers each row with the human gold grade
of the same (三级, 指标值) text, "flat" answers 3 for every row and calls every goal unaligned and
unassessable, so the two columns must come out different and in a known order.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.evaluation import stats
from auditor.evaluation.convert import item_to_document
from auditor.evaluation.dataset import (
    DEFAULT_DATASET,
    DatasetItem,
    GoldRow,
    GoldTable,
    GroupLabels,
    SourceRef,
    content_hash,
    load_dataset,
    make_header,
    parse_dataset,
    write_dataset,
)
from auditor.evaluation.run import compare_runs, run_eval
from auditor.evaluation.scorers import gold_items, score_findings
from auditor.goldsets import corpus_dir

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
ITEMS = ["000_2e9e93228bddc639", "002_68736151041b5f5b"]


def _norm(s) -> str:
    return re.sub(r"\s+", "", s or "")


# --- a scripted OpenAI-compatible server -----------------------------------------------------


def _gold_lookup() -> dict[tuple[str, str], int]:
    votes: dict[tuple[str, str], Counter] = {}
    for it in load_dataset().items:
        for t in it.tables:
            for r in t.rows:
                votes.setdefault((_norm(r.level3), _norm(r.value)), Counter())[
                    r.labels.specificity
                ] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items()}


def _rewrite(row: dict) -> dict:
    return {
        "level2": None,
        "level3": (row.get("level3") or "项目任务") + "完成率",
        "comparator": "≥",
        "number": None,
        "unit": "%",
        "graded_standard": None,
        "definition": "实际完成任务数÷计划任务数×100%",
        "evidence": "项目验收报告",
    }


def _answer(model: str, data: dict, gold: dict) -> dict:
    if "previous_rewrite" in data:  # rewrite retry
        return {"rewrite": data["previous_rewrite"]}
    if "rows_to_grade" not in data:  # goal-only request
        return {
            "aligned": model != "fake-flat",
            "assessable": model != "fake-flat",
            "unmeasured_goals": [],
            "reasons": ["scripted"],
        }
    rows = []
    for r in data["rows_to_grade"]:
        if model == "fake-flat":
            rows.append({"id": r["id"], "specificity": 3, "reasons": ["flat"], "rewrite": None})
        else:
            spec = gold.get((_norm(r.get("level3")), _norm(r.get("value"))), 3)
            rows.append(
                {
                    "id": r["id"],
                    "specificity": spec,
                    "reasons": ["gold"],
                    "rewrite": None if spec >= 4 else _rewrite(r),
                }
            )
    flat = model == "fake-flat"
    reviews = [
        {
            "project_id": p["project_id"],
            "aligned": not flat,
            "assessable": not flat,
            "unmeasured_goals": [],
            "reasons": ["scripted"],
        }
        for p in data.get("projects", [])
        if p.get("goal_review_needed")
    ]
    return {"rows": rows, "goal_reviews": reviews}


class FakeLLM:
    def __init__(self):
        self.gold = _gold_lookup()
        self.requests: Counter = Counter()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):  # quiet
                pass

            def do_POST(self):
                body = json.loads(
                    self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}"
                )
                if not self.path.endswith("/chat/completions"):
                    self.send_response(404)
                    self.end_headers()
                    return
                model = body.get("model", "")
                fake.requests[model] += 1
                text = "\n".join(
                    m["content"]
                    for m in body.get("messages", [])
                    if isinstance(m.get("content"), str)
                )
                block = text.rsplit("<<<DATA\n", 1)[1].split("\nDATA>>>", 1)[0]
                content = (
                    "```json\n"
                    + json.dumps(_answer(model, json.loads(block), fake.gold), ensure_ascii=False)
                    + "\n```"
                )
                resp = {
                    "id": "cmpl-1",
                    "object": "chat.completion",
                    "created": 0,
                    "model": model,
                    "choices": [
                        {
                            "index": 0,
                            "finish_reason": "stop",
                            "message": {"role": "assistant", "content": content},
                        }
                    ],
                    "usage": {
                        "prompt_tokens": len(text) // 2,
                        "completion_tokens": len(content) // 2,
                        "total_tokens": len(text) // 2 + len(content) // 2,
                    },
                }
                raw = json.dumps(resp, ensure_ascii=False).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def fake_llm():
    srv = FakeLLM()
    yield srv
    srv.close()


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("eval")


@pytest.fixture(scope="module")
def config_file(work):
    p = work / "auditor.toml"
    p.write_text(
        f'[llm]\ncache_dir = "{(work / "llm-cache").as_posix()}"\nmax_concurrency = 4\ntimeout = 20\n',
        encoding="utf-8",
    )
    return p


@pytest.fixture(autouse=True)
def _no_llm_env(monkeypatch):
    for k in (
        "AUDITOR_LLM_BASE_URL",
        "AUDITOR_LLM_MODEL",
        "AUDITOR_LLM_PROVIDER",
        "AUDITOR_LLM_API_KEY",
    ):
        monkeypatch.delenv(k, raising=False)


@pytest.fixture(scope="module")
def offline_run(work):
    out = work / "run-offline"
    r = runner.invoke(app, ["eval", "--out", str(out), "--bootstrap", "200", "-q"])
    assert r.exit_code == 0, r.output
    return out


@pytest.fixture(scope="module")
def shared_fake():
    """The LLM stage's fake server (tests/fake_llm_server.py) as a third column."""
    from fake_llm_server import FakeLLMServer

    srv = FakeLLMServer().start()
    yield srv
    srv.stop()


def _model_args(fake_llm, shared_fake) -> list[str]:
    args = [
        "--model",
        f"good=fake-good@{fake_llm.url}",
        "--model",
        f"flat=fake-flat@{fake_llm.url}",
    ]
    if shared_fake is not None:
        args += ["--model", f"shared=fake-shared@{shared_fake.base_url}"]
    for i in ITEMS:
        args += ["--item", i]
    return args


@pytest.fixture(scope="module")
def model_run(work, fake_llm, shared_fake, config_file):
    out = work / "run-models"
    args = [
        "eval",
        "run",
        "--out",
        str(out),
        "--config",
        str(config_file),
        "--bootstrap",
        "200",
        "-q",
        *_model_args(fake_llm, shared_fake),
    ]
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    return out


def _metrics(run: Path) -> dict:
    return json.loads((run / "metrics.json").read_text(encoding="utf-8"))


def _samples(run: Path) -> list[dict]:
    return [
        json.loads(x)
        for x in (run / "samples.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip()
    ]


# --- dataset ------------------------------------------------------------------------------------


def _export_seed(items, folder: Path) -> None:
    """Write dataset items back as the seed files `import-gold` reads (the labelling team's format)."""
    rows, labels, plabels, tables = [], [], [], {}
    for it in items:
        doc = it.source.name
        tables[doc] = {"unit": it.unit, "tables": [{"title": t.title} for t in it.tables]}
        dl = it.document_labels
        plabels.append(
            {"doc": doc, "table_index": None, "codes": dl.codes, "why": dl.why, **dl.extra}
        )
        for t in it.tables:
            extra = t.labels.extra
            plabels.append(
                {
                    "doc": doc,
                    "table_index": t.table_index,
                    "codes": t.labels.codes,
                    "why": t.labels.why,
                    **extra,
                }
            )
            for r in t.rows:
                rows.append(
                    {
                        "doc": doc,
                        "table_index": t.table_index,
                        "table_kind": t.kind,
                        "project": t.project,
                        "budget_wan": t.budget_wan,
                        "goal": t.goal,
                        "table_title": t.title,
                        "table_unit": t.unit_line,
                        **r.model_dump(exclude={"labels"}),
                    }
                )
                labels.append(
                    {
                        "doc": doc,
                        "table_index": t.table_index,
                        "row_index": r.row_index,
                        **r.labels.model_dump(),
                    }
                )
    for name, records in (
        ("seed_rows.jsonl", rows),
        ("seed_labels.jsonl", labels),
        ("seed_project_labels.jsonl", plabels),
    ):
        (folder / name).write_text(
            "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in records), encoding="utf-8"
        )
    (folder / "seed_tables.json").write_text(json.dumps(tables, ensure_ascii=False), "utf-8")


def test_import_gold_round_trips_the_committed_dataset(tmp_path):
    """`import-gold` (the only reader of seed files) rebuilds the committed dataset byte for byte
    from its own export: the converter loses nothing and is deterministic."""
    seed = tmp_path / "seed"
    seed.mkdir()
    _export_seed(load_dataset().items, seed)
    out = tmp_path / "gold.jsonl"
    r = runner.invoke(app, ["eval", "import-gold", str(seed), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert out.read_bytes() == DEFAULT_DATASET.read_bytes()
    ds = load_dataset(out, corpus=corpus_dir())
    assert ds.header.content_hash == content_hash(ds.items)
    r = runner.invoke(app, ["eval", "validate", str(out)])
    assert r.exit_code == 0, r.output


def test_validate_reports_bad_labels_and_stale_hash(tmp_path):
    ds = load_dataset()
    item = ds.items[0].model_copy(deep=True)
    bad = item.model_dump(mode="json")
    bad["tables"][0]["rows"][0]["labels"] = {
        "codes": ["X999", "T101"],
        "why": {"V402": "?"},
        "specificity": 2,
    }
    bad["tables"][0]["labels"]["codes"] = ["V401"]
    bad["source"]["sha256"] = "0" * 64
    f = tmp_path / "item.json"
    f.write_text(json.dumps(bad, ensure_ascii=False, indent=2), encoding="utf-8")
    r = runner.invoke(app, ["eval", "validate", str(f)])
    assert r.exit_code == 1
    for needle in (
        "X999",
        "T101 cannot be labelled at row",
        "V401 cannot be labelled at project",
        "reason given for V402",
        "sha256",
    ):
        assert needle in r.output, (needle, r.output)
    bad["tables"][0]["rows"][0]["labels"] = {"codes": [], "why": {}, "specificity": 7}
    f.write_text(json.dumps(bad, ensure_ascii=False, indent=2), encoding="utf-8")
    r = runner.invoke(app, ["eval", "validate", str(f), "--no-source-check"])
    assert r.exit_code == 1 and "specificity" in r.output, r.output
    bad["tables"][0]["rows"][0]["labels"]["specificity"] = 2
    bad["tables"][1]["rows"][1]["row_index"] = 5
    f.write_text(json.dumps(bad, ensure_ascii=False, indent=2), encoding="utf-8")
    r = runner.invoke(app, ["eval", "validate", str(f), "--no-source-check"])
    assert r.exit_code == 1 and "row_index must run" in r.output, r.output

    # editing a label without updating the header is caught; --rehash repairs it
    path = tmp_path / "ds.jsonl"
    items = [it.model_copy(deep=True) for it in ds.items]
    write_dataset(path, ds.header, items)
    items[1].tables[0].rows[0].labels.specificity = (
        1 if items[1].tables[0].rows[0].labels.specificity != 1 else 2
    )
    write_dataset(path, ds.header, items)
    _, problems = parse_dataset(path)
    assert any("content_hash" in p for p in problems)
    assert runner.invoke(app, ["eval", "validate", str(path)]).exit_code == 1
    r = runner.invoke(app, ["eval", "validate", str(path), "--rehash", "--version", "1.1"])
    assert r.exit_code == 0, r.output
    assert load_dataset(path).header.dataset_version == "1.1"


def test_draft_and_add_a_new_document(tmp_path):
    src = corpus_dir() / "000_2e9e93228bddc639.txt"
    item_file = tmp_path / "new.json"
    r = runner.invoke(app, ["eval", "draft", str(src), "--id", "new-000", "--out", str(item_file)])
    assert r.exit_code == 0, r.output
    item = json.loads(item_file.read_text(encoding="utf-8"))
    ds_path = tmp_path / "ds.jsonl"
    shutil.copyfile(DEFAULT_DATASET, ds_path)
    # unlabelled rows are refused
    assert (
        runner.invoke(
            app, ["eval", "add", str(item_file), "--dataset", str(ds_path), "--version", "1.1"]
        ).exit_code
        == 1
    )
    for t in item["tables"]:
        for row in t["rows"]:
            row["labels"]["specificity"] = 3
    item_file.write_text(json.dumps(item, ensure_ascii=False, indent=2), encoding="utf-8")
    r = runner.invoke(
        app, ["eval", "add", str(item_file), "--dataset", str(ds_path), "--version", "1.1"]
    )
    assert r.exit_code == 0, r.output
    ds = load_dataset(ds_path)
    assert ds.header.dataset_version == "1.1" and ds.header.n_items == len(load_dataset().items) + 1
    assert ds.item("new-000").n_rows() == load_dataset().item("000_2e9e93228bddc639").n_rows()


# --- statistics ---------------------------------------------------------------------------------


def test_statistics_small_cases():
    m = stats.empty_matrix()
    for g, p in [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)]:
        m[g - 1][p - 1] += 1
    assert stats.qwk(m) == pytest.approx(1.0) and stats.spearman(m) == pytest.approx(1.0)
    rev = stats.empty_matrix()
    for g in range(5):
        rev[g][4 - g] += 1
    assert stats.qwk(rev) == pytest.approx(-1.0) and stats.spearman(rev) == pytest.approx(-1.0)
    # Spearman with ties, against the textbook formula on ranks
    pairs = [(1, 2), (2, 2), (2, 3), (3, 3), (4, 5), (5, 4), (3, 2)]
    mm = stats.empty_matrix()
    for g, p in pairs:
        mm[g - 1][p - 1] += 1

    def ranks(xs):
        s = sorted(xs)
        return [(s.index(x) + 1 + s.index(x) + s.count(x)) / 2 for x in xs]

    rx, ry = ranks([g for g, _ in pairs]), ranks([p for _, p in pairs])
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    rho = sum((a - mx) * (b - my) for a, b in zip(rx, ry)) / (
        sum((a - mx) ** 2 for a in rx) ** 0.5 * sum((b - my) ** 2 for b in ry) ** 0.5
    )
    assert stats.spearman(mm) == pytest.approx(rho)
    assert stats.bootstrap_weights(10, 5, 3) == stats.bootstrap_weights(10, 5, 3)
    assert stats.binary_agreement([(True, True), (False, False), (True, False), (False, False)])[
        "kappa"
    ] == pytest.approx(0.5)


# --- offline run ----------------------------------------------------------------------------------


def test_offline_run_directory_and_metrics(offline_run):
    for name in (
        "run.json",
        "samples.jsonl",
        "metrics.json",
        "comparison.html",
        "comparison.md",
        "dataset.jsonl",
    ):
        assert (offline_run / name).exists(), name
    run = json.loads((offline_run / "run.json").read_text(encoding="utf-8"))
    assert run["dataset"]["content_hash"] == load_dataset().header.content_hash
    assert run["models"][0]["name"] == "offline" and run["code_version"]["commit"]
    m = _metrics(offline_run)
    for group in ("extraction", "rules", "grading", "rewrites", "goals", "usage"):
        assert group in m
    assert (
        m["rules"]["micro"]["ci"]["f1"][0]
        <= m["rules"]["micro"]["f1"]
        <= m["rules"]["micro"]["ci"]["f1"][1]
    )

    # independent recomputation from the samples: rules micro counts via the one matching
    # function on the dataset's labels (the extraction matches the gold 1:1 when rows.f1 == 1)
    samples = _samples(offline_run)
    if m["extraction"]["rows"]["f1"] == 1.0:
        pred = set()
        for s in samples:
            if s["type"] == "rules":
                doc = s["item"] + ".txt"
                for f in s["findings"]:
                    if re.fullmatch(r"[TCUVBRG]\d{3}", f["code"]) and f["code"] != "T106":
                        key = (
                            (doc, f["table_index"], f["row_index"])
                            if f["row_index"] is not None
                            else (doc, f["table_index"])
                        )
                        pred.add((key, f["code"]))
        gold = set().union(*(gold_items(it) for it in load_dataset().items))
        micro = score_findings(pred, gold).micro
        assert (micro.tp, micro.fp, micro.fn) == tuple(
            m["rules"]["micro"][k] for k in ("tp", "fp", "fn")
        )
    # grading exact / within-one straight from samples vs the dataset
    ds = load_dataset()
    gold = {
        (it.id, t.table_index, r.row_index): r.labels.specificity
        for it in ds.items
        for t in it.tables
        for r in t.rows
    }
    pairs = [
        (gold[(s["item"], g["table_index"], g["row_index"])], g["specificity"])
        for s in samples
        if s["type"] == "grader"
        for g in s["grades"]
    ]
    assert m["grading"]["offline"]["n"] == len(pairs)
    assert m["grading"]["offline"]["exact"] == pytest.approx(
        sum(a == b for a, b in pairs) / len(pairs)
    )
    assert m["grading"]["offline"]["within_one"] == pytest.approx(
        sum(abs(a - b) <= 1 for a, b in pairs) / len(pairs)
    )
    md = (offline_run / "comparison.md").read_text(encoding="utf-8")
    for title in (
        "Graders side by side",
        "Extraction vs gold",
        "Rules vs gold",
        "Rules by code",
        "Rules by document",
        "Grading by document",
        "Grading by gold defect family",
        "Grading by 二级 category",
        "Goal alignment by document",
    ):
        assert f"## {title}" in md


def test_extraction_errors_are_scored_in_gold_coordinates(tmp_path):
    """Drop a row and garble a value in the extractor output: extraction metrics drop, and
    findings on the rows after the dropped one still land on the right gold rows."""
    from auditor.grade import grade_documents
    from auditor.pipeline import extract_document

    def broken(path):
        doc = extract_document(path)
        t = doc.tables[1]
        del t.rows[0]
        for i, r in enumerate(t.rows, 1):
            r.index = i
        doc.tables[2].rows[0].value = "乱码"
        return doc

    ds = load_dataset().select(["000_2e9e93228bddc639"])
    good = run_eval(ds, [], tmp_path / "a", bootstrap=0)
    bad = run_eval(ds, [], tmp_path / "b", bootstrap=0, extractor=broken, grader=grade_documents)
    eg, eb = good.metrics["extraction"], bad.metrics["extraction"]
    n = ds.items[0].n_rows()
    assert eb["rows"]["recall"] == pytest.approx(eg["rows"]["recall"] - 2 / n)
    assert eb["fields"]["value"] == pytest.approx(eg["fields"]["value"] - 2 / n)
    assert bad.metrics["grading"]["offline"]["n"] == good.metrics["grading"]["offline"]["n"] - 1
    ra, rb = good.metrics["rules"]["micro"], bad.metrics["rules"]["micro"]
    assert (
        rb["tp"] >= ra["tp"] - 3
    )  # only findings on the two damaged rows may be lost, not a shifted table


# --- model columns (scripted fake server) ------------------------------------------------------------


def test_models_side_by_side(model_run, fake_llm, shared_fake):
    m = _metrics(model_run)
    assert m["models"] == ["offline", "good", "flat"] + (["shared"] if shared_fake else [])
    if shared_fake is not None:  # the LLM stage's fake: digits -> 4, else 2, template rewrites
        assert (
            m["grading"]["shared"]["coverage"] == 1.0
            and m["rewrites"]["shared"]["fallback_rate"] == 0.0
        )
        assert m["grading"]["shared"]["confusion"] != m["grading"]["flat"]["confusion"]
        assert m["usage"]["shared"]["prompt_tokens"] > 0
    g = m["grading"]
    for col in ("good", "flat"):
        assert g[col]["coverage"] == 1.0
        assert m["rewrites"][col]["fallback_rate"] == 0.0, (
            "the fake answers must be accepted, not replaced offline"
        )
        assert m["usage"][col]["requests"] > 0 and m["usage"][col]["prompt_tokens"] > 0
    assert g["good"]["qwk"] > g["flat"]["qwk"] and g["good"]["exact"] > g["flat"]["exact"]
    assert m["rewrites"]["good"]["n_rewrites"] > 0 and m["rewrites"]["flat"]["n_rewrites"] == 0
    samples = _samples(model_run)
    flat_specs = {
        gr["specificity"]
        for s in samples
        if s["type"] == "grader" and s["model"] == "flat"
        for gr in s["grades"]
    }
    assert flat_specs and max(flat_specs) <= 3  # scripted 3, only lowered by rule caps
    # the flat model calls every reviewed goal a G701/G702: recall 1 wherever gold has positives
    for code in ("G701", "G702"):
        gm = m["goals"]["flat"][code]
        assert gm["fn"] == 0 and gm["tp"] + gm["fp"] == gm["n"]
        assert m["goals"]["good"][code]["tp"] + m["goals"]["good"][code]["fp"] == 0
    run = json.loads((model_run / "run.json").read_text(encoding="utf-8"))
    assert [x["model"] for x in run["models"]][:3] == ["heuristic", "fake-good", "fake-flat"]
    assert all("127.0.0.1" in x["base_url"] and x["settings"]["mode"] for x in run["models"][1:])
    assert all(v for k, v in run["prompt_versions"].items() if k != "offline")
    html = (model_run / "comparison.html").read_text(encoding="utf-8")
    assert "<th>good</th>" in html and "<th>flat</th>" in html and "<script" not in html
    for s in samples:
        if s["type"] == "grader" and s["model"] != "offline":
            assert "latency_s" in s and "cache_hits" in s and s["usage"]


def test_repeated_run_is_served_from_the_cache(model_run, fake_llm, shared_fake, config_file, work):
    before = sum(fake_llm.requests.values()) + (len(shared_fake.requests) if shared_fake else 0)
    out = work / "run-models-again"
    r = runner.invoke(
        app,
        [
            "eval",
            "--out",
            str(out),
            "--config",
            str(config_file),
            "--bootstrap",
            "0",
            "-q",
            *_model_args(fake_llm, shared_fake),
        ],
    )
    assert r.exit_code == 0, r.output
    assert (
        sum(fake_llm.requests.values()) + (len(shared_fake.requests) if shared_fake else 0)
        == before
    )
    m1, m2 = _metrics(model_run), _metrics(out)
    for col in m1["models"][1:]:
        assert m2["usage"][col]["requests"] == 0 and m2["usage"][col]["cache_hits"] > 0
        assert m2["grading"][col]["exact"] == m1["grading"][col]["exact"]


def test_rescore_recomputes_without_calling_a_model(model_run, fake_llm, work):
    copy = work / "rescored"
    shutil.copytree(model_run, copy)
    (copy / "metrics.json").unlink()
    before = sum(fake_llm.requests.values())
    r = runner.invoke(app, ["eval", "rescore", str(copy)])
    assert r.exit_code == 0, r.output
    assert sum(fake_llm.requests.values()) == before
    assert _metrics(copy)["flat"] == _metrics(model_run)["flat"]


def test_compare_reports_deltas_and_flips(model_run, work):
    b = work / "tampered"
    shutil.copytree(model_run, b)
    samples = _samples(b)
    ds = load_dataset()
    # make one of "good"'s correct grades wrong, and drop one true rule finding
    flipped_key = dropped = None
    for s in samples:
        if s["type"] == "grader" and s["model"] == "good" and flipped_key is None:
            for g in s["grades"]:
                gold = (
                    ds.item(s["item"])
                    .tables[g["table_index"] - 1]
                    .rows[g["row_index"] - 1]
                    .labels.specificity
                )
                if g["specificity"] == gold:
                    g["specificity"] = 1 if gold != 1 else 5
                    flipped_key = f"{s['item']}|t{g['table_index']}|r{g['row_index']}"
                    break
        if s["type"] == "rules" and dropped is None:
            for f in s["findings"]:
                row = None
                if f["row_index"] is not None:
                    row = ds.item(s["item"]).tables[f["table_index"] - 1].rows[f["row_index"] - 1]
                if row is not None and f["code"] in row.labels.codes:
                    s["findings"].remove(f)
                    dropped = f"{s['item']}|row|t{f['table_index']}|r{f['row_index']}|{f['code']}"
                    break
    assert flipped_key and dropped
    (b / "samples.jsonl").write_text(
        "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in samples), encoding="utf-8"
    )
    assert runner.invoke(app, ["eval", "rescore", str(b)]).exit_code == 0
    cmp = compare_runs(model_run, b)
    deltas = {d["metric"]: d["delta"] for d in cmp["deltas"]}
    assert deltas["grading.good.exact"] < 0 and deltas["rules.micro.recall"] < 0
    assert deltas["grading.flat.exact"] == 0
    assert [f["key"] for f in cmp["flips"]["grading"]] == [flipped_key]
    assert {"key": dropped, "a": "tp", "b": "fn"} in cmp["flips"]["rules"]
    r = runner.invoke(app, ["eval", "compare", str(model_run), str(b)])
    assert (
        r.exit_code == 0
        and "grading.good.exact" in r.output
        and flipped_key in r.output
        and dropped in r.output
    )


# --- gates ---------------------------------------------------------------------------------------------


def test_fail_under(offline_run, work):
    f1 = _metrics(offline_run)["flat"]["rules.micro.f1"]
    r = runner.invoke(
        app, ["eval", "rescore", str(offline_run), "--fail-under", f"rules.micro.f1={f1 + 0.01}"]
    )
    assert r.exit_code == 1 and "rules.micro.f1" in r.output
    r = runner.invoke(
        app,
        [
            "eval",
            "rescore",
            str(offline_run),
            "--fail-under",
            f"rules.micro.f1={f1 - 0.01}",
            "--fail-under",
            "grading.offline.qwk=0",
        ],
    )
    assert r.exit_code == 0, r.output
    assert (
        runner.invoke(
            app, ["eval", "rescore", str(offline_run), "--fail-under", "no.such.metric=0.5"]
        ).exit_code
        == 2
    )
    out = work / "run-gate"
    r = runner.invoke(
        app,
        [
            "eval",
            "--out",
            str(out),
            "--bootstrap",
            "0",
            "-q",
            "--item",
            ITEMS[0],
            "--fail-under",
            "grading.offline.exact=1.01",
        ],
    )
    assert r.exit_code == 1
    assert _metrics(out)["fail_under"]["failures"]


def test_gate_command_runs_each_gate_with_its_thresholds(tmp_path):
    """`auditor eval gate` (what eval/ci_gate.sh runs): a met gate passes, a missed one exits 1.
    The real gates' thresholds are checked by tests/test_gold_metrics.py."""
    gates = tmp_path / "gates.toml"
    gates.write_text(
        f"""
[met]
dataset = "{DEFAULT_DATASET.as_posix()}"
corpus = "{corpus_dir().as_posix()}"
input = "gold"
[met.fail-under]
"rules.micro.precision" = 0.5

[missed]
dataset = "{DEFAULT_DATASET.as_posix()}"
corpus = "{corpus_dir().as_posix()}"
input = "gold"
[missed.fail-under]
"rules.micro.f1" = 1.01
""",
        encoding="utf-8",
    )
    args = ["eval", "gate", "--gates", str(gates), "--out", str(tmp_path), "--bootstrap", "0"]
    r = runner.invoke(app, [*args, "-q", "met"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, [*args, "-q"])
    assert r.exit_code == 1 and "gate missed: FAILED" in r.output, r.output
    assert "rules.micro.f1" in r.output
    script = (ROOT / "eval" / "ci_gate.sh").read_text(encoding="utf-8")
    assert "eval gate" in script
    assert subprocess.run(["bash", "-n", str(ROOT / "eval" / "ci_gate.sh")]).returncode == 0


def test_api_keys_stay_with_their_endpoint(monkeypatch):
    """A model column never receives another provider's key."""
    import os

    from auditor.evaluation.run import ModelSpec, _llm_env

    monkeypatch.setenv("AUDITOR_LLM_BASE_URL", "https://api.deepseek.com/v1")
    monkeypatch.setenv("AUDITOR_LLM_API_KEY", "sk-deepseek")
    monkeypatch.setenv("QWEN_KEY", "sk-qwen")
    other = ModelSpec.parse("qwen=qwen-plus@https://dashscope.aliyuncs.com/v1")
    with _llm_env(other):
        assert "AUDITOR_LLM_API_KEY" not in os.environ
    with _llm_env(ModelSpec.parse("qwen=qwen-plus@https://dashscope.aliyuncs.com/v1#QWEN_KEY")):
        assert os.environ["AUDITOR_LLM_API_KEY"] == "sk-qwen"
    with _llm_env(ModelSpec.parse("deepseek-chat@https://api.deepseek.com/v1")):
        assert os.environ["AUDITOR_LLM_API_KEY"] == "sk-deepseek"
    assert os.environ["AUDITOR_LLM_API_KEY"] == "sk-deepseek"  # restored


def test_a_dataset_with_its_sources_in_a_folder_next_to_it(tmp_path):
    """`auditor eval --dataset DIR/x.jsonl` reads the sources from DIR/x/ (how eval/heldout and
    the layout set are stored); an extraction-only item is not scored for rules or grades."""
    layouts = ROOT / "eval" / "datasets" / "layouts.jsonl"
    src = load_dataset(layouts)
    item = next(it for it in src.items if it.source.name.endswith(".txt"))
    (tmp_path / "x").mkdir()
    shutil.copy(ROOT / "eval" / "datasets" / "layouts" / item.source.name, tmp_path / "x")
    ds_path = tmp_path / "x.jsonl"
    write_dataset(ds_path, make_header([item], "t"), [item])
    r = runner.invoke(app, ["eval", "validate", str(ds_path)])
    assert r.exit_code == 0, r.output
    out = tmp_path / "run"
    r = runner.invoke(
        app, ["eval", "--dataset", str(ds_path), "--out", str(out), "--bootstrap", "0", "-q"]
    )
    assert r.exit_code == 0, r.output
    m = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert m["extraction"]["rows"]["gold"] == item.n_rows() and not m["extraction"]["errors"]
    assert m["rules"]["micro"]["tp"] + m["rules"]["micro"]["fp"] == 0  # not labelled: not scored
    assert m["grading"]["offline"]["n"] == 0


def test_gold_input_keeps_a_cut_off_table_truncated():
    """A table the labeller recorded as cut off reaches the rules as the extractor would give it
    (truncated), so project checks that skip cut tables (C203) do the same on gold input."""

    def table(index: int, extra: dict[str, object]) -> GoldTable:
        row = GoldRow(
            row_index=1, level1="产出指标", level2="数量指标", level3="培训人数", value="≥10人"
        )
        return GoldTable(
            table_index=index, kind="project", project="某项目", rows=[row],
            labels=GroupLabels(extra=extra),
        )  # fmt: skip

    item = DatasetItem(
        id="x",
        source=SourceRef(name="x.txt", sha256="0" * 64),
        tables=[table(1, {"cut_off": {"after_row": 1}}), table(2, {})],
    )
    doc = item_to_document(item)
    assert [t.truncated for t in doc.tables] == [True, False]
