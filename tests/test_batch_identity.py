"""Every file is a document of its county: identical files in several county folders are all
kept (computed once), linked by T106 and counted in the report; a changed file replaces its own
earlier version; --prune removes documents whose file is gone; an incremental run gives the
store a full rebuild gives."""

from __future__ import annotations

import shutil

import pytest
from test_batch import snapshot

from auditor.batch.runner import run_batch
from auditor.bench.synth import generate_corpus
from auditor.goldsets import corpus_dir
from auditor.report.batch import collect
from auditor.store import Store

pytestmark = pytest.mark.slow
COUNTIES = [f"县{i}" for i in (1, 2, 3, 10)]


def test_identical_files_in_several_counties_are_all_kept_and_linked(tmp_path):
    samples = sorted(corpus_dir().glob("*.txt"))[:2]
    root = tmp_path / "province"
    for county in COUNTIES:
        for s in samples:
            (root / county).mkdir(parents=True, exist_ok=True)
            shutil.copy(s, root / county / s.name)
    db = tmp_path / "s.duckdb"
    res = run_batch(root, db, workers=1)
    assert (res.n_done, res.n_reused, res.n_skipped) == (2, 6, 0)  # computed once per content
    with Store(db, read_only=True) as s:
        assert s.scalar("SELECT count(*) FROM documents") == 8
        assert s.scalar("SELECT count(DISTINCT county) FROM documents") == 4
        # each copy has its own T106 findings naming the other counties
        per_doc = dict(s.sql("SELECT path, n_corpus FROM documents"))
        assert all(n > 0 for n in per_doc.values())
        ev = s.scalar(
            "SELECT evidence FROM corpus_findings f JOIN documents d USING (doc_id) "
            "WHERE d.county = '县1' LIMIT 1"
        )
        assert "（县2 " in ev and "（县10 " in ev and "（县1 " not in ev
        # same content, same own findings and rows for every copy
        assert (
            s.scalar("SELECT count(DISTINCT n_doc_findings) FROM documents GROUP BY sha256 LIMIT 1")
            == 1
        )
    data = collect(db)
    assert data["totals"]["counties"] == 4 and data["totals"]["docs"] == 8
    assert [
        c["county"] for c in data["counties"] if c["score"] == data["counties"][0]["score"]
    ] == COUNTIES


def test_changed_file_replaces_its_version_and_prune_removes_gone_files(tmp_path):
    root = tmp_path / "c"
    generate_corpus(root, 6, 2, seed=11)
    db = tmp_path / "s.duckdb"
    run_batch(root, db, workers=1)
    victim = sorted(root.glob("county_02/*.txt"))[0]
    with Store(db, read_only=True) as s:
        old_id = s.scalar("SELECT doc_id FROM documents WHERE path = ?", [str(victim.resolve())])
    victim.write_text(victim.read_text(encoding="utf-8") + "\n附注：修改过。\n", encoding="utf-8")
    gone = sorted(root.glob("county_01/*.txt"))[0]
    gone.unlink()
    res = run_batch(root, db, workers=1)
    assert (res.n_done, res.n_skipped, res.n_pruned) == (1, 4, 0)
    assert res.n_corpus_findings is not None  # the set changed: the corpus pass ran
    with Store(db, read_only=True) as s:
        rows = s.sql("SELECT doc_id FROM documents WHERE path = ?", [str(victim.resolve())])
        assert len(rows) == 1 and rows[0][0] != old_id
        assert s.scalar("SELECT count(*) FROM rows WHERE doc_id = ?", [old_id]) == 0
        assert s.scalar("SELECT count(*) FROM documents") == 6  # the gone file stays ...
    res = run_batch(root, db, workers=1, prune=True)
    assert res.n_pruned == 1 and res.n_done == 0
    with Store(db, read_only=True) as s:  # ... until pruned
        assert s.scalar("SELECT count(*) FROM documents") == 5
        assert (
            s.scalar(
                "SELECT count(*) FROM t106_links WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
            )
            == 0
        )


def test_an_incremental_run_gives_what_a_full_rebuild_gives(tmp_path):
    root = tmp_path / "c"
    paths = generate_corpus(root, 9, 3, seed=13)
    held_back = tmp_path / "later"
    held_back.mkdir()
    for p in paths[6:]:
        shutil.move(p, held_back / f"{p.parent.name}__{p.name}")
    inc = tmp_path / "inc.duckdb"
    run_batch(root, inc, workers=1)
    for f in held_back.iterdir():
        county, name = f.name.split("__")
        shutil.move(f, root / county / name)
    res = run_batch(root, inc, workers=1)
    assert res.n_done == 3 and res.n_skipped == 6
    assert res.corpus is not None and res.corpus.n_rescored < 9 * 1000
    full = tmp_path / "full.duckdb"
    run_batch(root, full, workers=1)
    assert snapshot(inc) == snapshot(full)
